package org.allot.plot;

import java.io.IOException;

/**
 * A minimal drawing surface shared by every picture Allot draws (Gantt charts, route maps,
 * memory layouts, report plots, learning curves), so that each picture is written once for every
 * image format.
 * Coordinates are in pixels, origin at the top left, y pointing down. Not thread-safe.
 */
public interface Canvas {
  /** The width in pixels. */
  int width();

  /** The height in pixels. */
  int height();

  /** A filled rectangle with a one-pixel outline in {@code outline}. */
  void rect(double x, double y, double w, double h, Rgb fill, Rgb outline);

  /**
   * A filled polygon without outline, see-through by {@code opacity}: for bands such as the
   * spread of several runs around their mean.
   *
   * @param xs the corners' x, in order
   * @param ys the corners' y, as many as {@code xs}
   * @param opacity 0 (invisible) to 1 (opaque)
   * @throws IllegalArgumentException when the arrays differ in length or the opacity is outside
   *     0..1
   */
  void polygon(double[] xs, double[] ys, Rgb fill, double opacity);

  /** Checks {@link #polygon}'s arguments. */
  static void checkPolygon(double[] xs, double[] ys, double opacity) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("a polygon needs as many ys as xs, got " + xs.length
          + " xs and " + ys.length + " ys");
    }
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("opacity must be in 0..1, got " + opacity);
    }
  }

  /** A straight line {@code width} pixels wide. */
  void line(double x1, double y1, double x2, double y2, Rgb color, double width);

  /**
   * A line of text.
   *
   * @param x the anchor point's x
   * @param y the baseline's y
   * @param size the font size in pixels
   * @param bold whether the text is bold
   */
  void text(double x, double y, String text, double size, boolean bold, Rgb color,
      Anchor anchor);

  /** An estimate of the width of {@code text} at {@code size}, in pixels, for layout. */
  default double textWidth(String text, double size) {
    return 0.6 * size * text.length();
  }

  /** The finished picture, encoded in the canvas's file format. */
  byte[] encode() throws IOException;
}
