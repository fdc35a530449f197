package org.allot.problem.rmab;

import java.util.SplittableRandom;

/**
 * Running and scoring seeded episodes. An episode's return is
 * {@code sum_{t < H} gamma^t * E[r(s_{t+1}) | s_t, a_t]}, the discounted sum of the expected
 * next-step rewards (the published work's variance-reduced signal), not of the sampled ones.
 * Stateless and thread-safe.
 */
public final class RmabEpisodes {
  /** The published evaluation protocol's number of episodes. */
  public static final int DEFAULT_EPISODES = 50;

  private RmabEpisodes() {}

  /**
   * A policy: the joint action to take in the simulator's current state. It may read the
   * simulator ({@link RmabSimulator#state()}, {@link RmabSimulator#time()}) but must not step it.
   */
  @FunctionalInterface
  public interface Policy {
    JointAction act(RmabSimulator simulator);
  }

  /**
   * The episode seeds of the evaluation protocol: {@code episodes} longs drawn from a
   * {@link SplittableRandom} seeded with {@code seed}, so every method sees the same episodes.
   */
  public static long[] seeds(long seed, int episodes) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
    }
    SplittableRandom r = new SplittableRandom(seed);
    long[] s = new long[episodes];
    for (int e = 0; e < episodes; e++) {
      s[e] = r.nextLong();
    }
    return s;
  }

  /**
   * Runs {@code policy} for one episode per seed and records its actions.
   *
   * @throws InfeasibleActionException when the policy returns an infeasible action
   */
  public static RmabSolution run(RmabInstance instance, long[] seeds, Policy policy) {
    RmabSimulator sim = new RmabSimulator(instance);
    JointAction[][] actions = new JointAction[seeds.length][instance.horizon()];
    for (int e = 0; e < seeds.length; e++) {
      sim.reset(seeds[e]);
      for (int t = 0; t < instance.horizon(); t++) {
        JointAction a = policy.act(sim);
        sim.step(a);
        actions[e][t] = a;
      }
    }
    return new RmabSolution(seeds, actions);
  }

  /**
   * The return of every episode of {@code solution}, replayed without feasibility checks (check
   * them with {@link Rmab#evaluate}); an episode shorter than the horizon is scored over its
   * recorded steps, a longer one over the horizon.
   */
  public static double[] returns(RmabInstance instance, RmabSolution solution) {
    RmabSimulator sim = new RmabSimulator(instance);
    double[] r = new double[solution.episodes()];
    for (int e = 0; e < r.length; e++) {
      sim.reset(solution.seedOf(e));
      double weight = 1;
      int steps = Math.min(solution.stepsOf(e), instance.horizon());
      for (int t = 0; t < steps; t++) {
        r[e] += weight * sim.stepUnchecked(solution.actionAt(e, t)).expectedReward();
        weight *= instance.discount();
      }
    }
    return r;
  }

  /** The mean of {@code values} (0 for none). */
  public static double mean(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return values.length == 0 ? 0 : s / values.length;
  }
}
