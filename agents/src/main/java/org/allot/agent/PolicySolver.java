package org.allot.agent;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Turns a policy over an environment into a {@link Solver}: one episode from
 * {@code reset(seed)}, each action chosen by the policy, the finished episode's solution
 * checked by the family's evaluator. An episode cut by the time limit gives
 * {@link Outcome.Unknown}. Thread-safe when the policy is (each solve has its own environment).
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public final class PolicySolver<I extends Instance, S extends Solution> implements Solver<I, S> {
  private final String id;
  private final Problem<I, S> problem;
  private final Function<? super I, ? extends Environment<S>> environments;
  private final Policy policy;

  /**
   * @param id the solver id
   * @param problem the family, whose evaluator scores the episode's solution
   * @param environments makes the environment of an instance
   * @param policy the policy
   */
  public PolicySolver(String id, Problem<I, S> problem,
      Function<? super I, ? extends Environment<S>> environments, Policy policy) {
    this.id = Objects.requireNonNull(id, "id");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.environments = Objects.requireNonNull(environments, "environments");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Outcome<S> solve(I instance, Budget budget, IncumbentListener<? super S> listener) {
    Deadline deadline = budget.start();
    Environment<S> env = environments.apply(instance);
    env.reset(budget.seed());
    SplittableRandom random = new SplittableRandom(budget.seed());
    float[] observation = new float[env.observationSize()];
    boolean[] mask = new boolean[env.actionCount()];
    while (!env.done()) {
      if (deadline.expired()) {
        return new Outcome.Unknown<>(deadline.elapsed());
      }
      env.observe(observation);
      env.actionMask(mask);
      env.step(policy.act(observation, mask, random));
    }
    S solution = env.solution();
    Evaluation e = problem.evaluate(instance, solution);
    Duration elapsed = deadline.elapsed();
    if (!e.feasible()) {
      throw new IllegalStateException(id + " built an infeasible solution on " + instance.name()
          + ": " + e.violations().getFirst() + " (the environment is broken)");
    }
    listener.improved(solution, e.objective(), elapsed);
    return new Outcome.Feasible<>(solution, e.objective(), elapsed);
  }
}
