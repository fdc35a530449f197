package org.allot.bench.report;

import java.util.List;
import java.util.Locale;
import org.allot.cli.plot.Anchor;
import org.allot.cli.plot.Canvas;
import org.allot.cli.plot.ImageFormat;
import org.allot.cli.plot.Rgb;

/**
 * The frame shared by the report's plots: a title, a plot area with a linear y axis (ticks,
 * grid lines and a label), a legend of solver labels on the right, and one marker shape and
 * colour per series. The x axis is drawn by each plot. Coordinates in pixels. Not thread-safe.
 */
final class Chart {
  static final int WIDTH = 960;
  static final int HEIGHT = 520;
  static final int LEFT = 80;
  static final int RIGHT = 210;
  static final int TOP = 70;
  static final int BOTTOM = 64;
  private static final Rgb[] PALETTE = {new Rgb(31, 119, 180), new Rgb(255, 127, 14),
      new Rgb(44, 160, 44), new Rgb(214, 39, 40), new Rgb(148, 103, 189),
      new Rgb(140, 86, 75), new Rgb(227, 119, 194), new Rgb(127, 127, 127),
      new Rgb(188, 189, 34), new Rgb(23, 190, 207)};

  final Canvas canvas;
  private double yLow;
  private double yHigh;

  /** A frame with a title, a subtitle and the y values {@code [low, high]} to show. */
  Chart(ImageFormat format, String title, String subtitle, double low, double high) {
    canvas = format.canvas(WIDTH, HEIGHT);
    canvas.text(LEFT, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    canvas.text(LEFT, 46, subtitle, 12, false, Rgb.GREY, Anchor.START);
    if (!(high > low)) {
      double pad = Double.isFinite(low) && low != 0 ? Math.abs(low) * 0.1 : 1;
      low = Double.isFinite(low) ? low - pad : 0;
      high = low + 2 * pad;
    }
    double step = step(high - low, 6);
    yLow = Math.floor(low / step) * step;
    yHigh = Math.ceil(high / step) * step;
    canvas.rect(LEFT, TOP, plotWidth(), plotHeight(), Rgb.WHITE, Rgb.LIGHT_GREY);
  }

  static double plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  static double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  /** The pixel row of value {@code v}. */
  double y(double v) {
    return TOP + plotHeight() * (1 - (v - yLow) / (yHigh - yLow));
  }

  /** Ticks, grid lines and the axis label above the axis. */
  void yAxis(String label) {
    double step = step(yHigh - yLow, 6);
    int digits = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    for (int k = 0; yLow + k * step <= yHigh + step * 1e-6; k++) {
      double v = yLow + k * step;
      canvas.line(LEFT, y(v), LEFT + plotWidth(), y(v), Rgb.LIGHT_GREY, 1);
      canvas.line(LEFT - 4, y(v), LEFT, y(v), Rgb.GREY, 1);
      canvas.text(LEFT - 6, y(v) + 4, String.format(Locale.ROOT, "%." + digits + "f",
          v == 0 ? 0 : v), 11, false, Rgb.GREY, Anchor.END);
    }
    canvas.text(LEFT - 6, TOP - 8, label, 12, true, Rgb.BLACK, Anchor.START);
  }

  /** The x axis label, centred below the plot area. */
  void xLabel(String label) {
    canvas.text(LEFT + plotWidth() / 2, HEIGHT - 14, label, 12, true, Rgb.BLACK, Anchor.MIDDLE);
  }

  /** The legend: one marker and name per series, on the right. */
  void legend(List<String> names, boolean lines) {
    double x = LEFT + plotWidth() + 16;
    for (int s = 0; s < names.size(); s++) {
      double y = TOP + 8 + 20 * s;
      if (lines) {
        canvas.line(x - 6, y, x + 10, y, colour(s), 2);
      }
      marker(s, x + 2, y);
      String name = names.get(s);
      canvas.text(x + 18, y + 4, name.length() > 26 ? name.substring(0, 25) + "…" : name, 12,
          false, Rgb.BLACK, Anchor.START);
    }
  }

  /** The colour of series {@code s}. */
  static Rgb colour(int s) {
    return s < PALETTE.length ? PALETTE[s] : Rgb.distinct(s);
  }

  /** The marker of series {@code s} centred at (x, y): square, cross, triangle, plus, diamond. */
  void marker(int s, double x, double y) {
    Rgb c = colour(s);
    double r = 4;
    switch (s % 5) {
      case 0 -> canvas.rect(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1, c, c);
      case 1 -> {
        canvas.line(x - r, y - r, x + r, y + r, c, 2);
        canvas.line(x - r, y + r, x + r, y - r, c, 2);
      }
      case 2 -> {
        canvas.line(x - r, y + r, x + r, y + r, c, 1.6);
        canvas.line(x + r, y + r, x, y - r, c, 1.6);
        canvas.line(x, y - r, x - r, y + r, c, 1.6);
      }
      case 3 -> {
        canvas.line(x - r - 1, y, x + r + 1, y, c, 2);
        canvas.line(x, y - r - 1, x, y + r + 1, c, 2);
      }
      default -> {
        canvas.line(x - r, y, x, y - r, c, 1.6);
        canvas.line(x, y - r, x + r, y, c, 1.6);
        canvas.line(x + r, y, x, y + r, c, 1.6);
        canvas.line(x, y + r, x - r, y, c, 1.6);
      }
    }
  }

  /** The finished picture. */
  byte[] encode() {
    try {
      return canvas.encode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("the picture could not be encoded", e);
    }
  }

  /** A step of the form 1, 2 or 5 times a power of ten that cuts {@code span} into at most
   *  about {@code count} intervals. */
  static double step(double span, int count) {
    double raw = span / count;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (f * power >= raw * (1 - 1e-9)) {
        return f * power;
      }
    }
    return 10 * power;
  }
}
