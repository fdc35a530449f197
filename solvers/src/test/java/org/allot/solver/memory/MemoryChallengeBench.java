package org.allot.solver.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.Outcome;

/**
 * Ad-hoc measurement (not a test): {@link MemoryExactSearch} on MiniMalloc's challenging
 * instances, CPU seconds of the solving thread and wall seconds per run, the ratio of CPU seconds
 * to MiniMalloc's C++ (research notes, section 6), the search's nodes, the peak, and the greedy's
 * required capacity over the capacity. Run with the test classpath:
 * {@code java -cp ... org.allot.solver.memory.MemoryChallengeBench seconds repeats [names...]};
 * the first run of a JVM is cold (JIT warming up).
 */
public final class MemoryChallengeBench {
  /** MiniMalloc C++ CPU seconds per instance (research notes, section 6). */
  static final double[] CPP = {4.57, 3.52, 0.58, 2.31, 3.33, 4.55, 0.97, 1.54, 3.44, 0.81, 0.56};

  public static void main(String[] args) {
    double limit = args.length > 0 ? Double.parseDouble(args[0]) : 60;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<String> names = args.length > 2 ? List.of(args).subList(2, args.length)
        : List.of(MemoryTestInstances.NAMES);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String name : names) {
      MemoryInstance instance = MemoryTestInstances.challenging(name).orElseThrow();
      double greedy = MemoryGreedy.requiredCapacity(instance) / (double) instance.capacity();
      for (int r = 0; r < repeats; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Outcome<MemoryLayout> outcome = new MemoryExactSearch()
            .solve(instance, Budget.of(Duration.ofMillis((long) (limit * 1000))));
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double wall = (System.nanoTime() - w0) / 1e9;
        String peak = outcome.best()
            .map(l -> String.valueOf((long) Memory.objectiveOf(instance, l))).orElse("-");
        System.out.printf(Locale.ROOT, "%s run %d: %d buffers, %s, cpu %.3f s, wall %.3f s,"
            + " cpu/C++ %.2f, nodes %d, peak %s, greedy needs %.3f x%n", name, r,
            instance.buffers(), outcome.status(), cpu, wall, cpu / CPP[name.charAt(0) - 'A'],
            nodes(instance, limit), peak, greedy);
      }
    }
  }

  /** The nodes the search visits (a second, untimed run: the search is deterministic). */
  private static long nodes(MemoryInstance instance, double limit) {
    ScaledPacking packing = ScaledPacking.of(instance);
    CanonicalSearch search = new CanonicalSearch(packing.size, packing.alignment, packing.lower,
        packing.upper);
    search.solve(packing.scaled(instance.capacity()),
        Deadline.after(Duration.ofMillis((long) (limit * 1000))));
    return search.nodes();
  }
}
