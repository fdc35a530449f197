package org.allot.problem.jobshop;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner;
import org.allot.problem.io.TextScanner.Line;

/**
 * The standard job-shop format of OR-Library and JSPLIB: a line {@code n m}, then one line per
 * job of {@code machine duration} pairs in technological order, machines numbered from 0. Lines
 * starting with {@code #} are comments. Every job has exactly {@code m} operations.
 */
public final class StandardFormat implements InstanceFormat<JobShopInstance> {
  /** The shared instance (stateless). */
  public static final StandardFormat INSTANCE = new StandardFormat();

  @Override
  public String name() {
    return "standard";
  }

  /**
   * Claims text files ({@code .txt}, {@code .jss}, {@code .jsp} or no extension) that are not in
   * Taillard's format: the standard format is the job-shop fallback, so that a broken file gets a
   * precise message from this reader.
   */
  @Override
  public boolean accepts(Path file, String head) {
    String ext = JobShopFiles.extension(file);
    boolean textual = ext.isEmpty() || ext.equals("txt") || ext.equals("jss") || ext.equals("jsp");
    return textual && !TaillardFormat.INSTANCE.accepts(file, head);
  }

  @Override
  public JobShopInstance read(Path file) throws IOException {
    return read(TextScanner.open(file, '#'), JobShopFiles.stem(file));
  }

  JobShopInstance read(TextScanner in, String name) throws InstanceFormatException {
    Line header = in.next();
    if (header == null) {
      throw in.error(1, 1, "empty file; expected a header line 'jobs machines' such as '6 6'");
    }
    int[] nm = JobShopFiles.header(header, false);
    int n = nm[0];
    int m = nm[1];
    int[][] machine = new int[n][m];
    int[][] duration = new int[n][m];
    for (int j = 0; j < n; j++) {
      Line line = in.next();
      if (line == null) {
        throw in.errorAtEnd("expected " + n + " job lines after the header, found " + j
            + " (the file ends early)");
      }
      readJob(line, j, m, machine[j], duration[j]);
    }
    Line extra = in.next();
    if (extra != null) {
      throw extra.errorAtLine("expected the end of the file after " + n + " jobs, found '"
          + extra.token(0).text() + "'; is the header's job count " + n + " right?");
    }
    return new JobShopInstance(name, m, machine, duration);
  }

  private static void readJob(Line line, int j, int m, int[] machine, int[] duration)
      throws InstanceFormatException {
    if (line.size() != 2 * m) {
      throw line.errorAt(Math.min(line.size(), 2 * m), "expected " + 2 * m + " numbers ("
          + m + " machine-duration pairs) on job " + j + ", found " + line.size());
    }
    for (int o = 0; o < m; o++) {
      machine[o] = line.intAt(2 * o, "machine of job " + j + ", op " + o);
      if (machine[o] < 0 || machine[o] >= m) {
        throw line.errorAt(2 * o, "machine " + machine[o] + " of job " + j + ", op " + o
            + " is out of range 0.." + (m - 1) + " (the standard format numbers machines from 0)");
      }
      duration[o] = line.intAt(2 * o + 1, "duration of job " + j + ", op " + o);
      if (duration[o] < 0) {
        throw line.errorAt(2 * o + 1, "duration " + duration[o] + " of job " + j + ", op " + o
            + " is negative; expected a duration >= 0");
      }
    }
  }

  @Override
  public void write(JobShopInstance instance, Writer out) throws IOException {
    write(instance, out, List.of());
  }

  /**
   * Writes {@code instance}, preceded by {@code comments} as {@code #} lines.
   *
   * @throws IllegalArgumentException when a job does not have exactly one operation per machine
   *     slot ({@code machines()} operations), which this format cannot express
   */
  public void write(JobShopInstance instance, Writer out, List<String> comments)
      throws IOException {
    for (int j = 0; j < instance.jobs(); j++) {
      if (instance.operations(j) != instance.machines()) {
        throw new IllegalArgumentException("the standard format needs " + instance.machines()
            + " operations per job; job " + j + " has " + instance.operations(j));
      }
    }
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    out.write(instance.jobs() + " " + instance.machines() + "\n");
    int width = JobShopFiles.width(instance);
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < instance.jobs(); j++) {
      b.setLength(0);
      for (int o = 0; o < instance.operations(j); o++) {
        if (o > 0) {
          b.append(' ');
        }
        JobShopFiles.pad(b, instance.machineOf(j, o), width).append(' ');
        JobShopFiles.pad(b, instance.durationOf(j, o), width);
      }
      out.write(b.append('\n').toString());
    }
  }
}
