package org.allot.agent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A training loop's learning curve as CSV: a header of column names, then one row per update,
 * flushed at once so that a killed run keeps its curve. Numbers are written with
 * {@link Locale#ROOT}. Not thread-safe.
 */
public final class LearningCurve implements AutoCloseable {
  private final BufferedWriter out;
  private final List<String> columns;

  /**
   * Creates (or replaces) {@code file} and writes the header.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public LearningCurve(Path file, List<String> columns) {
    this.columns = List.copyOf(columns);
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

  /**
   * Appends one row.
   *
   * @throws IllegalArgumentException when the number of values differs from the columns'
   */
  public void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values " + columns
          + ", got " + values.length);
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      Object v = values[i];
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
}
