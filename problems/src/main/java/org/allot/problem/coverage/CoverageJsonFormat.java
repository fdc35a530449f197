package org.allot.problem.coverage;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader;
import org.allot.problem.io.JsonText;

/**
 * Allot's JSON format of coverage instances, documented with examples in
 * {@code docs/formats/coverage.md}:
 *
 * <pre>{@code
 * {
 *   "problem": "coverage",          required
 *   "name": "nests-1",              optional, default: the file name without .json
 *   "width": 30, "height": 30,      optional; checked against the grid when given
 *   "start": [4, 1],                the start cell's [x, y] (row 0 is the top)
 *   "horizon": 40,                  steps H >= 0
 *   "footprint": {"square": 2},     or {"disk": 1.5}; optional, default {"square": 2}
 *   "weights": [[0.1, null], ...]   weighted coverage: one array per row, weights >= 0,
 *                                   null = obstacle; or the name of a density CSV
 *                                   ("weights": "nests.csv", relative to this file)
 *   "items": [[-1, 0, null], ...],  item collection instead: item type per cell (-1 none,
 *   "requirements": [3, 2]          null obstacle) and the requirement D_k of each type
 * }
 * }</pre>
 *
 * <p>Exactly one of {@code "weights"} and {@code "items"}. Unknown and duplicate keys are
 * errors; every error carries {@code file:line:column}. The writer puts one row per line and
 * writes numbers in their shortest exact form, so reading gives the instance back. Stateless and
 * thread-safe.
 */
public final class CoverageJsonFormat implements InstanceFormat<CoverageInstance> {
  /** The shared instance (stateless). */
  public static final CoverageJsonFormat INSTANCE = new CoverageJsonFormat();


  private CoverageJsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  /**
   * Claims {@code .json} files whose head holds {@code "problem": "coverage"} and a
   * {@code "horizon"} key (a result file of the family names the problem too but has no
   * horizon).
   */
  @Override
  public boolean accepts(Path file, String head) {
    return JsonText.declaresInstance(file, head, Coverage.ID, "horizon");
  }

  /**
   * Reads an instance; a density CSV named by {@code "weights"} is read relative to
   * {@code file}'s folder.
   *
   * @throws InstanceFormatException with file:line:column for malformed JSON or a value that
   *     breaks the schema
   */
  @Override
  public CoverageInstance read(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    return new CoverageJsonReader(dir).read(JsonReader.read(file), CoverageText.stem(file));
  }

  /**
   * Reads an instance from {@code text}, reported under {@code name}; CSV references resolve
   * against the working directory.
   */
  public CoverageInstance read(String name, String text) throws IOException {
    return new CoverageJsonReader(Path.of("").toAbsolutePath())
        .read(JsonReader.parse(name, text), name);
  }

  @Override
  public void write(CoverageInstance instance, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"problem\": \"coverage\",\n  \"name\": ");
    JsonText.quote(b, instance.name());
    b.append(",\n  \"width\": ").append(instance.width())
        .append(",\n  \"height\": ").append(instance.height())
        .append(",\n  \"start\": [").append(instance.xOf(instance.start())).append(", ")
        .append(instance.yOf(instance.start())).append("],\n  \"horizon\": ")
        .append(instance.horizon()).append(",\n  \"footprint\": ")
        .append(footprint(instance.footprint()));
    switch (instance.objective()) {
      case CoverageObjective.WeightedCoverage w -> {
        b.append(",\n  \"weights\": [");
        grid(instance, b, c -> CoverageText.number(w.weightOf(c)));
      }
      case CoverageObjective.ItemCollection i -> {
        b.append(",\n  \"items\": [");
        grid(instance, b, c -> Integer.toString(i.typeOf(c)));
        b.append(",\n  \"requirements\": ").append(java.util.Arrays.toString(i.requirement()));
      }
    }
    out.write(b.append("\n}\n").toString());
  }

  private static String footprint(Footprint f) {
    return switch (f) {
      case Footprint.Square s -> "{\"square\": " + s.size() + "}";
      case Footprint.Disk d -> "{\"disk\": " + CoverageText.number(d.radius()) + "}";
    };
  }

  private static void grid(CoverageInstance instance, StringBuilder b,
      java.util.function.IntFunction<String> value) {
    for (int y = 0; y < instance.height(); y++) {
      b.append(y == 0 ? "\n    [" : ",\n    [");
      for (int x = 0; x < instance.width(); x++) {
        int c = instance.cellAt(x, y);
        b.append(x == 0 ? "" : ", ").append(instance.isObstacle(c) ? "null" : value.apply(c));
      }
      b.append(']');
    }
    b.append("\n  ]");
  }
}
