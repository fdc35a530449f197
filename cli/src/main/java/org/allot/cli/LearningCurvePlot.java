package org.allot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.allot.cli.plot.Anchor;
import org.allot.cli.plot.Canvas;
import org.allot.cli.plot.ImageFormat;
import org.allot.cli.plot.Rgb;
import org.allot.cli.plot.Ticks;

/**
 * A picture of the learning curve that {@code allot train dispatch} writes
 * ({@code learning-curve.csv}): makespan against update for the greedy validation makespan (the
 * key series, thicker), the mean sampled makespan on the training instances and the mean makespan
 * after improvement, with an optional dashed reference line. Rows with update &lt;= 0 are
 * imitation rounds (warm start, pilot, self-labelling): only the greedy validation makespan is
 * drawn for them, left of a grey line at update 0. NaN cells break a series' line. Stateless and thread-safe.
 */
public final class LearningCurvePlot {
  /** The picture's width in pixels. */
  static final int WIDTH = 980;
  /** The picture's height in pixels. */
  static final int HEIGHT = 560;
  private static final double LEFT = 78;
  private static final double TOP = 80;
  private static final double LEGEND = 290;
  private static final double BOTTOM = 58;
  private static final String UPDATE = "update";
  private static final Rgb GRID = new Rgb(236, 236, 236);

  /** The drawn columns, in drawing order (the key series last, on top). */
  private enum Series {
    AGENT("agent_makespan", "mean sampled, training instances", new Rgb(230, 126, 34), 1.4, 1),
    EXPERT("expert_makespan", "mean after improvement (expert)", new Rgb(39, 160, 70), 1.4, 1),
    GREEDY("greedy_validation_makespan", "greedy policy, validation set", new Rgb(31, 90, 180),
        2.8, Long.MIN_VALUE);

    final String column;
    final String description;
    final Rgb colour;
    final double width;
    final long fromUpdate;

    Series(String column, String description, Rgb colour, double width, long fromUpdate) {
      this.column = column;
      this.description = description;
      this.colour = colour;
      this.width = width;
      this.fromUpdate = fromUpdate;
    }

    /** Whether row {@code r} of {@code curve} has a point of this series. */
    boolean drawn(Curve curve, int r) {
      return curve.updates[r] >= fromUpdate && Double.isFinite(curve.values[ordinal()][r]);
    }
  }

  /** The parsed CSV: per row its update, and per series and row its value (NaN when absent). */
  private record Curve(long[] updates, double[][] values) {}

  /** The plot area and the data ranges it shows; maps data to pixels. */
  private record Frame(double x0, double x1, double y0, double y1, double w, double h) {
    double px(double x) {
      return LEFT + (x - x0) / (x1 - x0) * w;
    }

    double py(double y) {
      return TOP + (y1 - y) / (y1 - y0) * h;
    }
  }

  private LearningCurvePlot() {}

  /**
   * Draws {@code csv} as an image, SVG or PNG by {@code image}'s extension (see
   * {@link ImageFormat}), and writes it atomically: on any error {@code image} is left as it was.
   * A CSV with a header and no rows gives empty axes.
   *
   * @param csv a learning curve as {@code allot train dispatch} writes it; columns are found by
   *     name: {@code update}, {@code greedy_validation_makespan}, {@code agent_makespan} and
   *     {@code expert_makespan} are needed, others are ignored
   * @param image the picture to write, ending in {@code .svg} or {@code .png}
   * @param referenceMakespan a makespan to mark with a dashed horizontal line, or NaN (or any
   *     non-finite value) for none
   * @param referenceLabel the reference line's legend entry, such as
   *     {@code "FDD/MWKR on the validation set"}
   * @throws IllegalArgumentException when {@code image} has an unknown extension, or the CSV
   *     lacks a needed column or holds a value that is not a number (the message names the file,
   *     the line and the column)
   * @throws IOException when the CSV cannot be read or the image cannot be written
   */
  public static void write(Path csv, Path image, double referenceMakespan, String referenceLabel)
      throws IOException {
    Objects.requireNonNull(referenceLabel, "referenceLabel");
    ImageFormat format = ImageFormat.forFile(image).orElseThrow(() -> new IllegalArgumentException(
        image + ": unknown picture format; use a file name ending in "
            + ImageFormat.extensions()));
    Curve curve = read(csv);
    Canvas c = format.canvas(WIDTH, HEIGHT);
    Path parent = csv.toAbsolutePath().getParent();
    Path folder = parent == null ? null : parent.getFileName();
    Path name = folder == null ? csv.getFileName() : folder.resolve(csv.getFileName());
    draw(c, curve, String.valueOf(name), referenceMakespan, referenceLabel);
    AtomicFiles.write(image, c.encode());
  }

