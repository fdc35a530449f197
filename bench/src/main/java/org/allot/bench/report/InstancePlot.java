package org.allot.bench.report;

import java.util.List;
import org.allot.bench.suite.RunRecord;
import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Chart;
import org.allot.plot.ImageFormat;
import org.allot.plot.Rgb;

/**
 * The plot of the measure per instance: x = the instances in report order (grouped, groups
 * separated by a vertical line and named at the top), y = the gap to the best-known value in %
 * (or the objective for families without best-known values), one marker series per solver
 * label. A marker is the mean over the label's valid runs on the instance (seeds and
 * repetitions); no valid run, no marker.
 */
final class InstancePlot {
  private InstancePlot() {}

  /** The plot in {@code format}. */
  static byte[] draw(Analysis a, ImageFormat format) {
    List<Analysis.Instance> instances = a.instances;
    double[][] values = new double[a.labels.size()][instances.size()];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < a.labels.size(); s++) {
      for (int i = 0; i < instances.size(); i++) {
        values[s][i] = value(a, a.labels.get(s), instances.get(i).key());
        if (!Double.isNaN(values[s][i])) {
          low = Math.min(low, values[s][i]);
          high = Math.max(high, values[s][i]);
        }
      }
    }
    String measure = a.gapMode ? a.gapAxis() : "objective";
    Chart chart = new Chart(format, Chart.Size.REPORT,
        a.gapMode ? "Gap per instance" : "Objective per instance",
        "mean over the valid runs (seeds, repetitions) of each solver; no marker: no valid run",
        a.gapMode ? Math.min(0, low) : low, high);
    chart.yAxis(measure);
    double w = chart.plotWidth() / Math.max(1, instances.size());
    xAxis(chart, instances, w);
    for (int s = 0; s < a.labels.size(); s++) {
      double shift = a.labels.size() == 1 ? 0
          : (s - (a.labels.size() - 1) / 2.0) * Math.min(3, w / (a.labels.size() + 1));
      for (int i = 0; i < instances.size(); i++) {
        if (!Double.isNaN(values[s][i])) {
          chart.marker(s, chart.left() + (i + 0.5) * w + shift, chart.y(values[s][i]));
        }
      }
    }
    chart.legend(a.labels, false);
    chart.xLabel("instance");
    return chart.encode();
  }

  private static double value(Analysis a, String label, String instance) {
    return Stats.mean(a.select(r -> r.label().equals(label)
            && Analysis.instanceKey(r).equals(instance)).stream()
        .mapToDouble(a::measure).filter(v -> !Double.isNaN(v)).toArray());
  }

  private static void xAxis(Chart chart, List<Analysis.Instance> instances, double w) {
    int longest = instances.stream().mapToInt(i -> i.name().length()).max().orElse(1);
    int stride = (int) Math.max(1, Math.ceil((longest * 6.6 + 8) / w));
    double bottom = chart.bottom();
    Canvas c = chart.canvas();
    for (int i = 0; i < instances.size(); i++) {
      double x = chart.left() + (i + 0.5) * w;
      double edge = chart.left() + i * w;
      boolean first = i == 0 || !instances.get(i - 1).group().equals(instances.get(i).group());
      if (first && i > 0) {
        c.line(edge, chart.top(), edge, bottom, Rgb.GREY, 1);
      }
      if (first && instances.stream().map(Analysis.Instance::group).distinct().count() > 1) {
        c.text(edge + 3, chart.top() + 12, instances.get(i).group(), 10, false, Rgb.GREY,
            Anchor.START);
      }
      if (i % stride == 0) {
        c.line(x, bottom, x, bottom + 4, Rgb.GREY, 1);
        c.text(x, bottom + 17, instances.get(i).name(), 11, false, Rgb.GREY, Anchor.MIDDLE);
      }
    }
  }

  /** Whether any record has a value to plot. */
  static boolean hasData(Analysis a) {
    return a.results.records().stream().anyMatch(RunRecord::isValid);
  }
}
