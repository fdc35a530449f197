package org.allot.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One series of a {@link LearningCurvePlot}: a y column read from one CSV per run (one file, or
 * several such as one per training seed). Immutable; the withers return copies.
 *
 * @param label the legend's name of the series, such as {@code "SubPO"}
 * @param runs the learning-curve CSVs, one per run; at least one
 * @param column the y column's name in every run's header, such as {@code "return"}
 * @param description a second legend line, such as {@code "greedy policy, validation set"}, or
 *     empty for one made from the column and the number of runs
 * @param emphasised whether this is the key series, drawn with a thicker line and a bold label
 * @param firstX points with a smaller x are left out (the default, minus infinity, keeps all),
 *     for a column that means something only from some step on
 */
public record CurveSeries(String label, List<Path> runs, String column, String description,
    boolean emphasised, double firstX) {
  /**
   * @throws IllegalArgumentException when the label or the column is blank, there is no run or
   *     {@code firstX} is NaN
   */
  public CurveSeries {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(description, "description");
    runs = List.copyOf(runs);
    if (label.isBlank()) {
      throw new IllegalArgumentException("a series needs a label for the legend, got a blank one"
          + " for column " + column);
    }
    if (column.isBlank()) {
      throw new IllegalArgumentException("series " + label + ": the y column's name is blank;"
          + " give a column of the CSV header, such as return");
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("series " + label + ": no CSV file; give at least one"
          + " run");
    }
    if (Double.isNaN(firstX)) {
      throw new IllegalArgumentException("series " + label + ": firstX is NaN; use"
          + " Double.NEGATIVE_INFINITY to keep every point");
    }
  }

  /** The series {@code label}: column {@code column} of each of {@code runs}, every point. */
  public static CurveSeries of(String label, List<Path> runs, String column) {
    return new CurveSeries(label, runs, column, "", false, Double.NEGATIVE_INFINITY);
  }

  /** This series with {@code text} as the legend's second line. */
  public CurveSeries describedAs(String text) {
    return new CurveSeries(label, runs, column, text, emphasised, firstX);
  }

  /** This series as the key one: a thicker line and a bold legend label. */
  public CurveSeries emphasise() {
    return new CurveSeries(label, runs, column, description, true, firstX);
  }

  /** This series without its points left of {@code x}. */
  public CurveSeries startingAt(double x) {
    return new CurveSeries(label, runs, column, description, emphasised, x);
  }
}
