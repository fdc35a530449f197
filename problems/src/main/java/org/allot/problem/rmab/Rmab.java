package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Sense;
import org.allot.problem.Violation;

/**
 * Restless multi-armed bandits with combinatorial actions (coRMAB): maximise the mean
 * discounted return over seeded episodes, every joint action satisfying the instance's
 * {@link ActionConstraint}. A solution is the recorded episodes; the evaluator replays them.
 * Stateless and thread-safe.
 */
public final class Rmab implements Problem<RmabInstance, RmabSolution> {
  /** The family's id. */
  public static final String ID = "rmab";
  private static final RmabGenerators GENERATORS = new RmabGenerators();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "restless bandits with combinatorial actions (budget, interventions, path, matching,"
        + " capacity; maximise mean discounted return); Allot JSON";
  }

  @Override
  public Sense sense() {
    return Sense.MAXIMIZE;
  }

  @Override
  public Class<RmabInstance> instanceType() {
    return RmabInstance.class;
  }

  @Override
  public Class<RmabSolution> solutionType() {
    return RmabSolution.class;
  }

  /** The family's generators; see {@link RmabGenerators}. */
  @Override
  public Optional<GeneratorFamily<RmabInstance>> generators() {
    return Optional.of(GENERATORS);
  }

  @Override
  public List<InstanceFormat<RmabInstance>> formats() {
    return List.of(RmabJsonFormat.INSTANCE);
  }

  /**
   * Replays every episode with its seed, checks every action and recomputes the objective, the
   * mean over episodes of {@link RmabEpisodes#returns}. Violations: {@code horizon} (an episode
   * with another number of actions than the horizon; the recorded steps are still replayed) and,
   * per infeasible action, one named after the constraint ({@code path}, {@code capacity}, ...)
   * at {@code episode e, step t}. Infeasible actions are replayed as given. Never throws.
   */
  @Override
  public Evaluation evaluate(RmabInstance instance, RmabSolution solution) {
    List<Violation> violations = new ArrayList<>();
    ActionConstraint c = instance.constraint();
    int arms = instance.arms();
    for (int e = 0; e < solution.episodes(); e++) {
      if (solution.stepsOf(e) != instance.horizon()) {
        violations.add(new Violation("horizon", "episode " + e + " has " + solution.stepsOf(e)
            + " actions, the horizon is " + instance.horizon(),
            Math.abs(solution.stepsOf(e) - instance.horizon())));
      }
      for (int t = 0; t < Math.min(solution.stepsOf(e), instance.horizon()); t++) {
        for (String v : c.violations(solution.actionAt(e, t), arms)) {
          String prefix = c.kind() + ": ";
          String detail = v.startsWith(prefix) ? v.substring(prefix.length()) : v;
          violations.add(new Violation(c.kind(), "episode " + e + ", step " + t + ": " + detail,
              0));
        }
      }
    }
    double objective = RmabEpisodes.mean(RmabEpisodes.returns(instance, solution));
    return Evaluation.of(objective, violations);
  }

  /** The objective of a feasible solution, or throws naming the first violation. */
  public static double objectiveOf(RmabInstance instance, RmabSolution solution) {
    Evaluation e = new Rmab().evaluate(instance, solution);
    if (!e.feasible()) {
      throw new IllegalArgumentException("infeasible solution: " + e.violations().getFirst());
    }
    return e.objective();
  }

  @Override
  public String toString() {
    return ID;
  }
}
