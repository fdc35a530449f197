package org.allot.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A learning-curve CSV read by named columns: a header line naming the columns, then one row of
 * numbers per line (blank lines skipped). Cells are parsed when a column is asked for, so that
 * columns the plot does not draw may hold anything. Immutable.
 */
final class CurveTable {
  private final Path file;
  private final List<String> header;
  private final List<String[]> rows;
  private final List<Integer> lines;

  private CurveTable(Path file, List<String> header, List<String[]> rows, List<Integer> lines) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  /**
   * Reads {@code csv}.
   *
   * @throws IllegalArgumentException when the file is empty or a row has another number of
   *     cells than the header (the message names the file and the line)
   * @throws IOException when the file cannot be read
   */
  static CurveTable read(Path csv) throws IOException {
    List<String> text = Files.readAllLines(csv);
    if (text.isEmpty() || text.getFirst().isBlank()) {
      throw new IllegalArgumentException(csv + ":1: empty file; expected a header naming the "
          + "columns, such as update,return");
    }
    List<String> header = List.of(cells(text.getFirst()));
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int i = 1; i < text.size(); i++) {
      if (text.get(i).isBlank()) {
        continue;
      }
      String[] cells = cells(text.get(i));
      if (cells.length != header.size()) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": expected " + header.size()
            + " cells as in the header, found " + cells.length);
      }
      rows.add(cells);
      lines.add(i + 1);
    }
    return new CurveTable(csv, header, rows, lines);
  }

  private static String[] cells(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  /** The file read. */
  Path file() {
    return file;
  }

  /** The number of rows, without the header. */
  int rows() {
    return rows.size();
  }

  /**
   * The values of column {@code name}, one per row; {@code NaN} cells stay NaN.
   *
   * @throws IllegalArgumentException when there is no such column (the message lists the
   *     columns there are) or a cell is not a number (the message names the file, the line and
   *     the column)
   */
  double[] column(String name) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(file + ":1: no column " + name + "; the columns are "
          + String.join(", ", header));
    }
    double[] values = new double[rows.size()];
    for (int r = 0; r < values.length; r++) {
      String cell = rows.get(r)[at];
      try {
        values[r] = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ":" + lines.get(r) + ": column " + name
            + ": expected a number or NaN, found '" + cell + "'", e);
      }
    }
    return values;
  }
}
