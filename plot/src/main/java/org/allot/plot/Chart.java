package org.allot.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A chart frame shared by the plots of several modules (the benchmark report, learning curves):
 * a title and a subtitle, a plot area with a linear y axis (ticks, grid lines and a label), a
 * legend column on the right, and one colour and marker shape per series. Each plot draws its
 * own x axis and data on {@link #canvas()} within {@link #left()}..{@link #right()} and
 * {@link #top()}..{@link #bottom()}. Coordinates in pixels. Not thread-safe.
 */
public final class Chart {
  private static final int LEFT = 80;
  private static final int TOP = 70;
  private static final int BOTTOM = 64;
  private static final Rgb[] PALETTE = {new Rgb(31, 119, 180), new Rgb(255, 127, 14),
      new Rgb(44, 160, 44), new Rgb(214, 39, 40), new Rgb(148, 103, 189),
      new Rgb(140, 86, 75), new Rgb(227, 119, 194), new Rgb(127, 127, 127),
      new Rgb(188, 189, 34), new Rgb(23, 190, 207)};

  /**
   * A frame's size in pixels: the whole picture and the legend column on its right; the plot
   * area is what the margins (80 left, 70 top, 64 bottom) and the legend leave.
   *
   * @param width the picture's width
   * @param height the picture's height
   * @param legend the legend column's width
   */
  public record Size(int width, int height, int legend) {
    /** The benchmark report's plots: 960 x 520 with a 210-pixel legend for solver labels. */
    public static final Size REPORT = new Size(960, 520, 210);

    /** @throws IllegalArgumentException when no plot area is left */
    public Size {
      if (legend < 0 || width - LEFT - legend < 1 || height - TOP - BOTTOM < 1) {
        throw new IllegalArgumentException("a chart of " + width + " x " + height + " with a "
            + legend + "-pixel legend leaves no plot area; give at least " + (LEFT + legend + 1)
            + " x " + (TOP + BOTTOM + 1) + " pixels");
      }
    }
  }

  private final Canvas canvas;
  private final Size size;
  private final double yLow;
  private final double yHigh;

  /**
   * A frame with a title, a subtitle and a y axis that shows at least {@code [low, high]},
   * widened to round ticks; when {@code high} is not above {@code low} (one value, or none:
   * NaN or infinite bounds), a small range around it.
   */
  public Chart(ImageFormat format, Size size, String title, String subtitle, double low,
      double high) {
    this.size = Objects.requireNonNull(size, "size");
    canvas = format.canvas(size.width(), size.height());
    canvas.text(LEFT, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    canvas.text(LEFT, 46, subtitle, 12, false, Rgb.GREY, Anchor.START);
    if (!(high > low)) {
      double pad = Double.isFinite(low) && low != 0 ? Math.abs(low) * 0.1 : 1;
      low = Double.isFinite(low) ? low - pad : 0;
      high = low + 2 * pad;
    }
    double step = Ticks.decimalStep(high - low, 6);
    yLow = Math.floor(low / step) * step;
    yHigh = Math.ceil(high / step) * step;
    canvas.rect(LEFT, TOP, plotWidth(), plotHeight(), Rgb.WHITE, Rgb.LIGHT_GREY);
  }

  /** The surface to draw the x axis and the data on. */
  public Canvas canvas() {
    return canvas;
  }

  /** The plot area's left edge. */
  public double left() {
    return LEFT;
  }

  /** The plot area's right edge; the legend column starts 16 pixels right of it. */
  public double right() {
    return LEFT + plotWidth();
  }

  /** The plot area's top edge. */
  public double top() {
    return TOP;
  }

  /** The plot area's bottom edge, where the x axis goes. */
  public double bottom() {
    return TOP + plotHeight();
  }

  /** The plot area's width. */
  public double plotWidth() {
    return size.width() - LEFT - size.legend();
  }

  /** The plot area's height. */
  public double plotHeight() {
    return size.height() - TOP - BOTTOM;
  }

  /** The lowest value the y axis shows. */
  public double low() {
    return yLow;
  }

  /** The highest value the y axis shows. */
  public double high() {
    return yHigh;
  }

  /** The pixel row of value {@code v}. */
  public double y(double v) {
    return TOP + plotHeight() * (1 - (v - yLow) / (yHigh - yLow));
  }

  /** Ticks, grid lines and the axis label above the axis. */
  public void yAxis(String label) {
    double step = Ticks.decimalStep(yHigh - yLow, 6);
    for (int k = 0; yLow + k * step <= yHigh + step * 1e-6; k++) {
      double v = yLow + k * step;
      canvas.line(LEFT, y(v), right(), y(v), Rgb.LIGHT_GREY, 1);
      canvas.line(LEFT - 4, y(v), LEFT, y(v), Rgb.GREY, 1);
      canvas.text(LEFT - 6, y(v) + 4, Ticks.label(v, step), 11, false, Rgb.GREY, Anchor.END);
    }
    canvas.text(LEFT - 6, TOP - 8, label, 12, true, Rgb.BLACK, Anchor.START);
  }

  /** The x axis label, centred below the plot area. */
  public void xLabel(String label) {
    canvas.text(LEFT + plotWidth() / 2, size.height() - 14, label, 12, true, Rgb.BLACK,
        Anchor.MIDDLE);
  }

  /** The legend: one marker and name per series (with a line through it if {@code lines}). */
  public void legend(List<String> names, boolean lines) {
    double x = right() + 16;
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

  /** The colour of series {@code s}: ten well-separated colours, then {@link Rgb#distinct}. */
  public static Rgb colour(int s) {
    return s < PALETTE.length ? PALETTE[s] : Rgb.distinct(s);
  }

  /** The marker of series {@code s} centred at (x, y): square, cross, triangle, plus, diamond. */
  public void marker(int s, double x, double y) {
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

  /**
   * The finished picture, encoded in the canvas's format.
   *
   * @throws UncheckedIOException when the encoder fails (no PNG writer in this runtime)
   */
  public byte[] encode() {
    try {
      return canvas.encode();
    } catch (IOException e) {
      throw new UncheckedIOException("the picture could not be encoded", e);
    }
  }
}
