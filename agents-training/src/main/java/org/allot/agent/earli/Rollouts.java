package org.allot.agent.earli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.problem.cvrp.CvrpInstance;

/**
 * One epoch's experience: sampled POMO rollouts of several instances and their decisions, each
 * with its rollout's advantage over the instance's mean (in the instance's standard deviations).
 *
 * @param samples the decisions of every rollout
 * @param meanCost the mean cost over all rollouts
 */
record Rollouts(List<EarliSample> samples, double meanCost) {
  static Rollouts sample(Weights weights, List<CvrpInstance> instances, int rollouts,
      int candidates, SplittableRandom random) {
    EarliNetwork network = new EarliNetwork(weights);
    Decoder decoder = new Decoder(network, candidates);
    List<EarliSample> samples = new ArrayList<>();
    double total = 0;
    for (CvrpInstance instance : instances) {
      Encoding e = network.encode(instance);
      List<List<EarliSample>> decisions = new ArrayList<>();
      for (int r = 0; r < rollouts; r++) {
        decisions.add(new ArrayList<>());
      }
      NodeFeatures f = e.features();
      Decoder.Recorder recorder = (r, current, load, cand, count, chosen, logProb) ->
          decisions.get(r).add(new EarliSample(f, current, load,
              java.util.Arrays.copyOf(cand, count), chosen, logProb, 0));
      Decoder.Rollout[] out = decoder.decode(e, rollouts, false, 1, random,
          starts(instance.customers(), rollouts, random), recorder);
      double mean = 0;
      for (Decoder.Rollout o : out) {
        mean += o.cost();
      }
      mean /= rollouts;
      double var = 0;
      for (Decoder.Rollout o : out) {
        var += (o.cost() - mean) * (o.cost() - mean);
      }
      double sd = Math.sqrt(var / rollouts) + 1e-6 * mean + 1e-9;
      for (int r = 0; r < rollouts; r++) {
        double advantage = (mean - out[r].cost()) / sd;
        for (EarliSample s : decisions.get(r)) {
          samples.add(new EarliSample(s.instance(), s.current(), s.load(), s.candidates(),
              s.action(), s.oldLogProb(), advantage));
        }
      }
      total += mean;
    }
    return new Rollouts(samples, total / instances.size());
  }

  /** {@code count} distinct customers in random order. */
  static int[] starts(int customers, int count, SplittableRandom random) {
    int[] all = new int[customers];
    for (int i = 0; i < customers; i++) {
      all[i] = i + 1;
    }
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(customers - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, count);
  }
}
