package org.allot.plot;

import java.util.Locale;

/**
 * An opaque colour.
 *
 * @param red 0..255
 * @param green 0..255
 * @param blue 0..255
 */
public record Rgb(int red, int green, int blue) {
  public static final Rgb BLACK = new Rgb(0, 0, 0);
  public static final Rgb WHITE = new Rgb(255, 255, 255);
  public static final Rgb GREY = new Rgb(128, 128, 128);
  public static final Rgb LIGHT_GREY = new Rgb(230, 230, 230);
  public static final Rgb RED = new Rgb(200, 30, 30);

  public Rgb {
    for (int c : new int[] {red, green, blue}) {
      if (c < 0 || c > 255) {
        throw new IllegalArgumentException("colour components must be in 0..255, got " + c);
      }
    }
  }

  /**
   * A colour from hue, saturation and lightness.
   *
   * @param hue in degrees, any value (taken modulo 360)
   * @param saturation 0..1
   * @param lightness 0..1
   */
  public static Rgb hsl(double hue, double saturation, double lightness) {
    double h = ((hue % 360) + 360) % 360 / 60;
    double c = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double x = c * (1 - Math.abs(h % 2 - 1));
    double m = lightness - c / 2;
    double[] rgb = switch ((int) h) {
      case 0 -> new double[] {c, x, 0};
      case 1 -> new double[] {x, c, 0};
      case 2 -> new double[] {0, c, x};
      case 3 -> new double[] {0, x, c};
      case 4 -> new double[] {x, 0, c};
      default -> new double[] {c, 0, x};
    };
    return new Rgb(channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
  }

  private static int channel(double v) {
    return (int) Math.round(Math.clamp(v, 0, 1) * 255);
  }

  /**
   * The {@code index}-th of a sequence of distinct colours: hues step by the golden angle, so
   * neighbours differ strongly and any prefix is spread over the colour wheel; lightness
   * alternates in three levels to separate hues that come back close.
   */
  public static Rgb distinct(int index) {
    double hue = index * 137.50776405;
    double lightness = switch (index % 3) {
      case 0 -> 0.62;
      case 1 -> 0.72;
      default -> 0.52;
    };
    return hsl(hue, 0.65, lightness);
  }

  /** The CSS form {@code #rrggbb}. */
  public String hex() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }
}
