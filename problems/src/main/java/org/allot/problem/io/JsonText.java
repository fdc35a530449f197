package org.allot.problem.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writing JSON by hand, as the families' Allot JSON formats do (deterministic, readable, no
 * library in the JDK-only module), and recognising such files by their head.
 */
public final class JsonText {
  private JsonText() {}

  /** Appends {@code s} as a JSON string literal, escaped. */
  public static StringBuilder quote(StringBuilder b, String s) {
    b.append('"');
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"');
  }

  /**
   * A finite number in its shortest round-trip form, integral values without a fraction
   * ({@code 3}, {@code 0.25}).
   *
   * @throws IllegalArgumentException for NaN or an infinity, which JSON cannot hold
   */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("JSON cannot hold the non-finite number " + v);
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : Double.toString(v);
  }

  /** Appends {@code v} as a JSON array of {@link #number}s on one line. */
  public static StringBuilder numbers(StringBuilder b, double[] v) {
    b.append('[');
    for (int k = 0; k < v.length; k++) {
      b.append(k == 0 ? "" : ", ").append(number(v[k]));
    }
    return b.append(']');
  }

  /**
   * Whether {@code file} looks like an Allot JSON instance of family {@code problemId}: a
   * {@code .json} name, {@code "problem": "ID"} in the head, and at least one of {@code keys}
   * (so that a result file of the family, which names the problem too, is not taken for an
   * instance).
   */
  public static boolean declaresInstance(Path file, String head, String problemId,
      String... keys) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") || !Pattern.compile("\"problem\"\\s*:\\s*\""
        + Pattern.quote(problemId) + "\"").matcher(head).find()) {
      return false;
    }
    for (String key : keys) {
      if (head.contains("\"" + key + "\"")) {
        return true;
      }
    }
    return false;
  }
}
