package org.allot.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A series' runs as read, and their aggregate per x: the runs are aligned on equal x values, so
 * runs of different lengths (a seed that stopped early) or with gaps still combine; a NaN cell is
 * "not measured at this x" (a validation score logged every k rows) and is left out, so each
 * line runs through the measured points; at each x the mean, and the band's ends, are over the
 * runs with a value there. Arrays are not copied: package-private and read-only.
 *
 * @param series what was read
 * @param runs each run's points in file order, without those left of the series' first x
 * @param x the distinct x values of all runs, ascending
 * @param mean the mean at each x, NaN where no run has a value
 * @param low the band's lower end at each x (the mean when the spread draws no band)
 * @param high the band's upper end at each x
 */
record CurveStats(CurveSeries series, List<Run> runs, double[] x, double[] mean, double[] low,
    double[] high) {

  /** One run's points. */
  record Run(double[] x, double[] y) {}

  /**
   * Reads and aggregates {@code series}.
   *
   * @param tables the tables read so far, by file, to which new ones are added (a file is read
   *     once however many series draw from it)
   * @throws IllegalArgumentException when a run lacks the x or the y column or holds a cell that
   *     is not a number
   * @throws IOException when a run cannot be read
   */
  static CurveStats of(CurveSeries series, String xColumn, LearningCurvePlot.Spread spread,
      Map<Path, CurveTable> tables) throws IOException {
    List<Run> runs = new ArrayList<>();
    TreeMap<Double, List<Double>> byX = new TreeMap<>();
    for (Path file : series.runs()) {
      CurveTable table = tables.get(file);
      if (table == null) {
        table = CurveTable.read(file);
        tables.put(file, table);
      }
      Run run = run(table.column(xColumn), table.column(series.column()), series.firstX());
      for (int i = 0; i < run.x.length; i++) {
        List<Double> at = byX.computeIfAbsent(run.x[i], k -> new ArrayList<>());
        if (Double.isFinite(run.y[i])) {
          at.add(run.y[i]);
        }
      }
      runs.add(run);
    }
    return aggregate(series, runs, byX, spread);
  }

  private static Run run(double[] xs, double[] ys, double firstX) {
    int kept = 0;
    double[] x = new double[xs.length];
    double[] y = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && xs[i] >= firstX && !Double.isNaN(ys[i])) {
        x[kept] = xs[i] + 0.0; // -0.0 becomes 0.0: one x, not two
        y[kept++] = ys[i];
      }
    }
    return new Run(Arrays.copyOf(x, kept), Arrays.copyOf(y, kept));
  }

  private static CurveStats aggregate(CurveSeries series, List<Run> runs,
      TreeMap<Double, List<Double>> byX, LearningCurvePlot.Spread spread) {
    int n = byX.size();
    double[] x = new double[n];
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    int k = 0;
    for (Map.Entry<Double, List<Double>> e : byX.entrySet()) {
      double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      x[k] = e.getKey();
      mean[k] = v.length == 0 ? Double.NaN : sum(v) / v.length;
      low[k] = mean[k];
      high[k] = mean[k];
      if (v.length > 0 && spread == LearningCurvePlot.Spread.MIN_MAX) {
        low[k] = Arrays.stream(v).min().orElseThrow();
        high[k] = Arrays.stream(v).max().orElseThrow();
      } else if (v.length > 1 && spread == LearningCurvePlot.Spread.STD_DEV) {
        double sd = deviation(v, mean[k]);
        low[k] = mean[k] - sd;
        high[k] = mean[k] + sd;
      }
      k++;
    }
    return new CurveStats(series, List.copyOf(runs), x, mean, low, high);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }

  /** The sample standard deviation (n - 1 in the denominator) of at least two values. */
  private static double deviation(double[] v, double mean) {
    double s = 0;
    for (double d : v) {
      s += (d - mean) * (d - mean);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  /** Whether the plot draws a band for this series: several runs and a spread with a band. */
  boolean band(LearningCurvePlot.Spread spread) {
    return runs.size() > 1 && (spread == LearningCurvePlot.Spread.MIN_MAX
        || spread == LearningCurvePlot.Spread.STD_DEV);
  }

  /** The index of the best finite mean (lowest or highest), or -1 when there is none. */
  int best(boolean lower) {
    int best = -1;
    for (int i = 0; i < mean.length; i++) {
      if (Double.isFinite(mean[i])
          && (best < 0 || (lower ? mean[i] < mean[best] : mean[i] > mean[best]))) {
        best = i;
      }
    }
    return best;
  }
}
