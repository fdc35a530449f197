package org.allot.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allot.bench.suite.RunRecord;
import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Chart;
import org.allot.plot.ImageFormat;
import org.allot.plot.Rgb;

/**
 * The plot of the measure over time from the incumbent traces: x = seconds on a log axis, y =
 * for each solver label, the mean over its valid runs of the gap in % (or the objective for
 * families without best-known values) of the best incumbent found by then. Conventions: a run
 * counts from its first incumbent on (before it, it is missing, not infinite, so the curve
 * starts when the first run of the label has an incumbent and its mean is over the runs that
 * have one); the evaluator's final objective counts from the run's end (so a solver that reports
 * no incumbents contributes its result at its wall time); times below the axis's start count at
 * its start; the curve is sampled at {@link #SAMPLES} log-spaced times. Invalid runs and runs
 * without a best-known value (in gap mode) are left out.
 */
final class TimePlot {
  static final int SAMPLES = 120;
  private static final double EARLIEST = 1e-3;

  private TimePlot() {}

  /** The plot for one group (or every run when {@code group} is null) in {@code format}. */
  static byte[] draw(Analysis a, String group, ImageFormat format) {
    List<List<double[]>> traces = new ArrayList<>();
    for (String label : a.labels) {
      List<double[]> runs = new ArrayList<>();
      for (RunRecord r : a.select(r -> r.label().equals(label) && r.isValid()
          && (group == null || Analysis.group(r).equals(group)))) {
        double[] t = trace(a, r);
        if (t.length > 0) {
          runs.add(t);
        }
      }
      traces.add(runs);
    }
    double[] times = samples(traces);
    double[][] means = new double[traces.size()][];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < traces.size(); s++) {
      means[s] = means(traces.get(s), times);
      for (double m : means[s]) {
        low = Double.isNaN(m) ? low : Math.min(low, m);
        high = Double.isNaN(m) ? high : Math.max(high, m);
      }
    }
    return draw(a, group, format, times, means, low, high);
  }

  /**
   * {@link #SAMPLES} log-spaced times from the decade below the first incumbent (at least
   * {@link #EARLIEST}) to the round value above the last run's end.
   */
  static double[] samples(List<List<double[]>> traces) {
    double first = Double.POSITIVE_INFINITY;
    double last = 0;
    for (List<double[]> runs : traces) {
      for (double[] t : runs) {
        first = Math.min(first, Math.max(t[0], EARLIEST));
        last = Math.max(last, t[t.length - 2]);
      }
    }
    double lo = Math.pow(10, Math.floor(Math.log10(Double.isFinite(first) ? first : 1)));
    double hi = Math.max(lo * 10, roundUp(Math.max(last, lo)));
    double[] times = new double[SAMPLES];
    for (int k = 0; k < SAMPLES; k++) {
      times[k] = lo * Math.pow(hi / lo, k / (SAMPLES - 1.0));
    }
    return times;
  }

  private static byte[] draw(Analysis a, String group, ImageFormat format, double[] times,
      double[][] means, double low, double high) {
    String what = a.gapMode ? "Gap" : "Objective";
    Chart chart = new Chart(format, Chart.Size.REPORT, what + " of the best incumbent over time"
        + (group == null ? "" : " (" + group + ")"), "mean over the valid runs that have an"
        + " incumbent by then (a run without one yet is missing); final result at the run's end",
        a.gapMode ? Math.min(0, low) : low, high);
    chart.yAxis(a.gapMode ? a.gapAxis() : "objective");
    double lo = times[0];
    double hi = times[times.length - 1];
    LogAxis axis = new LogAxis(lo, hi, chart);
    axis.draw();
    Canvas c = chart.canvas();
    for (int s = 0; s < means.length; s++) {
      double[] m = means[s];
      for (int k = 0; k + 1 < m.length; k++) {
        if (Double.isNaN(m[k])) {
          continue;
        }
        int j = k + 1;
        while (j + 1 < m.length && m[j] == m[k]) {
          j++;
        }
        double x1 = axis.x(times[j]);
        c.line(axis.x(times[k]), chart.y(m[k]), x1, chart.y(m[k]), Chart.colour(s), 2);
        if (!Double.isNaN(m[j]) && m[j] != m[k]) {
          c.line(x1, chart.y(m[k]), x1, chart.y(m[j]), Chart.colour(s), 2);
        }
        k = j - 1;
      }
      int end = m.length - 1;
      if (!Double.isNaN(m[end])) {
        chart.marker(s, axis.x(times[end]), chart.y(m[end]));
      }
    }
    chart.legend(a.labels, true);
    chart.xLabel("seconds (log scale)");
    return chart.encode();
  }

  /**
   * A run's incumbents as a flat array {@code [t0, v0, t1, v1, ...]}: times ascending, values the
   * measure of the best objective so far; empty when the run has nothing to plot.
   */
  static double[] trace(Analysis a, RunRecord r) {
    double[] out = bestSoFar(a, r);
    for (int i = 1; i < out.length; i += 2) {
      out[i] = a.measure(r, out[i]);
      if (Double.isNaN(out[i])) {
        return new double[0];
      }
    }
    return out;
  }

  /**
   * A run's incumbents and final objective (at its wall time) as a flat array {@code [t0, v0,
   * t1, v1, ...]}: times ascending, values the best objective so far.
   */
  static double[] bestSoFar(Analysis a, RunRecord r) {
    List<double[]> points = new ArrayList<>();
    r.trace().forEach(p -> points.add(new double[] {p.seconds(), p.objective()}));
    if (r.objective() != null) {
      points.add(new double[] {r.seconds(), r.objective()});
    }
    points.sort(Comparator.comparingDouble(p -> p[0]));
    double[] out = new double[2 * points.size()];
    double best = Double.NaN;
    for (int i = 0; i < points.size(); i++) {
      double v = points.get(i)[1];
      best = Double.isNaN(best) || a.better(v, best) ? v : best;
      out[2 * i] = points.get(i)[0];
      out[2 * i + 1] = best;
    }
    return out;
  }

  /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code t}. */
  static double roundUp(double t) {
    double power = Math.pow(10, Math.floor(Math.log10(t)));
    for (double f : new double[] {1, 2, 5}) {
      if (f * power >= t * (1 - 1e-12)) {
        return f * power;
      }
    }
    return 10 * power;
  }

  /** The mean at each time over the runs that have an incumbent by then; NaN where none has. */
  static double[] means(List<double[]> runs, double[] times) {
    double[] sum = new double[times.length];
    int[] count = new int[times.length];
    for (double[] run : runs) {
      int p = -1;
      for (int k = 0; k < times.length; k++) {
        while (p + 1 < run.length / 2 && Math.max(run[2 * (p + 1)], times[0]) <= times[k]) {
          p++;
        }
        if (p >= 0) {
          sum[k] += run[2 * p + 1];
          count[k]++;
        }
      }
    }
    double[] mean = new double[times.length];
    for (int k = 0; k < times.length; k++) {
      mean[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
    }
    return mean;
  }

  /** A base-10 logarithmic x axis over {@code chart}'s plot area. */
  record LogAxis(double lo, double hi, Chart chart) {
    double x(double t) {
      return chart.left() + chart.plotWidth() * Math.log(t / lo) / Math.log(hi / lo);
    }

    void draw() {
      double bottom = chart.bottom();
      Canvas c = chart.canvas();
      for (double d = lo; d <= hi * 1.0001; d *= 10) {
        c.line(x(d), chart.top(), x(d), bottom, Rgb.LIGHT_GREY, 1);
        c.line(x(d), bottom, x(d), bottom + 5, Rgb.GREY, 1);
        c.text(x(d), bottom + 18, seconds(d), 11, false, Rgb.GREY, Anchor.MIDDLE);
        for (int m = 2; m <= 9 && d * m < hi * 0.9999; m++) {
          c.line(x(d * m), bottom, x(d * m), bottom + 3, Rgb.GREY, 1);
        }
      }
      double top = lo * Math.pow(10, Math.floor(Math.log10(hi / lo) + 1e-9));
      if (hi > top * 1.0001) {
        c.line(x(hi), bottom, x(hi), bottom + 5, Rgb.GREY, 1);
        c.text(x(hi), bottom + 18, seconds(hi), 11, false, Rgb.GREY, Anchor.MIDDLE);
      }
    }

    private static String seconds(double d) {
      return d >= 1 ? String.format(Locale.ROOT, "%.0f", d)
          : String.format(Locale.ROOT, "%." + (int) Math.ceil(-Math.log10(d) - 1e-9) + "f", d);
    }
  }
}
