package org.allot.problem.coverage;

import java.nio.file.Path;
import java.util.Locale;

/** Text helpers shared by the coverage formats. */
final class CoverageText {
  private CoverageText() {}

  /** The default horizon of a density CSV without a {@code horizon} setting (SubPO's H). */
  static final int DEFAULT_HORIZON = 40;

  /** A weight in its shortest exact form: {@code 3} for an integral value, else Java's form. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : Double.toString(v);
  }

  /** The footprint as a CSV setting value: {@code square 2} or {@code disk 1.5}. */
  static String footprint(Footprint f) {
    return switch (f) {
      case Footprint.Square s -> "square " + s.size();
      case Footprint.Disk d -> "disk " + number(d.radius());
    };
  }

  /** The lower-case extension without the dot, or {@code ""}. */
  static String extension(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension. */
  static String stem(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot <= 0 ? f : f.substring(0, dot);
  }
}
