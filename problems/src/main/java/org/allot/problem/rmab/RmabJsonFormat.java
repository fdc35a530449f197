package org.allot.problem.rmab;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader;
import org.allot.problem.io.JsonText;

/**
 * Allot's JSON format of restless-bandit instances, documented with an example in
 * {@code docs/formats/rmab.md}.
 *
 * <pre>{@code
 * {
 *   "problem": "rmab",                       required, exactly "rmab"
 *   "name": "path-20-5-s1",                  optional, default: the file name without .json
 *   "states": 4,                             S >= 1
 *   "horizon": 20,                           H >= 1
 *   "discount": 0.99,                        gamma in (0, 1]
 *   "arms": [                                one object per arm, in arm order
 *     {"passive": [[S numbers] x S],         row-stochastic (each row sums to 1 +- 1e-6)
 *      "active":  [[S numbers] x S],
 *      "reward":  [S numbers],               reward of being in each state
 *      "initial": [S numbers]},              initial-state distribution
 *   ],
 *   "constraint": {"kind": "budget" | "interventions" | "path" | "matching" | "capacity", ...}
 * }
 * }</pre>
 *
 * <p>Unknown keys, duplicate keys and malformed JSON are errors; every error carries
 * {@code file:line:column} of the offending value and says what was expected. The writer puts
 * one arm per line and writes doubles in Java's shortest round-trip form (integral values
 * without a fraction), so reading gives the instance back exactly and the same instance always
 * gives the same bytes. Stateless and thread-safe.
 */
public final class RmabJsonFormat implements InstanceFormat<RmabInstance> {
  /** The shared instance (stateless). */
  public static final RmabJsonFormat INSTANCE = new RmabJsonFormat();

  private RmabJsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  /**
   * Claims {@code .json} files whose head holds {@code "problem": "rmab"} and a {@code "states"}
   * or {@code "arms"} key (a result file of the family names the problem too, but has neither).
   */
  @Override
  public boolean accepts(Path file, String head) {
    return JsonText.declaresInstance(file, head, Rmab.ID, "states", "arms");
  }

  /**
   * Reads an instance.
   *
   * @throws InstanceFormatException with file:line:column for malformed JSON or a value that
   *     breaks the schema
   */
  @Override
  public RmabInstance read(Path file) throws IOException {
    return new RmabJsonReader().read(JsonReader.read(file), stem(file));
  }

  /** Reads an instance from {@code text}, reported under {@code name} (for tests and stdin). */
  public RmabInstance read(String name, String text) throws InstanceFormatException {
    return new RmabJsonReader().read(JsonReader.parse(name, text), stem(Path.of(name)));
  }

  private static String stem(Path file) {
    String f = String.valueOf(file.getFileName());
    return f.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
        ? f.substring(0, f.length() - 5) : f;
  }

  @Override
  public void write(RmabInstance instance, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"problem\": \"rmab\",\n  \"name\": ");
    JsonText.quote(b, instance.name()).append(",\n  \"states\": ").append(instance.states())
        .append(",\n  \"horizon\": ").append(instance.horizon())
        .append(",\n  \"discount\": ").append(JsonText.number(instance.discount()))
        .append(",\n  \"arms\": [");
    double[][][] passive = instance.passive();
    double[][][] active = instance.active();
    double[][] reward = instance.reward();
    double[][] initial = instance.initial();
    for (int j = 0; j < instance.arms(); j++) {
      b.append(j == 0 ? "\n    {\"passive\": " : ",\n    {\"passive\": ");
      matrix(b, passive[j]).append(", \"active\": ");
      matrix(b, active[j]).append(", \"reward\": ");
      JsonText.numbers(b, reward[j]).append(", \"initial\": ");
      JsonText.numbers(b, initial[j]).append('}');
    }
    b.append("\n  ],\n");
    RmabConstraintJson.write(instance.constraint(), b);
    out.write(b.append("\n}\n").toString());
  }

  private static StringBuilder matrix(StringBuilder b, double[][] m) {
    b.append('[');
    for (int s = 0; s < m.length; s++) {
      JsonText.numbers(s == 0 ? b : b.append(", "), m[s]);
    }
    return b.append(']');
  }
}
