package org.allot.bench.suite;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Shows a suite's progress on stderr: on a terminal, one bar redrawn in place with the count,
 * the elapsed time and an estimate of the time left; elsewhere (a log, CI), one plain line per
 * finished run. Invalid and failed runs always get a line of their own. Thread-safe.
 */
final class ProgressDisplay {
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final double totalWork;
  private final int slots;
  private final long start = System.nanoTime();
  private int done;
  private double doneWork;

  /**
   * A display for {@code tasks} run on {@code slots} slots.
   *
   * @param terminal true to redraw a bar in place, false for plain lines
   */
  ProgressDisplay(PrintWriter err, boolean terminal, List<Task> tasks, int slots) {
    this.err = err;
    this.terminal = terminal;
    this.total = tasks.size();
    this.totalWork = tasks.stream().mapToDouble(ProgressDisplay::work).sum();
    this.slots = slots;
  }

  /** True when stderr is an interactive terminal that understands a redrawn line. */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    String term = System.getenv("TERM");
    return console != null && console.isTerminal() && term != null && !term.equals("dumb");
  }

  /** The expected cost of a run: its time limit times its threads. */
  private static double work(Task t) {
    return t.seconds() * t.threads();
  }

  /** Records one finished run and shows it. */
  synchronized void finished(RunRecord r) {
    done++;
    doneWork += r.timeLimit() * r.threads();
    boolean bad = r.status() == RunRecord.Status.ERROR || Boolean.FALSE.equals(r.valid());
    if (terminal) {
      if (bad) {
        err.print("\r\033[K");
        err.println(line(r));
      }
      err.print("\r\033[K" + bar(r));
    } else {
      err.println(line(r) + "  (" + eta() + ")");
    }
    err.flush();
  }

  /** Ends the bar's line. */
  synchronized void close() {
    if (terminal && done > 0) {
      err.println();
      err.flush();
    }
  }

  private String bar(RunRecord last) {
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total
        + String.format(Locale.ROOT, " %3d%%  ", total == 0 ? 100 : 100 * done / total)
        + eta() + "  " + last.instance() + " " + last.label();
  }

  private String eta() {
    double elapsed = (System.nanoTime() - start) / 1e9;
    double left = doneWork <= 0 ? (totalWork - doneWork) / slots
        : elapsed * (totalWork - doneWork) / doneWork;
    return clock(elapsed) + " elapsed, ETA " + (done == total ? "0:00" : clock(left));
  }

  /** One run in words: {@code [3/12] ta01 spt seed 0: FEASIBLE 1432, gap 16.33%, 0.02 s}. */
  private String line(RunRecord r) {
    StringBuilder b = new StringBuilder("[" + done + "/" + total + "] " + r.instance() + " "
        + r.label() + " seed " + r.seed() + (r.repetition() > 0 ? " rep " + r.repetition() : "")
        + ": " + r.status());
    if (r.error() != null) {
      b.append(" ").append(r.error());
    } else if (Boolean.FALSE.equals(r.valid())) {
      b.append(" INVALID (").append(String.join("; ", r.violations())).append(")");
    } else if (r.objective() != null) {
      b.append(" ").append(number(r.objective()));
      if (r.gap() != null) {
        b.append(String.format(Locale.ROOT, ", gap %.2f%%", 100 * r.gap()));
      }
    }
    return b.append(String.format(Locale.ROOT, ", %.2f s", r.seconds())).toString();
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.6g", v);
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
