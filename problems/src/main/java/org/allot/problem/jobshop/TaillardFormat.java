package org.allot.problem.jobshop;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner;
import org.allot.problem.io.TextScanner.Line;

/**
 * Taillard's job-shop format: a header {@code n m} (optionally followed by seeds and bounds, and
 * optionally preceded by the descriptive line {@code Nb of jobs, Nb of Machines, ...}), then a
 * {@code Times} block of n rows of m durations and a {@code Machines} block of n rows of m
 * machines numbered from 1. The {@code Times} and {@code Machines} keyword lines are optional
 * (the compact variant of JSSEnv and Wheatley omits them).
 */
public final class TaillardFormat implements InstanceFormat<JobShopInstance> {
  /** The shared instance (stateless). */
  public static final TaillardFormat INSTANCE = new TaillardFormat();

  @Override
  public String name() {
    return "taillard";
  }

  /**
   * Claims files with a {@code Times} or {@code Nb of jobs} line, and files whose second data line
   * holds m numbers rather than the standard format's 2m.
   */
  @Override
  public boolean accepts(Path file, String head) {
    String ext = JobShopFiles.extension(file);
    if (!(ext.isEmpty() || ext.equals("txt") || ext.equals("tai") || ext.equals("jss"))) {
      return false;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("nb of jobs") || lower.lines().anyMatch(l -> l.strip().equals("times"))) {
      return true;
    }
    TextScanner s = TextScanner.of(file.toString(), head, '#');
    Line first = s.next();
    Line second = s.next();
    if (first == null || second == null || first.size() != 2 || !first.allIntegers()) {
      return false;
    }
    try {
      int m = first.intAt(1, "");
      return m > 0 && second.size() == m && second.allIntegers();
    } catch (InstanceFormatException e) {
      return false;
    }
  }

  @Override
  public JobShopInstance read(Path file) throws IOException {
    return read(TextScanner.open(file, '#'), JobShopFiles.stem(file));
  }

  JobShopInstance read(TextScanner in, String name) throws InstanceFormatException {
    Line header = in.next();
    if (header == null) {
      throw in.error(1, 1, "empty file; expected Taillard's header line 'jobs machines'");
    }
    if (!header.allIntegers() && header.text().toLowerCase(Locale.ROOT).contains("nb of")) {
      header = in.next();
      if (header == null) {
        throw in.errorAtEnd("expected the line 'jobs machines [time seed, machine seed, ...]'");
      }
    }
    int[] nm = JobShopFiles.header(header, true);
    int n = nm[0];
    int m = nm[1];
    int[][] duration = block(in, "Times", n, m, "duration", 0, Integer.MAX_VALUE);
    int[][] machine = block(in, "Machines", n, m, "machine", 1, m);
    for (int[] row : machine) {
      for (int o = 0; o < m; o++) {
        row[o]--;
      }
    }
    Line extra = in.next();
    if (extra != null) {
      throw extra.errorAtLine("expected the end of the file after the Machines block, found '"
          + extra.token(0).text() + "'");
    }
    return new JobShopInstance(name, m, machine, duration);
  }

  private static int[][] block(TextScanner in, String keyword, int n, int m, String what,
      int min, int max) throws InstanceFormatException {
    Line peek = in.peek();
    if (peek != null && peek.size() == 1 && peek.token(0).text().equalsIgnoreCase(keyword)) {
      in.next();
    }
    int[][] rows = new int[n][m];
    for (int j = 0; j < n; j++) {
      Line line = in.next();
      if (line == null) {
        throw in.errorAtEnd("expected " + n + " rows in the " + keyword + " block, found " + j
            + " (the file ends early)");
      }
      if (line.size() != m) {
        throw line.errorAt(Math.min(line.size(), m), "expected " + m + " " + what + "s on row "
            + (j + 1) + " of the " + keyword + " block, found " + line.size());
      }
      for (int o = 0; o < m; o++) {
        rows[j][o] = line.intAt(o, what + " of job " + j + ", op " + o);
        if (rows[j][o] < min || rows[j][o] > max) {
          throw line.errorAt(o, what + " " + rows[j][o] + " of job " + j + ", op " + o
              + (max == Integer.MAX_VALUE ? " is negative; expected >= 0"
                  : " is out of range " + min + ".." + max
                      + " (Taillard's format numbers machines from 1)"));
        }
      }
    }
    return rows;
  }

  @Override
  public void write(JobShopInstance instance, Writer out) throws IOException {
    if (!instance.isRectangular()) {
      throw new IllegalArgumentException("Taillard's format needs every job to visit every"
          + " machine once; " + instance.name() + " does not");
    }
    int n = instance.jobs();
    int m = instance.machines();
    int width = JobShopFiles.width(instance) + 1;
    StringBuilder b = new StringBuilder();
    b.append("Nb of jobs, Nb of Machines\n");
    JobShopFiles.pad(b, n, width).append(' ');
    JobShopFiles.pad(b, m, width).append("\nTimes\n");
    for (int j = 0; j < n; j++) {
      for (int o = 0; o < m; o++) {
        JobShopFiles.pad(b, instance.durationOf(j, o), width);
      }
      b.append('\n');
    }
    b.append("Machines\n");
    for (int j = 0; j < n; j++) {
      for (int o = 0; o < m; o++) {
        JobShopFiles.pad(b, instance.machineOf(j, o) + 1, width);
      }
      b.append('\n');
    }
    out.write(b.toString());
  }
}
