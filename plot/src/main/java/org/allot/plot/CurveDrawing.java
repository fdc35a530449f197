package org.allot.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link LearningCurvePlot} from its series' statistics on a {@link Chart}: a linear x
 * axis, bands under lines, lines in reverse order so that the first series lies on top, markers
 * on series of few points, and a legend with a second line per series. One use. Not thread-safe.
 */
final class CurveDrawing {
  /** The picture: 980 x 560 with a legend wide enough for a description per series. */
  static final Chart.Size SIZE = new Chart.Size(980, 560, 290);
  /** Series with at most this many points get a marker at each. */
  private static final int MARKERS = 60;
  private static final double BAND_OPACITY = 0.18;

  private final LearningCurvePlot plot;
  private final List<CurveStats> stats;
  private final Map<Path, CurveTable> tables;
  private final double[] data = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
  private Chart chart;
  private double x0;
  private double x1;

  CurveDrawing(LearningCurvePlot plot, List<CurveStats> stats, Map<Path, CurveTable> tables) {
    this.plot = plot;
    this.stats = stats;
    this.tables = tables;
  }

  byte[] draw(ImageFormat format) {
    double[] y = ranges();
    chart = new Chart(format, SIZE, plot.title, subtitle(), y[0], y[1]);
    chart.yAxis(plot.yLabel);
    xAxis();
    chart.xLabel(plot.x);
    Canvas c = chart.canvas();
    if (data[0] <= plot.divider && plot.divider <= data[1]) {
      double at = px(plot.divider);
      c.line(at, chart.top(), at, chart.bottom(), Rgb.GREY, 1);
      c.text(at, chart.top() - 6, plot.dividerLabel, 11, false, Rgb.GREY, Anchor.MIDDLE);
    }
    if (Double.isFinite(plot.reference)) {
      dashed(c, chart.left(), chart.right(), chart.y(plot.reference));
    }
    for (int s = stats.size() - 1; s >= 0; s--) {
      if (stats.get(s).band(plot.spread)) {
        band(s);
      }
    }
    for (int s = stats.size() - 1; s >= 0; s--) {
      lines(s);
    }
    legend();
    return chart.encode();
  }

  /** Whether series {@code s} is drawn as one line per run rather than as its mean. */
  private boolean perRun(int s) {
    return plot.spread == LearningCurvePlot.Spread.RUNS && stats.get(s).runs().size() > 1;
  }

