package org.allot.agent.earli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;

/**
 * A budget too short for the encoder (O(n^2)) skips the policy instead of overrunning: earli runs
 * HGS alone, attention answers unknown, both within the limit.
 */
class BudgetTest {
  private static final CvrpInstance LARGE = Fixtures.instance(3000, 21);
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @Test
  void earliFallsBackToHgsAlone() {
    Outcome<CvrpSolution> o = timed(new EarliProvider());
    o.best().ifPresent(s -> assertTrue(new Cvrp().evaluate(LARGE, s).feasible()));
  }

  @Test
  void attentionAnswersUnknown() {
    Outcome<CvrpSolution> o = timed(new AttentionProvider());
    assertTrue(o.best().isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static Outcome<CvrpSolution> timed(org.allot.solver.SolverProvider provider) {
    Solver<CvrpInstance, CvrpSolution> solver = (Solver<CvrpInstance, CvrpSolution>) provider
        .create(SolverOptions.of(Map.of("weights", Fixtures.weightsFile().toString())));
    long t0 = System.nanoTime();
    Outcome<CvrpSolution> o = solver.solve(LARGE, Budget.of(LIMIT).withThreads(1));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms <= LIMIT.toMillis() + 1000, provider.id() + " took " + ms + " ms");
    return o;
  }

  @Test
  void theEstimateAdmitsTheSuiteSizes() {
    assertTrue(Construction.affordable(Fixtures.instance(500, 22),
        org.allot.solver.Deadline.after(Duration.ofSeconds(1))));
  }
}
