package org.allot.problem.memory;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader;
import org.allot.problem.io.JsonText;

/**
 * Allot's JSON format of memory instances, the one that holds a cost model (mapping instances);
 * a packing instance simply omits {@code "cost"}. Documented with an example in
 * {@code docs/formats/memory.md}.
 *
 * <pre>{@code
 * {
 *   "problem": "memory",                  required, exactly "memory"
 *   "name": "mlp-train",                  optional, default: the file name without .json
 *   "capacity": 1048576,                  fast-memory bytes, integer > 0
 *   "buffers": [                          in instance order (buffer i = element i)
 *     {"id": "w0", "lower": 0, "upper": 9, "size": 4096, "alignment": 64},
 *     ...                                 live over [lower, upper) (integers, upper > lower);
 *   ],                                    size: bytes in 0..capacity; alignment: optional, >= 1
 *   "cost": {                             optional; present = a mapping instance
 *     "fastBandwidth": 1.0E12,            bytes per second, >= slowBandwidth
 *     "slowBandwidth": 1.0E11,            bytes per second, > 0
 *     "steps": [                          one per time step of the cost model
 *       {"compute": 2.5E-6, "reads": [{"buffer": "w0", "bytes": 4096}, ...]},
 *       ...                               compute: seconds >= 0; reads: optional;
 *     ]                                   bytes: integer >= 0; buffer: an id of "buffers"
 *   }
 * }
 * }</pre>
 *
 * <p>Ids are strings; integers are accepted and read as their decimal text. Unknown keys are
 * errors (a misspelt key must not be silently ignored), as are duplicate keys and malformed JSON;
 * every error carries {@code file:line:column} of the offending value. A step takes
 * {@code max(compute, sum of bytes / bandwidth)} seconds (see {@link CostModel}). The writer puts
 * one buffer and one step per line and writes doubles in Java's shortest round-trip form, so
 * reading gives the instance back exactly. Stateless and thread-safe.
 */
public final class MappingJsonFormat implements InstanceFormat<MemoryInstance> {
  /** The shared instance (stateless). */
  public static final MappingJsonFormat INSTANCE = new MappingJsonFormat();

  private MappingJsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  /**
   * Claims {@code .json} files whose head holds {@code "problem": "memory"} and a
   * {@code "capacity"} or {@code "buffers"} key (so that a result file of the memory family, which
   * names the problem too, is not taken for an instance).
   */
  @Override
  public boolean accepts(Path file, String head) {
    return JsonText.declaresInstance(file, head, Memory.ID, "capacity", "buffers");
  }

  /**
   * Reads an instance.
   *
   * @throws InstanceFormatException with file:line:column for malformed JSON or a value that
   *     breaks the schema
   */
  @Override
  public MemoryInstance read(Path file) throws IOException {
    return new MappingJsonReader().read(JsonReader.read(file), MemoryFiles.stem(file));
  }

  /** Reads an instance from {@code text}, reported under {@code name} (for tests and stdin). */
  public MemoryInstance read(String name, String text) throws InstanceFormatException {
    return new MappingJsonReader().read(JsonReader.parse(name, text), name);
  }

  /**
   * Writes {@code instance}.
   *
   * @throws IllegalArgumentException when a bandwidth or compute time is not finite (JSON has no
   *     infinity)
   */
  @Override
  public void write(MemoryInstance instance, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"problem\": \"memory\",\n  \"name\": ");
    JsonText.quote(b, instance.name()).append(",\n  \"capacity\": ").append(instance.capacity());
    b.append(",\n  \"buffers\": [");
    for (int i = 0; i < instance.buffers(); i++) {
      b.append(i == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ");
      JsonText.quote(b, instance.idOf(i)).append(", \"lower\": ").append(instance.lowerOf(i))
          .append(", \"upper\": ").append(instance.upperOf(i))
          .append(", \"size\": ").append(instance.sizeOf(i));
      if (instance.alignmentOf(i) != 1) {
        b.append(", \"alignment\": ").append(instance.alignmentOf(i));
      }
      b.append('}');
      flush(b, out);
    }
    b.append(instance.buffers() == 0 ? "]" : "\n  ]");
    if (instance.isMapping()) {
      cost(instance, b, out);
    }
    out.write(b.append("\n}\n").toString());
  }

  private static void cost(MemoryInstance instance, StringBuilder b, Writer out)
      throws IOException {
    CostModel c = instance.costModel();
    b.append(",\n  \"cost\": {\n    \"fastBandwidth\": ").append(finite(c.fastBandwidth()))
        .append(",\n    \"slowBandwidth\": ").append(finite(c.slowBandwidth()))
        .append(",\n    \"steps\": [");
    double[] compute = c.compute();
    int[][] buffer = c.readBuffer();
    long[][] bytes = c.readBytes();
    for (int t = 0; t < compute.length; t++) {
      b.append(t == 0 ? "\n      {\"compute\": " : ",\n      {\"compute\": ")
          .append(finite(compute[t])).append(", \"reads\": [");
      for (int k = 0; k < buffer[t].length; k++) {
        b.append(k == 0 ? "{\"buffer\": " : ", {\"buffer\": ");
        JsonText.quote(b, instance.idOf(buffer[t][k])).append(", \"bytes\": ").append(bytes[t][k])
            .append('}');
      }
      b.append("]}");
      flush(b, out);
    }
    b.append(compute.length == 0 ? "]\n  }" : "\n    ]\n  }");
  }

  private static String finite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("JSON cannot hold the non-finite number " + v);
    }
    return Double.toString(v);
  }

  private static void flush(StringBuilder b, Writer out) throws IOException {
    if (b.length() > 1 << 16) {
      out.write(b.toString());
      b.setLength(0);
    }
  }
}
