package org.allot.plot;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A {@link Canvas} that paints a PNG image with Java2D (headless). Not thread-safe. */
public final class PngCanvas implements Canvas {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final BufferedImage image;
  private final Graphics2D g;

  /** An empty white canvas of {@code width} x {@code height} pixels. */
  public PngCanvas(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("canvas size must be positive, got " + width + " x "
          + height);
    }
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  @Override
  public int width() {
    return image.getWidth();
  }

  @Override
  public int height() {
    return image.getHeight();
  }

  private static Color awt(Rgb c) {
    return new Color(c.red(), c.green(), c.blue());
  }

  @Override
  public void rect(double x, double y, double w, double h, Rgb fill, Rgb outline) {
    Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
    g.setColor(awt(fill));
    g.fill(r);
    g.setColor(awt(outline));
    g.setStroke(new BasicStroke(1f));
    g.draw(r);
  }

  @Override
  public void polygon(double[] xs, double[] ys, Rgb fill, double opacity) {
    Canvas.checkPolygon(xs, ys, opacity);
    if (xs.length == 0) {
      return;
    }
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    path.closePath();
    Composite before = g.getComposite();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
    g.setColor(awt(fill));
    g.fill(path);
    g.setComposite(before);
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Rgb color, double lineWidth) {
    g.setColor(awt(color));
    g.setStroke(new BasicStroke((float) lineWidth));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void text(double x, double y, String text, double size, boolean bold, Rgb color,
      Anchor anchor) {
    g.setFont(font(size, bold));
    double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double left = switch (anchor) {
      case START -> x;
      case MIDDLE -> x - w / 2;
      case END -> x - w;
    };
    g.setColor(awt(color));
    g.drawString(text, (float) left, (float) y);
  }

  @Override
  public double textWidth(String text, double size) {
    g.setFont(font(size, false));
    return g.getFontMetrics().getStringBounds(text, g).getWidth();
  }

  private static Font font(double size, boolean bold) {
    return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }

  @Override
  public byte[] encode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("this Java runtime has no PNG writer");
    }
    return out.toByteArray();
  }
}
