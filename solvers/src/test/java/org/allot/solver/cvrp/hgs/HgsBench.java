package org.allot.solver.cvrp.hgs;

import java.time.Duration;
import java.util.List;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;

/**
 * Ad-hoc quality and speed measurement (not a test): {@code HgsBench seconds seeds name...}
 * runs HGS once per instance and seed with one thread and prints cost, gap to the BKS, iterations
 * and local-search throughput.
 */
public final class HgsBench {
  private HgsBench() {}

  public static void main(String[] args) {
    double seconds = Double.parseDouble(args[0]);
    String[] seeds = args[1].split(",");
    for (int a = 2; a < args.length; a++) {
      CvrpInstance instance = HgsFixtures.shared(args[a]).orElseThrow();
      long bks = HgsFixtures.bks(args[a]).orElse(0);
      for (String s : seeds) {
        run(instance, bks, seconds, Long.parseLong(s));
      }
    }
  }

  static void run(CvrpInstance instance, long bks, double seconds, long seed) {
    Budget budget = new Budget(Duration.ofMillis((long) (seconds * 1000)), seed, 1);
    Deadline deadline = budget.start();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    CvrpHgs hgs = new CvrpHgs();
    HgsIncumbents inc = new HgsIncumbents(instance, deadline, IncumbentListener.none());
    HgsGenetic g = hgs.run(instance, seed, deadline, List.of(), inc);
    double took = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    HgsLocalSearch ls = g.localSearch();
    System.out.printf("%s seed %d limit %.0fs: cost %d gap %.3f%% iters %d restarts %d"
        + " took %.2fs cpu %.2fs; per cpu s: pairs %.2fM moves %.0fk iters %.0f%n",
        instance.name(), seed, seconds, inc.cost(),
        bks > 0 ? 100.0 * (inc.cost() - bks) / bks : Double.NaN, g.iterations(), g.restarts(),
        took, cpu, ls.pairs / cpu / 1e6, ls.applied / cpu / 1e3, g.iterations() / cpu);
  }
}
