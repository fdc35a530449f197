package org.allot.problem.jobshop;

import java.nio.file.Path;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner.Line;

/** Helpers shared by the job-shop formats. */
final class JobShopFiles {
  private JobShopFiles() {}

  static String extension(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  static String stem(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot <= 0 ? f : f.substring(0, dot);
  }

  /**
   * Parses a header line {@code n m [more numbers]}.
   *
   * @param moreAllowed whether numbers after {@code n m} are allowed (Taillard: seeds, bounds)
   */
  static int[] header(Line header, boolean moreAllowed) throws InstanceFormatException {
    if (header.size() < 2 || (!moreAllowed && header.size() > 2)) {
      throw header.errorAt(Math.min(header.size(), 2), "expected a header line 'jobs machines'"
          + " with 2 numbers, found " + header.size() + " token(s)");
    }
    int n = header.intAt(0, "number of jobs");
    int m = header.intAt(1, "number of machines");
    if (n < 1) {
      throw header.errorAt(0, "number of jobs must be at least 1, found " + n);
    }
    if (m < 1) {
      throw header.errorAt(1, "number of machines must be at least 1, found " + m);
    }
    for (int i = 2; i < header.size(); i++) {
      header.doubleAt(i, "in the header");
    }
    return new int[] {n, m};
  }

  /** Width of the widest number, for aligned columns. */
  static int width(JobShopInstance instance) {
    int max = instance.machines();
    for (int j = 0; j < instance.jobs(); j++) {
      for (int o = 0; o < instance.operations(j); o++) {
        max = Math.max(max, instance.durationOf(j, o));
      }
    }
    return Integer.toString(max).length();
  }

  static StringBuilder pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    b.repeat(' ', width - s.length());
    return b.append(s);
  }
}
