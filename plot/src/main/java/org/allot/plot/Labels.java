package org.allot.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Texts of a picture: numbers for people, and text fitted to a width. Stateless. */
final class Labels {
  private Labels() {}

  /** {@code v} with five significant digits at most, whole from 10,000 on: 1765.4, 0.53213. */
  static String number(double v) {
    if (!Double.isFinite(v) || Math.abs(v) >= 1e4) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros().toPlainString();
  }

  /** {@code text}, cut with an ellipsis to at most {@code width} pixels. */
  static String fit(Canvas c, String text, double width, double size) {
    if (c.textWidth(text, size) <= width) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && c.textWidth(cut + "\u2026", size) > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "\u2026";
  }

  /** Splits {@code text} at spaces into lines at most {@code width} pixels wide where it can. */
  static List<String> wrap(Canvas c, String text, double width, double size) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && c.textWidth(longer, size) > width) {
        lines.add(line);
        line = word;
      } else {
        line = longer;
      }
    }
    lines.add(line);
    return lines;
  }
}
