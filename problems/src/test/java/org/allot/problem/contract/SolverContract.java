package org.allot.problem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.junit.jupiter.api.Test;

/**
 * The contract every solver passes: each solution it returns or reports as an incumbent is
 * feasible per the family's evaluator, with the objective the solver claims; incumbents improve;
 * one thread and the same seed give the same result; the time limit is honoured.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public abstract class SolverContract<I extends Instance, S extends Solution> {
  protected abstract Problem<I, S> problem();

  protected abstract Solver<I, S> solver();

  /** Small instances the solver handles within {@link #budget()}. */
  protected abstract List<I> sampleInstances();

  /** The budget of the sample runs. */
  protected Budget budget() {
    return Budget.of(Duration.ofSeconds(5));
  }

  /** A large instance and a short limit for the time-limit test; empty to skip it. */
  protected Optional<I> largeInstance() {
    return Optional.empty();
  }

  /** Slack allowed past the time limit, for returning and for a JVM's pauses. */
  protected Duration slack() {
    return Duration.ofMillis(1000);
  }

  /** Whether one thread and one seed must give the same solution (true unless time-driven). */
  protected boolean deterministic() {
    return true;
  }

  @Test
  void everySolutionIsFeasibleWithTheClaimedObjective() {
    for (I instance : sampleInstances()) {
      List<Double> incumbents = new ArrayList<>();
      Outcome<S> outcome = solver().solve(instance, budget(), (s, objective, t) -> {
        Evaluation e = problem().evaluate(instance, s);
        assertTrue(e.feasible(), () -> "incumbent infeasible: " + e.violations());
        assertEquals(objective, e.objective(), 1e-6, "incumbent objective");
        incumbents.add(objective);
      });
      S solution = outcome.best().orElseThrow(
          () -> new AssertionError(solver().id() + " found no solution on " + instance.name()));
      Evaluation e = problem().evaluate(instance, solution);
      assertTrue(e.feasible(), () -> solver().id() + ": " + e.violations());
      assertEquals(e.objective(), outcome.objectiveValue(), 1e-6, "claimed objective");
      for (int k = 1; k < incumbents.size(); k++) {
        assertTrue(problem().sense().better(incumbents.get(k), incumbents.get(k - 1))
            || incumbents.get(k).equals(incumbents.get(k - 1)), "incumbents got worse");
      }
      if (!Double.isNaN(outcome.bound())) {
        double gapSign = problem().sense() == org.allot.problem.Sense.MINIMIZE
            ? outcome.objectiveValue() - outcome.bound() : outcome.bound() - outcome.objectiveValue();
        assertTrue(gapSign >= -1e-6, "bound " + outcome.bound() + " beyond objective");
      }
    }
  }

  @Test
  void sameSeedOneThreadSameResult() {
    if (!deterministic()) {
      return;
    }
    for (I instance : sampleInstances()) {
      Budget b = budget().withThreads(1).withSeed(42);
      S first = solver().solve(instance, b).best().orElseThrow();
      S second = solver().solve(instance, b).best().orElseThrow();
      assertEquals(first, second, solver().id() + " is not deterministic on " + instance.name());
    }
  }

  @Test
  void timeLimitIsHonoured() {
    Optional<I> large = largeInstance();
    if (large.isEmpty()) {
      return;
    }
    Duration limit = Duration.ofMillis(1500);
    long t0 = System.nanoTime();
    Outcome<S> outcome = solver().solve(large.get(), budget().withTimeLimit(limit));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertTrue(took.compareTo(limit.plus(slack())) <= 0,
        solver().id() + " took " + took.toMillis() + " ms for a " + limit.toMillis() + " ms limit");
    outcome.best().ifPresent(s -> assertTrue(problem().evaluate(large.get(), s).feasible()));
  }
}
