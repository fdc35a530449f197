package org.allot.agent.earli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.allot.agent.Weights;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Deadline;

/**
 * How the EARLI policy builds solutions for a solver: {@code count} rollouts of one encoding,
 * the first greedy and the others sampled at {@code temperature}, decoded in lock-step batches of
 * {@value #BATCH} so that the deadline is checked between batches (the greedy rollout is always
 * built, even past the deadline, so that a solver has an answer).
 *
 * @param weights the policy
 * @param count the rollouts (1: greedy only)
 * @param temperature the sampling temperature
 * @param candidates the nearest feasible customers offered per step (0: all)
 */
public record Construction(Weights weights, int count, double temperature, int candidates) {
  /** Rollouts decoded between deadline checks. */
  public static final int BATCH = 8;
  /**
   * Seconds per squared node count of the encoder, a conservative figure from {@code
   * EarliBenchmark.encode} (98 ms at 501 nodes on the 2-core machine: 3.9e-7).
   */
  static final double ENCODER_SECONDS_PER_PAIR = 6e-7;

  public Construction {
    new EarliNetwork(weights);
    if (count < 1 || !(temperature > 0) || candidates < 0) {
      throw new IllegalArgumentException("need >= 1 rollout, a positive temperature and"
          + " candidates >= 0, got " + count + ", " + temperature + ", " + candidates);
    }
  }

  /**
   * Builds the rollouts of {@code instance} until {@code count} or the deadline, handing each
   * batch's solutions to {@code each} as they come; returns all of them, greedy first. The
   * encoder attends over all node pairs (O(n²), no deadline check inside): when its estimated
   * time exceeds half of what is left of the budget (thousands of customers under a short
   * limit), nothing is built and the list is empty.
   *
   * @throws IllegalArgumentException when the instance has no coordinates
   */
  public List<CvrpSolution> build(CvrpInstance instance, long seed, Deadline deadline,
      Consumer<CvrpSolution> each) {
    if (!affordable(instance, deadline)) {
      return List.of();
    }
    EarliNetwork network = new EarliNetwork(weights);
    Encoding e = network.encode(instance);
    Decoder decoder = new Decoder(network, candidates);
    SplittableRandom random = new SplittableRandom(seed);
    List<CvrpSolution> all = new ArrayList<>(count);
    while (all.size() < count && (all.isEmpty() || !deadline.expired())) {
      int size = Math.min(BATCH, count - all.size());
      for (Decoder.Rollout r : decoder.decode(e, size, all.isEmpty(), temperature, random, null,
          null)) {
        all.add(r.solution());
        each.accept(r.solution());
      }
    }
    return all;
  }

  /** Whether the encoder's estimated time fits in half of what is left of the deadline. */
  static boolean affordable(CvrpInstance instance, Deadline deadline) {
    double n = instance.nodes();
    return ENCODER_SECONDS_PER_PAIR * n * n <= deadline.remainingSeconds() / 2;
  }
}
