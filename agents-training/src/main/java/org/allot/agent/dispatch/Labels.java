package org.allot.agent.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * The two training sets of one update, with their advantages (Tassel et al.): imitation after the
 * cut (the expert's decisions with +A and the agent's own with -A, A the episode's improvement
 * min-max normalised over its instance's episodes) and policy gradient before the cut (the
 * agent's decisions with minus the z-score of the episode's improved makespan over its
 * instance's episodes).
 *
 * @param imitation the imitation samples
 * @param policyGradient the policy-gradient samples
 * @param agentMakespan the agent's mean makespan
 * @param expertMakespan the mean makespan after CP improvement
 * @param improvement the mean relative improvement
 */
record Labels(List<DispatchSample> imitation, List<DispatchSample> policyGradient,
    double agentMakespan, double expertMakespan, double improvement) {

  static Labels of(List<Episode> episodes, int instances, int cut) {
    List<DispatchSample> imitation = new ArrayList<>();
    List<DispatchSample> pg = new ArrayList<>();
    double agent = 0;
    double expert = 0;
    double improvement = 0;
    for (int i = 0; i < instances; i++) {
      List<Episode> mine = new ArrayList<>();
      for (Episode e : episodes) {
        if (e.instanceIndex == i) {
          mine.add(e);
        }
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double mean = 0;
      for (Episode e : mine) {
        lo = Math.min(lo, e.improvement());
        hi = Math.max(hi, e.improvement());
        mean += (double) e.expertMakespan / mine.size();
      }
      double var = 0;
      for (Episode e : mine) {
        var += Math.pow(e.expertMakespan - mean, 2) / mine.size();
      }
      double std = Math.sqrt(var);
      for (Episode e : mine) {
        double a1 = hi > lo ? (e.improvement() - lo) / (hi - lo) : e.improvement() > 0 ? 1 : 0;
        if (a1 > 0) {
          for (Episode.Decision d : e.expert) {
            imitation.add(sample(d, a1));
          }
          for (int k = cut; k < e.agent.size(); k++) {
            imitation.add(sample(e.agent.get(k), -a1));
          }
        }
        double a2 = std > 0 ? -(e.expertMakespan - mean) / std : 0;
        if (a2 != 0) {
          for (int k = 0; k < cut && k < e.agent.size(); k++) {
            pg.add(sample(e.agent.get(k), a2));
          }
        }
        agent += (double) e.makespan / episodes.size();
        expert += (double) e.expertMakespan / episodes.size();
        improvement += e.improvement() / episodes.size();
      }
    }
    return new Labels(imitation, pg, agent, expert, improvement);
  }

  static DispatchSample sample(Episode.Decision d, double advantage) {
    return new DispatchSample(d.observation(), d.mask(), d.action(), d.logProb(), advantage);
  }
}
