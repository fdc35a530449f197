package org.allot.agent.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A training loop's learning curve as CSV: a header of named columns, then one row per update (or
 * round), each row given by column name, never by position, and flushed at once so that a killed
 * run keeps its curve. Doubles and floats are written as {@code %.6g} in {@link Locale#ROOT},
 * anything else as {@link String#valueOf}. Not thread-safe.
 *
 * <pre>{@code
 * curve.row().set("update", u).set("loss", loss).set("validation", score).write();
 * }</pre>
 */
public final class LearningCurve implements AutoCloseable {
  /** The file's usual name in the output folder. */
  public static final String NAME = "learning-curve.csv";

  private final BufferedWriter out;
  private final List<String> columns;

  /**
   * Creates (or replaces) {@code file} and writes the header.
   *
   * @throws IllegalArgumentException when a column is named twice or a name holds a comma
   * @throws UncheckedIOException when the file cannot be written
   */
  public LearningCurve(Path file, List<String> columns) {
    this.columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (String c : this.columns) {
      if (!seen.add(c) || c.contains(",") || c.isBlank()) {
        throw new IllegalArgumentException("column '" + c + "' of " + columns
            + " is a duplicate, blank or holds a comma; name each column once, without commas");
      }
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      this.out = Files.newBufferedWriter(file);
      out.write(String.join(",", columns));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the learning curve " + file, e);
    }
  }

  /** The column names, in file order. */
  public List<String> columns() {
    return columns;
  }

  /** A new row to fill by name and {@link Row#write() write}. */
  public Row row() {
    return new Row();
  }

  /**
   * Appends one row.
   *
   * @param values a value for every column, by name
   * @throws IllegalArgumentException naming the columns missing or unknown
   */
  public void row(Map<String, ?> values) {
    if (!values.keySet().equals(Set.copyOf(columns))) {
      Set<String> missing = new LinkedHashSet<>(columns);
      missing.removeAll(values.keySet());
      Set<String> unknown = new LinkedHashSet<>(values.keySet());
      columns.forEach(unknown::remove);
      throw new IllegalArgumentException("learning-curve row: missing " + missing + ", unknown "
          + unknown + "; give exactly the columns " + columns);
    }
    StringBuilder line = new StringBuilder();
    for (String column : columns) {
      if (!line.isEmpty()) {
        line.append(',');
      }
      Object v = values.get(column);
      line.append(v instanceof Double || v instanceof Float
          ? String.format(Locale.ROOT, "%.6g", ((Number) v).doubleValue()) : String.valueOf(v));
    }
    try {
      out.write(line.toString());
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the learning curve", e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One row being filled; {@link #write()} appends it. Not thread-safe. */
  public final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Row() {}

    /**
     * Sets {@code column} to {@code value}.
     *
     * @throws IllegalArgumentException when the curve has no such column or it is set already
     */
    public Row set(String column, Object value) {
      if (!columns.contains(column) || values.containsKey(column)) {
        throw new IllegalArgumentException("learning-curve column '" + column + "' is "
            + (values.containsKey(column) ? "set twice" : "not one of " + columns));
      }
      values.put(column, value);
      return this;
    }

    /**
     * Appends the row.
     *
     * @throws IllegalArgumentException naming the columns not set
     */
    public void write() {
      row(values);
    }
  }
}
