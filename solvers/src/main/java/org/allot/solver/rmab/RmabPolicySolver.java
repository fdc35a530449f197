package org.allot.solver.rmab;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabEpisodes;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSimulator;
import org.allot.problem.rmab.RmabSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Runs a restless-bandit policy for E seeded episodes and returns the recorded episodes, whose
 * objective is the mean discounted return (see {@link RmabEpisodes}). The episode seeds are
 * {@link RmabEpisodes#seeds}{@code (budget.seed(), E)}: they depend only on the budget's seed
 * and the episode's index, so every method plays the same episodes (and the simulator's common
 * random numbers make their transitions comparable). A randomised policy draws from its own
 * {@link SplittableRandom} per episode, seeded from the episode seed, never from the
 * simulator's. Same seed, same result.
 *
 * <p><b>Time limit.</b> The policy is opened (indices, MIP model) and run under the budget's
 * deadline; each MIP call gets what is left of it. When the deadline passes, the episode in
 * progress is dropped and the completed episodes are returned: the outcome is then
 * {@link Outcome.Feasible} with fewer episodes than asked for ({@link RmabSolution#episodes()}
 * says how many), and {@link Outcome.Unknown} when not even one episode completed. A complete
 * run is also {@link Outcome.Feasible} (without a bound): a policy's return is an estimate,
 * not an optimum. The listener hears the final solution once.
 */
public final class RmabPolicySolver implements Solver<RmabInstance, RmabSolution> {
  /** Mixed into the episode seed for the policy's own random numbers. */
  private static final long POLICY_SALT = 0x9E3779B97F4A7C15L;

  private final String id;
  private final int episodes;
  private final Function<RmabInstance, RmabPolicy> open;

  /**
   * @param id the solver's id
   * @param episodes E, the number of episodes, at least 1
   * @param open opens the policy of an instance (called once per solve)
   */
  RmabPolicySolver(String id, int episodes, Function<RmabInstance, RmabPolicy> open) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
    }
    this.id = id;
    this.episodes = episodes;
    this.open = open;
  }

  @Override
  public String id() {
    return id;
  }

  /** The number of episodes asked for. */
  public int episodes() {
    return episodes;
  }

  @Override
  public Outcome<RmabSolution> solve(RmabInstance instance, Budget budget,
      IncumbentListener<? super RmabSolution> listener) {
    Deadline deadline = budget.start();
    long[] seeds = RmabEpisodes.seeds(budget.seed(), episodes);
    JointAction[][] actions = new JointAction[episodes][];
    int done = 0;
    try (RmabPolicy policy = open.apply(instance)) {
      RmabSimulator sim = new RmabSimulator(instance);
      while (done < episodes && !deadline.expired()) {
        Optional<JointAction[]> episode = episode(sim, policy, seeds[done], deadline);
        if (episode.isEmpty()) {
          break;
        }
        actions[done++] = episode.get();
      }
    }
    if (done == 0) {
      return new Outcome.Unknown<>(deadline.elapsed());
    }
    RmabSolution solution = new RmabSolution(Arrays.copyOf(seeds, done),
        Arrays.copyOf(actions, done));
    double objective = RmabEpisodes.mean(RmabEpisodes.returns(instance, solution));
    listener.improved(solution, objective, deadline.elapsed());
    return new Outcome.Feasible<>(solution, objective, deadline.elapsed());
  }

  /** One episode's actions, or empty when the deadline passed before its end. */
  private static Optional<JointAction[]> episode(RmabSimulator sim, RmabPolicy policy, long seed,
      Deadline deadline) {
    sim.reset(seed);
    SplittableRandom random = new SplittableRandom(seed ^ POLICY_SALT);
    JointAction[] actions = new JointAction[sim.instance().horizon()];
    for (int t = 0; t < actions.length; t++) {
      if (deadline.expired()) {
        return Optional.empty();
      }
      Optional<JointAction> a = policy.act(sim.state(), t, random, deadline);
      if (a.isEmpty()) {
        return Optional.empty();
      }
      sim.step(a.get());
      actions[t] = a.get();
    }
    return Optional.of(actions);
  }
}