  private static Curve read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(csv + ":1: empty file; expected a header naming the "
          + "columns " + UPDATE + ", " + Series.GREEDY.column + ", ...");
    }
    String[] header = cells(lines.get(0));
    int updateAt = column(csv, header, UPDATE);
    int[] at = new int[Series.values().length];
    for (Series s : Series.values()) {
      at[s.ordinal()] = column(csv, header, s.column);
    }
    List<Long> updates = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        String[] cells = row(csv, i + 1, lines.get(i), header.length);
        updates.add(integer(csv, i + 1, cells[updateAt]));
        double[] row = new double[at.length];
        for (Series s : Series.values()) {
          row[s.ordinal()] = number(csv, i + 1, s.column, cells[at[s.ordinal()]]);
        }
        rows.add(row);
      }
    }
    return curve(updates, rows);
  }

  private static Curve curve(List<Long> updates, List<double[]> rows) {
    double[][] values = new double[Series.values().length][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int s = 0; s < values.length; s++) {
        values[s][r] = rows.get(r)[s];
      }
    }
    return new Curve(updates.stream().mapToLong(Long::longValue).toArray(), values);
  }

  private static String[] row(Path csv, int line, String text, int columns) {
    String[] cells = cells(text);
    if (cells.length != columns) {
      throw new IllegalArgumentException(csv + ":" + line + ": expected " + columns
          + " cells as in the header, found " + cells.length);
    }
    return cells;
  }

  private static String[] cells(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  private static int column(Path csv, String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(csv + ":1: missing column " + name + "; expected the "
        + "header of a learning-curve.csv written by allot train dispatch");
  }

  private static long integer(Path csv, int line, String cell) {
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(csv + ":" + line + ": column " + UPDATE
          + ": expected an integer, found '" + cell + "'", e);
    }
  }

  private static double number(Path csv, int line, String column, String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(csv + ":" + line + ": column " + column
          + ": expected a number or NaN, found '" + cell + "'", e);
    }
  }

  private static void draw(Canvas c, Curve curve, String name, double reference, String label) {
    c.text(LEFT, 30, "Learning curve", 18, true, Rgb.BLACK, Anchor.START);
    c.text(LEFT, 52, name + ": " + summary(curve), 12, false, Rgb.GREY, Anchor.START);
    Frame f = frame(curve, reference);
    axes(c, f);
    if (Arrays.stream(curve.updates).anyMatch(u -> u <= 0)) {
      double x = f.px(0);
      c.line(x, TOP, x, TOP + f.h, Rgb.GREY, 1);
      c.text(x, TOP - 6, "imitation | updates", 11, false, Rgb.GREY, Anchor.MIDDLE);
    }
    if (Double.isFinite(reference)) {
      dashed(c, LEFT, LEFT + f.w, f.py(reference), Rgb.RED, 1.4);
    }
    for (Series s : Series.values()) {
      series(c, f, curve, s);
    }
    legend(c, f, reference, label);
  }

  private static String summary(Curve curve) {
    int n = curve.updates.length;
    long warm = Arrays.stream(curve.updates).filter(u -> u <= 0).count();
    String rows = n + " rows (" + warm + " imitation, " + (n - warm) + " updates)";
    int best = -1;
    double[] greedy = curve.values[Series.GREEDY.ordinal()];
    for (int r = 0; r < n; r++) {
      if (Double.isFinite(greedy[r]) && (best < 0 || greedy[r] < greedy[best])) {
        best = r;
      }
    }
    return best < 0 ? rows : rows + String.format(Locale.ROOT,
        "; best greedy validation makespan %.1f at update %d", greedy[best], curve.updates[best]);
  }

  private static Frame frame(Curve curve, double reference) {
    double x0 = 0;
    double x1 = 1;
    double y0 = Double.isFinite(reference) ? reference : Double.POSITIVE_INFINITY;
    double y1 = Double.isFinite(reference) ? reference : Double.NEGATIVE_INFINITY;
    for (int r = 0; r < curve.updates.length; r++) {
      x0 = Math.min(x0, curve.updates[r]);
      x1 = Math.max(x1, curve.updates[r]);
      for (Series s : Series.values()) {
        if (s.drawn(curve, r)) {
          y0 = Math.min(y0, curve.values[s.ordinal()][r]);
          y1 = Math.max(y1, curve.values[s.ordinal()][r]);
        }
      }
    }
    if (y0 > y1) {
      y0 = 0;
      y1 = 1;
    }
    double pad = Math.max((y1 - y0) * 0.06, 0.5);
    double margin = (x1 - x0) * 0.015;
    return new Frame(x0 - margin, x1 + margin, y0 - pad, y1 + pad, WIDTH - LEFT - LEGEND,
        HEIGHT - TOP - BOTTOM);
  }

  private static void axes(Canvas c, Frame f) {
    c.rect(LEFT, TOP, f.w, f.h, Rgb.WHITE, Rgb.GREY);
    long dy = Ticks.step(f.y1 - f.y0, 8);
    for (long y = (long) Math.ceil(f.y0 / dy) * dy; y <= f.y1; y += dy) {
      c.line(LEFT, f.py(y), LEFT + f.w, f.py(y), GRID, 1);
      c.text(LEFT - 6, f.py(y) + 4, Long.toString(y), 11, false, Rgb.BLACK, Anchor.END);
    }
    long dx = Ticks.step(f.x1 - f.x0, 10);
    for (long x = (long) Math.ceil(f.x0 / dx) * dx; x <= f.x1; x += dx) {
      c.line(f.px(x), TOP + f.h, f.px(x), TOP + f.h + 4, Rgb.GREY, 1);
      c.text(f.px(x), TOP + f.h + 17, Long.toString(x), 11, false, Rgb.BLACK, Anchor.MIDDLE);
    }
    c.text(LEFT + f.w / 2, HEIGHT - 14, "update", 12, false, Rgb.BLACK, Anchor.MIDDLE);
    c.text(LEFT - 6, TOP - 14, "makespan", 12, false, Rgb.BLACK, Anchor.END);
  }

  /** Draws a series as a polyline with square markers, broken where a point is missing. */
  private static void series(Canvas c, Frame f, Curve curve, Series s) {
    double[] v = curve.values[s.ordinal()];
    double side = s == Series.GREEDY ? 5 : 4;
    for (int r = 0; r < curve.updates.length; r++) {
      if (!s.drawn(curve, r)) {
        continue;
      }
      double x = f.px(curve.updates[r]);
      double y = f.py(v[r]);
      if (r > 0 && s.drawn(curve, r - 1)) {
        c.line(f.px(curve.updates[r - 1]), f.py(v[r - 1]), x, y, s.colour, s.width);
      }
      c.rect(x - side / 2, y - side / 2, side, side, s.colour, s.colour);
    }
  }

  /** A horizontal dashed line from {@code x1} to {@code x2}: Canvas has no dash pattern. */
  private static void dashed(Canvas c, double x1, double x2, double y, Rgb colour, double width) {
    for (double x = x1; x < x2; x += 10) {
      c.line(x, y, Math.min(x + 6, x2), y, colour, width);
    }
  }

  private static void legend(Canvas c, Frame f, double reference, String label) {
    double x = LEFT + f.w + 18;
    double y = TOP + 8;
    Series[] order = {Series.GREEDY, Series.AGENT, Series.EXPERT};
    for (Series s : order) {
      c.line(x, y, x + 24, y, s.colour, s.width);
      double side = s == Series.GREEDY ? 5 : 4;
      c.rect(x + 12 - side / 2, y - side / 2, side, side, s.colour, s.colour);
      c.text(x + 32, y + 4, s.column, 12, s == Series.GREEDY, Rgb.BLACK, Anchor.START);
      c.text(x + 32, y + 19, s.description, 11, false, Rgb.GREY, Anchor.START);
      y += 42;
    }
    if (Double.isFinite(reference)) {
      dashed(c, x, x + 24, y, Rgb.RED, 1.4);
      for (String part : wrap(c, label, WIDTH - x - 38, 12)) {
        c.text(x + 32, y + 4, part, 12, false, Rgb.BLACK, Anchor.START);
        y += 15;
      }
      c.text(x + 32, y + 4, String.format(Locale.ROOT, "reference makespan %.1f", reference),
          11, false, Rgb.GREY, Anchor.START);
    }
  }

  /** Splits {@code text} at spaces into lines at most {@code width} pixels wide where it can. */
  private static List<String> wrap(Canvas c, String text, double width, double size) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && c.textWidth(longer, size) > width) {
        lines.add(line);
        line = word;
      } else {
        line = longer;
      }
    }
    lines.add(line);
    return lines;
  }
}
