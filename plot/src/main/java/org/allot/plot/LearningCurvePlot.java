package org.allot.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A learning-curve picture for every agent: one or more y columns of learning-curve CSVs against
 * a named x column ({@code update}, {@code epoch}), read by column name. A series with several
 * runs (one CSV per training seed) is drawn as the mean over its runs with a band for their
 * spread, or as one line per run (see {@link Spread}); an optional dashed reference line marks
 * a baseline's value. NaN cells break a series' line. SVG or PNG by the file's extension.
 * Immutable and thread-safe; made by {@link #builder()}:
 *
 * <pre>{@code
 * LearningCurvePlot.builder().x("epoch")
 *     .series("SubPO", subpoSeeds, "return")
 *     .series("ModPO", modpoSeeds, "return")
 *     .reference(greedyReturn, "greedy")
 *     .title("SubPO against ModPO, 5 seeds")
 *     .write(Path.of("runs/curves.svg"));
 * }</pre>
 */
public final class LearningCurvePlot {
  /** How a series with several runs is drawn; a series with one run is always one line. */
  public enum Spread {
    /** One thin line per run, no mean. */
    RUNS,
    /** The mean over the runs, no band. */
    MEAN,
    /** The mean, and a band from the lowest to the highest run. */
    MIN_MAX,
    /** The mean, and a band of one sample standard deviation either side. */
    STD_DEV
  }

  /** Which way the first series gets better, for the subtitle's "best" value. */
  enum Goal { NONE, LOWER, HIGHER }

  final String x;
  final List<CurveSeries> series;
  final Spread spread;
  final double reference;
  final String referenceLabel;
  final String title;
  final String subtitle;
  final String yLabel;
  final double divider;
  final String dividerLabel;
  final Goal goal;

  private LearningCurvePlot(Builder b) {
    x = b.x;
    series = List.copyOf(b.series);
    spread = b.spread;
    reference = b.reference;
    referenceLabel = b.referenceLabel;
    title = b.title;
    subtitle = b.subtitle;
    yLabel = b.yLabel != null ? b.yLabel
        : series.stream().map(CurveSeries::column).distinct().count() == 1
            ? series.getFirst().column() : "value";
    divider = b.divider;
    dividerLabel = b.dividerLabel;
    goal = b.goal;
  }

  /** An empty plot description: set the x column and add at least one series. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the runs and writes the picture to {@code image}, SVG or PNG by its extension, in one
   * atomic step: on any error the file is left as it was. A CSV with a header and no rows gives
   * empty axes.
   *
   * @throws IllegalArgumentException when {@code image} has an unknown extension, or a CSV lacks
   *     a named column (the message lists the columns it has), has a row of another length than
   *     its header, or holds a cell that is not a number (the message names the file, the line
   *     and the column)
   * @throws IOException when a CSV cannot be read or the picture cannot be written
   */
  public void write(Path image) throws IOException {
    ImageFormat format = ImageFormat.forFile(image).orElseThrow(() -> new IllegalArgumentException(
        image + ": unknown picture format; use a file name ending in "
            + ImageFormat.extensions()));
    PictureFiles.write(image, draw(format));
  }

  /**
   * Reads the runs and draws the picture in {@code format}.
   *
   * @throws IllegalArgumentException as {@link #write} does for the CSVs
   * @throws IOException when a CSV cannot be read
   */
  public byte[] draw(ImageFormat format) throws IOException {
    Map<Path, CurveTable> tables = new HashMap<>();
    List<CurveStats> stats = new ArrayList<>();
    for (CurveSeries s : series) {
      stats.add(CurveStats.of(s, x, spread, tables));
    }
    return new CurveDrawing(this, stats, tables).draw(format);
  }

  /**
   * Draws the learning curve of {@code allot train dispatch} ({@code learning-curve.csv}):
   * makespan against update for the greedy validation makespan (the key series), the mean
   * sampled makespan on the training instances and the mean makespan after improvement, with
   * the reference as a dashed line. Rows with update &lt;= 0 are imitation rounds (warm start,
   * pilot, self-labelling): only the greedy validation makespan is drawn for them, left of a
   * grey line at update 0. Written like {@link #write(Path)}.
   *
   * @param csv the curve; columns {@code update}, {@code greedy_validation_makespan},
   *     {@code agent_makespan} and {@code expert_makespan} are needed, others are ignored
   * @param image the picture to write, ending in {@code .svg} or {@code .png}
   * @param referenceMakespan a makespan to mark with a dashed line, or NaN for none
   * @param referenceLabel the reference line's legend entry, such as
   *     {@code "FDD/MWKR on the validation set"}
   * @throws IllegalArgumentException as {@link #write(Path)} does
   * @throws IOException when the CSV cannot be read or the picture cannot be written
   */
  public static void write(Path csv, Path image, double referenceMakespan, String referenceLabel)
      throws IOException {
    List<Path> run = List.of(csv);
    builder().x("update").yLabel("makespan").lowerIsBetter()
        .series(CurveSeries.of("greedy_validation_makespan", run, "greedy_validation_makespan")
            .describedAs("greedy policy, validation set").emphasise())
        .series(CurveSeries.of("agent_makespan", run, "agent_makespan")
            .describedAs("mean sampled, training instances").startingAt(1))
        .series(CurveSeries.of("expert_makespan", run, "expert_makespan")
            .describedAs("mean after improvement (expert)").startingAt(1))
        .divider(0, "imitation | updates")
        .reference(referenceMakespan, referenceLabel)
        .write(image);
  }

  /** Collects a {@link LearningCurvePlot}'s settings. Not thread-safe. */
  public static final class Builder {
    private String x;
    private final List<CurveSeries> series = new ArrayList<>();
    private Spread spread = Spread.MIN_MAX;
    private double reference = Double.NaN;
    private String referenceLabel = "";
    private String title = "Learning curve";
    private String subtitle;
    private String yLabel;
    private double divider = Double.NaN;
    private String dividerLabel = "";
    private Goal goal = Goal.NONE;

    private Builder() {}

    /** The x column, such as {@code "update"} or {@code "epoch"}; needed. */
    public Builder x(String column) {
      this.x = requireText(column, "the x column");
      return this;
    }

    /** Adds series {@code label}: column {@code column} of one CSV. */
    public Builder series(String label, Path csv, String column) {
      return series(CurveSeries.of(label, List.of(csv), column));
    }

    /** Adds series {@code label}: column {@code column} of each of {@code runs}, one per run. */
    public Builder series(String label, List<Path> runs, String column) {
      return series(CurveSeries.of(label, runs, column));
    }

    /** Adds {@code s}; the legend lists the series in the order added. */
    public Builder series(CurveSeries s) {
      series.add(Objects.requireNonNull(s, "series"));
      return this;
    }

    /** How series with several runs are drawn; {@link Spread#MIN_MAX} by default. */
    public Builder spread(Spread s) {
      this.spread = Objects.requireNonNull(s, "spread");
      return this;
    }

    /** A dashed line at y = {@code value} named {@code label}, such as a baseline's value. */
    public Builder reference(double value, String label) {
      this.reference = value;
      this.referenceLabel = Objects.requireNonNull(label, "label");
      return this;
    }

    /** The title; "Learning curve" by default. */
    public Builder title(String text) {
      this.title = Objects.requireNonNull(text, "title");
      return this;
    }

    /** The line under the title; by default the source file, or how runs are combined. */
    public Builder subtitle(String text) {
      this.subtitle = Objects.requireNonNull(text, "subtitle");
      return this;
    }

    /** The y axis's label; by default the series' column when they share one, else "value". */
    public Builder yLabel(String text) {
      this.yLabel = Objects.requireNonNull(text, "yLabel");
      return this;
    }

    /** A vertical grey line at {@code x} between two phases, drawn when the data spans it. */
    public Builder divider(double at, String label) {
      this.divider = at;
      this.dividerLabel = Objects.requireNonNull(label, "label");
      return this;
    }

    /** Names the first series' lowest mean in the default subtitle (a cost, a makespan). */
    public Builder lowerIsBetter() {
      this.goal = Goal.LOWER;
      return this;
    }

    /** Names the first series' highest mean in the default subtitle (a return, an accuracy). */
    public Builder higherIsBetter() {
      this.goal = Goal.HIGHER;
      return this;
    }

    /**
     * The plot.
     *
     * @throws IllegalStateException when the x column is not set, there is no series, or two
     *     series share a label
     */
    public LearningCurvePlot build() {
      if (x == null) {
        throw new IllegalStateException("no x column; call x(\"update\") or x(\"epoch\")");
      }
      if (series.isEmpty()) {
        throw new IllegalStateException("no series; add one with series(label, csv, column)");
      }
      var labels = new HashSet<String>();
      for (CurveSeries s : series) {
        if (!labels.add(s.label())) {
          throw new IllegalStateException("two series are labelled " + s.label()
              + "; give each its own label");
        }
      }
      return new LearningCurvePlot(this);
    }

    /** {@code build().write(image)}. */
    public void write(Path image) throws IOException {
      build().write(image);
    }

    private static String requireText(String text, String what) {
      if (Objects.requireNonNull(text, what).isBlank()) {
        throw new IllegalArgumentException(what + " is blank; give a column of the CSV header");
      }
      return text;
    }
  }
}
