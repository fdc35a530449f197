package org.allot.problem.coverage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;

/**
 * A density map as CSV: a weighted-coverage instance with one grid row per line (row 0, the top,
 * first), comma-separated; each field is a weight {@code >= 0} or {@code #} for an obstacle.
 * Lines starting with {@code %} hold settings ({@code % key = value}) or, without {@code =},
 * comments:
 *
 * <pre>{@code
 * % start = 4 1            the start cell's x and y; default: the first free cell, row-major
 * % horizon = 40           steps H; default 40 (SubPO)
 * % footprint = square 2   or "disk 1.5"; default square 2 (SubPO)
 * 0.1,0.2,#,0.4
 * 0,1.5,#,2
 * }</pre>
 *
 * <p>Every row must have the same number of fields. The name is the file name without
 * {@code .csv}. Item-collection instances have no CSV form. Documented in
 * {@code docs/formats/coverage.md}. Stateless and thread-safe.
 */
public final class DensityCsvFormat implements InstanceFormat<CoverageInstance> {
  /** The shared instance (stateless). */
  public static final DensityCsvFormat INSTANCE = new DensityCsvFormat();

  private DensityCsvFormat() {}

  @Override
  public String name() {
    return "csv";
  }

  /**
   * Claims {@code .csv} files whose first line that is not a setting is made of numbers,
   * {@code #}, commas and spaces only (a header with column names, as MiniMalloc's, is not).
   */
  @Override
  public boolean accepts(Path file, String head) {
    if (!CoverageText.extension(file).equals("csv")) {
      return false;
    }
    for (String line : head.replace("\uFEFF", "").lines().toList()) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("%")) {
        continue;
      }
      return s.matches("[0-9eE.+\\-#, \t]+") && s.matches(".*[0-9#].*");
    }
    return false;
  }

  @Override
  public CoverageInstance read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new InstanceFormatException(file, 0, 0, "not a UTF-8 text file");
    }
    return read(file.toString(), CoverageText.stem(file), text);
  }

  /**
   * Reads an instance from {@code text}.
   *
   * @param file the file name, for messages
   * @param name the instance's name
   * @throws InstanceFormatException with file:line:column for a bad field, setting or row
   */
  public CoverageInstance read(String file, String name, String text)
      throws InstanceFormatException {
    return new DensityCsvReader(file).read(name, text);
  }

  /**
   * Reads the grid of a density CSV only (weights and obstacles), for a JSON instance that
   * refers to it; settings lines are ignored.
   */
  static DensityCsvReader.Grid readGrid(Path file, String shownName) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new InstanceFormatException(shownName, 0, 0, "not a UTF-8 text file");
    }
    return new DensityCsvReader(shownName).grid(text);
  }

  /**
   * Writes a weighted-coverage instance with its settings.
   *
   * @throws IllegalArgumentException for an item-collection instance, which has no CSV form
   */
  @Override
  public void write(CoverageInstance instance, Writer out) throws IOException {
    if (!(instance.objective() instanceof CoverageObjective.WeightedCoverage w)) {
      throw new IllegalArgumentException("the density CSV holds weighted coverage only; write"
          + " item-collection instance " + instance.name() + " as JSON");
    }
    StringBuilder b = new StringBuilder();
    b.append("% start = ").append(instance.xOf(instance.start())).append(' ')
        .append(instance.yOf(instance.start())).append('\n');
    b.append("% horizon = ").append(instance.horizon()).append('\n');
    b.append("% footprint = ").append(CoverageText.footprint(instance.footprint())).append('\n');
    for (int y = 0; y < instance.height(); y++) {
      for (int x = 0; x < instance.width(); x++) {
        int c = instance.cellAt(x, y);
        b.append(x == 0 ? "" : ",").append(instance.isObstacle(c) ? "#"
            : CoverageText.number(w.weightOf(c)));
      }
      b.append('\n');
    }
    out.write(b.toString());
  }

  /** Rows of fields, for the reader. */
  static List<String> lines(String text) {
    return new ArrayList<>(text.replace("\uFEFF", "").lines().toList());
  }
}
