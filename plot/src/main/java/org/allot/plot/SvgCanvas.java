package org.allot.plot;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A {@link Canvas} that builds an SVG document. Not thread-safe. */
public final class SvgCanvas implements Canvas {
  private final int width;
  private final int height;
  private final StringBuilder body = new StringBuilder();

  /** An empty white canvas of {@code width} x {@code height} pixels. */
  public SvgCanvas(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("canvas size must be positive, got " + width + " x "
          + height);
    }
    this.width = width;
    this.height = height;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void rect(double x, double y, double w, double h, Rgb fill, Rgb outline) {
    body.append(String.format(Locale.ROOT,
        "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"%s\""
            + " stroke-width=\"1\"/>%n", x, y, w, h, fill.hex(), outline.hex()));
  }

  @Override
  public void polygon(double[] xs, double[] ys, Rgb fill, double opacity) {
    Canvas.checkPolygon(xs, ys, opacity);
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(String.format(Locale.ROOT, i == 0 ? "%.2f,%.2f" : " %.2f,%.2f", xs[i],
          ys[i]));
    }
    body.append(String.format(Locale.ROOT,
        "<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"none\"/>%n",
        points, fill.hex(), opacity));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Rgb color, double lineWidth) {
    body.append(String.format(Locale.ROOT,
        "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\""
            + " stroke-width=\"%.2f\"/>%n", x1, y1, x2, y2, color.hex(), lineWidth));
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, Rgb color,
      Anchor anchor) {
    String a = switch (anchor) {
      case START -> "start";
      case MIDDLE -> "middle";
      case END -> "end";
    };
    body.append(String.format(Locale.ROOT,
        "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\"%s fill=\"%s\" text-anchor=\"%s\">%s"
            + "</text>%n", x, y, size, bold ? " font-weight=\"bold\"" : "", color.hex(), a,
        escape(text)));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public byte[] encode() {
    String doc = String.format(Locale.ROOT,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n%s</svg>%n",
        width, height, width, height, body);
    return doc.getBytes(StandardCharsets.UTF_8);
  }
}
