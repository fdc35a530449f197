package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link Canvas} and its two formats, {@link SvgCanvas} and {@link PngCanvas}. */
class CanvasTest {
  private static final double[] XS = {10, 40, 40};
  private static final double[] YS = {10, 10, 30};

  private static void drawAll(Canvas c) {
    c.rect(1, 2, 30, 20, Rgb.WHITE, Rgb.GREY);
    c.line(0, 0, 50, 50, Rgb.RED, 2);
    c.polygon(XS, YS, Rgb.distinct(3), 0.25);
    c.text(25, 25, "a < b & \"c\"", 12, true, Rgb.BLACK, Anchor.MIDDLE);
  }

  @Test
  void svgHoldsEveryShapeWithEscapedText() throws IOException {
    Canvas c = ImageFormat.SVG.canvas(60, 40);
    drawAll(c);
    String svg = new String(c.encode(), StandardCharsets.UTF_8);
    assertTrue(svg.contains("<polygon points=\"10.00,10.00 40.00,10.00 40.00,30.00\""), svg);
    assertTrue(svg.contains("fill-opacity=\"0.25\""), svg);
    assertTrue(svg.contains("a &lt; b &amp; &quot;c&quot;"), svg);
    assertTrue(svg.contains("width=\"60\" height=\"40\""), svg);
  }

  @Test
  void pngEncodesEveryShape() throws IOException {
    Canvas c = ImageFormat.PNG.canvas(60, 40);
    drawAll(c);
    assertEquals(60, c.width());
    byte[] png = c.encode();
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
  }

  @Test
  void badPolygonsAndSizesAreRefused() {
    for (ImageFormat f : ImageFormat.values()) {
      Canvas c = f.canvas(10, 10);
      assertThrows(IllegalArgumentException.class,
          () -> c.polygon(XS, new double[] {1}, Rgb.RED, 0.5));
      assertThrows(IllegalArgumentException.class, () -> c.polygon(XS, YS, Rgb.RED, 1.5));
      assertThrows(IllegalArgumentException.class, () -> f.canvas(0, 10));
    }
  }

  @Test
  void formatsAreFoundByExtension() {
    assertEquals(ImageFormat.PNG, ImageFormat.forFile(Path.of("a/B.PNG")).orElseThrow());
    assertTrue(ImageFormat.forFile(Path.of("a.gif")).isEmpty());
    assertEquals(".svg, .png", ImageFormat.extensions());
  }

  @Test
  void coloursValidateAndPrintAsHex() {
    assertEquals("#c81e1e", Rgb.RED.hex());
    assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
    assertEquals(new Rgb(255, 0, 0), Rgb.hsl(360, 1, 0.5));
  }
}