  /** The x range of the data into {@link #data}, the frame's x range, and the y range. */
  private double[] ranges() {
    double[] y = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int s = 0; s < stats.size(); s++) {
      CurveStats st = stats.get(s);
      if (perRun(s)) {
        st.runs().forEach(r -> cover(r.x(), r.y(), y));
      } else {
        cover(st.x(), st.low(), y);
        cover(st.x(), st.high(), y);
      }
    }
    if (Double.isFinite(plot.reference)) {
      y[0] = Math.min(y[0], plot.reference);
      y[1] = Math.max(y[1], plot.reference);
    }
    double lo = data[0] <= data[1] ? data[0] : 0;
    double hi = data[0] <= data[1] ? data[1] : 1;
    if (hi == lo) {
      lo -= 1;
      hi += 1;
    }
    x0 = lo - (hi - lo) * 0.015;
    x1 = hi + (hi - lo) * 0.015;
    double pad = y[1] > y[0] ? (y[1] - y[0]) * 0.03 : 0;
    return new double[] {y[0] - pad, y[1] + pad};
  }

  private void cover(double[] xs, double[] ys, double[] y) {
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(ys[i])) {
        data[0] = Math.min(data[0], xs[i]);
        data[1] = Math.max(data[1], xs[i]);
        y[0] = Math.min(y[0], ys[i]);
        y[1] = Math.max(y[1], ys[i]);
      }
    }
  }

  private double px(double x) {
    return chart.left() + (x - x0) / (x1 - x0) * chart.plotWidth();
  }

  /** Tick marks and labels below the plot area; whole steps when every x is whole. */
  private void xAxis() {
    boolean whole = stats.stream().allMatch(st -> Arrays.stream(st.x())
        .allMatch(v -> v == Math.rint(v)));
    double step = Ticks.decimalStep(x1 - x0, 10);
    if (whole) {
      step = Math.max(step, 1);
    }
    Canvas c = chart.canvas();
    double bottom = chart.bottom();
    for (long k = (long) Math.ceil(x0 / step); k * step <= x1; k++) {
      double v = k * step;
      c.line(px(v), bottom, px(v), bottom + 4, Rgb.GREY, 1);
      c.text(px(v), bottom + 17, Ticks.label(v, step), 11, false, Rgb.GREY, Anchor.MIDDLE);
    }
  }

  /** The band of series {@code s}: one polygon per stretch of finite means. */
  private void band(int s) {
    CurveStats st = stats.get(s);
    int i = 0;
    while (i < st.x().length) {
      if (!Double.isFinite(st.mean()[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < st.x().length && Double.isFinite(st.mean()[j + 1])) {
        j++;
      }
      int n = j - i + 1;
      double[] xs = new double[2 * n];
      double[] ys = new double[2 * n];
      for (int k = 0; k < n; k++) {
        xs[k] = px(st.x()[i + k]);
        ys[k] = chart.y(st.high()[i + k]);
        xs[2 * n - 1 - k] = xs[k];
        ys[2 * n - 1 - k] = chart.y(st.low()[i + k]);
      }
      chart.canvas().polygon(xs, ys, Chart.colour(s), BAND_OPACITY);
      i = j + 1;
    }
  }

  private void lines(int s) {
    CurveStats st = stats.get(s);
    double width = st.series().emphasised() ? 2.8 : 1.6;
    if (perRun(s)) {
      st.runs().forEach(r -> polyline(s, r.x(), r.y(), width / 2, false));
    } else {
      polyline(s, st.x(), st.mean(), width, markers(s));
    }
  }

  /** Whether series {@code s} has a marker at each point: a mean line of few points. */
  private boolean markers(int s) {
    return !perRun(s)
        && Arrays.stream(stats.get(s).mean()).filter(Double::isFinite).count() <= MARKERS;
  }

  /** A polyline broken at NaN values, with a marker at each point if {@code markers}. */
  private void polyline(int s, double[] xs, double[] ys, double width, boolean markers) {
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(ys[i])) {
        continue;
      }
      if (i > 0 && Double.isFinite(ys[i - 1])) {
        chart.canvas().line(px(xs[i - 1]), chart.y(ys[i - 1]), px(xs[i]), chart.y(ys[i]),
            Chart.colour(s), width);
      }
      if (markers) {
        chart.marker(s, px(xs[i]), chart.y(ys[i]));
      }
    }
  }

  /** A horizontal dashed red line: Canvas has no dash pattern. */
  private static void dashed(Canvas c, double from, double to, double y) {
    for (double x = from; x < to; x += 10) {
      c.line(x, y, Math.min(x + 6, to), y, Rgb.RED, 1.4);
    }
  }

  /** The legend column: one entry per series, then the reference line's. */
  private void legend() {
    double x = chart.right() + 22;
    double y = chart.top() + 8;
    for (int s = 0; s < stats.size(); s++) {
      y = entry(s, x, y);
    }
    if (Double.isFinite(plot.reference)) {
      Canvas c = chart.canvas();
      dashed(c, x - 6, x + 18, y);
      for (String part : Labels.wrap(c, plot.referenceLabel, room(x), 12)) {
        c.text(x + 28, y + 4, part, 12, false, Rgb.BLACK, Anchor.START);
        y += 15;
      }
      c.text(x + 28, y + 4, "reference " + plot.yLabel + " " + Labels.number(plot.reference), 11,
          false, Rgb.GREY, Anchor.START);
    }
  }

  /** The legend entry of series {@code s} at ({@code x}, {@code y}); returns the next y. */
  private double entry(int s, double x, double y) {
    Canvas c = chart.canvas();
    CurveStats st = stats.get(s);
    CurveSeries series = st.series();
    if (st.band(plot.spread)) {
      c.polygon(new double[] {x - 6, x + 18, x + 18, x - 6},
          new double[] {y - 6, y - 6, y + 6, y + 6}, Chart.colour(s), BAND_OPACITY);
    }
    c.line(x - 6, y, x + 18, y, Chart.colour(s), series.emphasised() ? 2.8 : 1.6);
    if (markers(s)) {
      chart.marker(s, x + 6, y);
    }
    c.text(x + 28, y + 4, Labels.fit(c, series.label(), room(x), 12), 12, series.emphasised(),
        Rgb.BLACK, Anchor.START);
    List<String> notes = series.description().isEmpty() ? notes(st)
        : Labels.wrap(c, series.description(), room(x), 11);
    double line = y + 19;
    for (String note : notes) {
      c.text(x + 28, line, Labels.fit(c, note, room(x), 11), 11, false, Rgb.GREY, Anchor.START);
      line += 15;
    }
    return line + (notes.isEmpty() ? 5 : 8);
  }

  /** The width left for legend text that starts right of a swatch at {@code x}. */
  private static double room(double x) {
    return SIZE.width() - x - 34;
  }

  /** The legend's lines under a series without description: its column, its runs. */
  private List<String> notes(CurveStats st) {
    List<String> parts = new ArrayList<>();
    if (!st.series().column().equals(st.series().label())) {
      parts.add(st.series().column());
    }
    int n = st.runs().size();
    if (n > 1) {
      parts.add(switch (plot.spread) {
        case RUNS -> n + " runs";
        case MEAN -> "mean of " + n + " runs";
        case MIN_MAX -> "mean of " + n + " runs, band min to max";
        case STD_DEV -> "mean of " + n + " runs, band \u00b1 1 sd";
      });
    }
    return parts;
  }

  /** The given subtitle, or the source file (or how runs combine) and the best value. */
  private String subtitle() {
    if (plot.subtitle != null) {
      return plot.subtitle;
    }
    List<String> parts = new ArrayList<>();
    if (tables.size() == 1) {
      CurveTable t = tables.values().iterator().next();
      parts.add(name(t.file()) + ": " + t.rows() + " rows");
    } else if (stats.stream().anyMatch(st -> st.runs().size() > 1)) {
      parts.add(switch (plot.spread) {
        case RUNS -> "one line per run";
        case MEAN -> "lines: mean over the runs at each " + plot.x;
        case MIN_MAX -> "lines: mean over the runs at each " + plot.x
            + "; bands: lowest to highest run";
        case STD_DEV -> "lines: mean over the runs at each " + plot.x
            + "; bands: \u00b1 1 standard deviation";
      });
    }
    CurveStats first = stats.getFirst();
    int best = plot.goal == LearningCurvePlot.Goal.NONE ? -1
        : first.best(plot.goal == LearningCurvePlot.Goal.LOWER);
    if (best >= 0) {
      parts.add("best " + first.series().label() + " " + Labels.number(first.mean()[best]) + " at "
          + plot.x + " " + Labels.number(first.x()[best]));
    }
    return String.join("; ", parts);
  }

  /** The file's folder and name, such as {@code seed-1/learning-curve.csv}. */
  private static String name(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    Path folder = parent == null ? null : parent.getFileName();
    return String.valueOf(folder == null ? file.getFileName() : folder.resolve(file.getFileName()));
  }
}
