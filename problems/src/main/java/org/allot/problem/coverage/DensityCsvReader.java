package org.allot.problem.coverage;

import java.util.ArrayList;
import java.util.List;
import org.allot.problem.InstanceFormatException;

/** Parses a density CSV ({@link DensityCsvFormat}), locating every error. */
final class DensityCsvReader {
  /** The weights and obstacles of a density map, row-major. */
  record Grid(int width, int height, double[] weight, boolean[] obstacle) {}

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final String file;
  private int startX = -1;
  private int startY = -1;
  private int startLine;
  private int horizon = CoverageText.DEFAULT_HORIZON;
  private Footprint footprint = Footprint.SUBPO;

  DensityCsvReader(String file) {
    this.file = file;
  }

  CoverageInstance read(String name, String text) throws InstanceFormatException {
    List<String> lines = DensityCsvFormat.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("%") && s.contains("=")) {
        setting(lines.get(i), i + 1);
      }
    }
    Grid g = grid(text);
    int start = start(g);
    try {
      return new CoverageInstance(name, g.width(), g.height(), g.obstacle(),
          new CoverageObjective.WeightedCoverage(g.weight()), start, horizon, footprint);
    } catch (IllegalArgumentException e) {
      throw new InstanceFormatException(file, 0, 0, e.getMessage());
    }
  }

  private int start(Grid g) throws InstanceFormatException {
    if (startX < 0) {
      for (int c = 0; c < g.obstacle().length; c++) {
        if (!g.obstacle()[c]) {
          return c;
        }
      }
      throw new InstanceFormatException(file, 0, 0, "every cell is an obstacle ('#'); a walk"
          + " needs a free start cell");
    }
    if (startX >= g.width() || startY >= g.height()) {
      throw new InstanceFormatException(file, startLine, 0, "start (" + startX + ", "
          + startY + ") is outside the " + g.width() + " x " + g.height() + " grid (x in 0.."
          + (g.width() - 1) + ", y in 0.." + (g.height() - 1) + ")");
    }
    int c = startY * g.width() + startX;
    if (g.obstacle()[c]) {
      throw new InstanceFormatException(file, startLine, 0, "start (" + startX + ", " + startY
          + ") is an obstacle ('#'); choose a free cell");
    }
    return c;
  }

  private void setting(String line, int no) throws InstanceFormatException {
    String body = line.strip().substring(1);
    int eq = body.indexOf('=');
    String key = body.substring(0, eq).strip();
    String value = body.substring(eq + 1).strip();
    String[] words = value.split("\\s+");
    switch (key) {
      case "start" -> {
        if (words.length != 2) {
          throw error(no, "expected '% start = X Y' (two integers), found '" + value + "'");
        }
        startX = integer(words[0], no, "start x");
        startY = integer(words[1], no, "start y");
        startLine = no;
      }
      case "horizon" -> {
        if (words.length != 1) {
          throw error(no, "expected '% horizon = H' (one integer), found '" + value + "'");
        }
        horizon = integer(words[0], no, "horizon");
      }
      case "footprint" -> footprint = footprint(words, value, no);
      default -> throw error(no, "unknown setting '" + key + "'; known settings: start,"
          + " horizon, footprint (a '%' line without '=' is a comment)");
    }
  }

  private Footprint footprint(String[] words, String value, int no)
      throws InstanceFormatException {
    try {
      if (words.length == 2 && words[0].equals("square")) {
        return new Footprint.Square(Integer.parseInt(words[1]));
      }
      if (words.length == 2 && words[0].equals("disk")) {
        return new Footprint.Disk(Double.parseDouble(words[1]));
      }
    } catch (NumberFormatException e) {
      throw error(no, "footprint '" + value + "': expected 'square K' or 'disk R'");
    } catch (IllegalArgumentException e) {
      throw error(no, e.getMessage());
    }
    throw error(no, "footprint '" + value + "': expected 'square K' (for example square 2) or"
        + " 'disk R' (for example disk 1.5)");
  }

  private int integer(String word, int no, String what) throws InstanceFormatException {
    try {
      int v = Integer.parseInt(word);
      if (v < 0) {
        throw error(no, what + " " + v + " must be >= 0");
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(no, "expected an integer " + what + ", found '" + word + "'");
    }
  }

  Grid grid(String text) throws InstanceFormatException {
    List<String> lines = DensityCsvFormat.lines(text);
    List<double[]> rows = new ArrayList<>();
    List<boolean[]> walls = new ArrayList<>();
    int width = -1;
    int firstRow = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("%")) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (width < 0) {
        width = fields.length;
        firstRow = i + 1;
      } else if (fields.length != width) {
        throw error(i + 1, "row " + rows.size() + " has " + fields.length + " values, expected "
            + width + " as on the first row (line " + firstRow + "); every row needs one value"
            + " per column");
      }
      double[] w = new double[width];
      boolean[] o = new boolean[width];
      row(line, fields, i + 1, rows.size(), w, o);
      rows.add(w);
      walls.add(o);
    }
    if (rows.isEmpty()) {
      throw new InstanceFormatException(file, 1, 1, "empty density map; expected rows of"
          + " comma-separated weights (or '#' for an obstacle)");
    }
    int height = rows.size();
    double[] weight = new double[width * height];
    boolean[] obstacle = new boolean[width * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(rows.get(y), 0, weight, y * width, width);
      System.arraycopy(walls.get(y), 0, obstacle, y * width, width);
    }
    return new Grid(width, height, weight, obstacle);
  }

  private void row(String line, String[] fields, int no, int y, double[] w, boolean[] o)
      throws InstanceFormatException {
    int col = 1;
    for (int x = 0; x < fields.length; x++) {
      String raw = fields[x];
      String f = raw.strip();
      int at = col + (raw.length() - raw.stripLeading().length());
      if (f.equals("#")) {
        o[x] = true;
      } else {
        w[x] = weight(f, no, at, x, y);
      }
      col += raw.length() + 1;
    }
  }

  private double weight(String f, int no, int col, int x, int y)
      throws InstanceFormatException {
    double v;
    try {
      if (!NUMBER.matcher(f).matches()) {
        throw new NumberFormatException(f);
      }
      v = Double.parseDouble(f);
    } catch (NumberFormatException e) {
      throw new InstanceFormatException(file, no, col, "expected a weight >= 0 or '#' (obstacle)"
          + " at x " + x + ", y " + y + ", found '" + f + "'");
    }
    if (!Double.isFinite(v) || v < 0 || f.startsWith("-")) {
      throw new InstanceFormatException(file, no, col, "weight " + f + " at x " + x + ", y " + y
          + " is " + (Double.isFinite(v) ? "negative" : "not finite")
          + "; weights must be finite numbers >= 0");
    }
    return v;
  }

  private InstanceFormatException error(int line, String reason) {
    return new InstanceFormatException(file, line, 0, reason);
  }
}
