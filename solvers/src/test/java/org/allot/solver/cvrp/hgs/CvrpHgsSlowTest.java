package org.allot.solver.cvrp.hgs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Long runs on the shared X instances (tag "slow", out of the default build; run with
 * {@code -Dgroups=slow}): HGS's quality on X-n101-k25 at 30 s and its time limit on X-n1001-k43.
 * Quality depends on the machine and its load; the thresholds are the acceptance
 * criteria.
 */
@Tag("slow")
class CvrpHgsSlowTest {
  @Test
  void xN101WithinHalfAPercentAtThirtySeconds() {
    CvrpInstance instance = CvrpHgsTest.sharedOrSkip("X-n101-k25");
    long bks = HgsFixtures.bks("X-n101-k25").orElse(27591);
    double[] gaps = new double[3];
    for (int seed = 1; seed <= 3; seed++) {
      Outcome<CvrpSolution> o = new CvrpHgs().solve(instance,
          new Budget(Duration.ofSeconds(30), seed, 1));
      double cost = Cvrp.costOf(instance, o.best().orElseThrow());
      gaps[seed - 1] = (cost - bks) / bks;
      System.out.printf("X-n101-k25 seed %d 30 s: %.0f (gap %.3f %%)%n", seed, cost,
          100 * gaps[seed - 1]);
    }
    Arrays.sort(gaps);
    assertTrue(gaps[1] <= 0.005, "median gap " + 100 * gaps[1] + " % above 0.5 %");
  }

  @Test
  void xN1001HonoursAFiveSecondLimitWithinOneSecond() {
    CvrpInstance instance = CvrpHgsTest.sharedOrSkip("X-n1001-k43");
    Duration limit = Duration.ofSeconds(5);
    long t0 = System.nanoTime();
    Outcome<CvrpSolution> o = new CvrpHgs().solve(instance, new Budget(limit, 1, 1));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("X-n1001-k43 5 s limit: took %d ms, %s%n", ms, o.status());
    assertTrue(ms <= limit.toMillis() + 1000, "took " + ms + " ms for a 5000 ms limit");
    o.best().ifPresent(s -> assertTrue(new Cvrp().evaluate(instance, s).feasible()));
  }
}
