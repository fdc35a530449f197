package org.allot.agent.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.allot.agent.Policy;
import org.allot.problem.jobshop.JobShopInstance;

/**
 * One training episode: the agent's decisions (observation, mask, action, log-probability under
 * the policy that acted), its schedule, and after {@link #improve} the CP-improved schedule's
 * expert decisions after the cut. Not thread-safe.
 */
final class Episode {
  /** One decision with the log-probability of its action under the acting policy. */
  record Decision(float[] observation, boolean[] mask, int action, double logProb) {}

  /**
   * What {@code network} sees of a state: the observation, the environment's mask narrowed to
   * the network's actions ({@link DispatchNetwork#restrict}) and the logits.
   */
  record View(float[] observation, boolean[] mask, float[] logits) {
    static View of(CpDispatchEnvironment env, DispatchNetwork network) {
      float[] obs = new float[env.observationSize()];
      boolean[] mask = new boolean[env.actionCount()];
      env.observe(obs);
      env.actionMask(mask);
      network.restrict(mask);
      float[] logits = new float[mask.length];
      network.logits(obs, mask, logits);
      return new View(obs, mask, logits);
    }

    /** The decision to take {@code action} here, with its log-probability. */
    Decision decide(int action) {
      return new Decision(observation, mask, action, DispatchPolicy.logProb(logits, mask, action));
    }

    /** A decision sampled at temperature 1. */
    Decision sample(RandomGenerator random) {
      return decide(DispatchPolicy.sample(logits, mask, 1.0, random));
    }
  }

  /** Records each replayed decision, as {@code network} sees it, into {@code into}. */
  static ExpertReplay.Recorder recorder(DispatchNetwork network, List<Decision> into) {
    return (env, action) -> into.add(View.of(env, network).decide(action));
  }

  final int instanceIndex;
  final JobShopInstance instance;
  final List<Decision> agent;
  final int[][] schedule;
  final int makespan;
  List<Decision> expert = List.of();
  int expertMakespan;
  /** The largest |logit| of a legal action while sampling (0 for {@link #play}). */
  float maxAbsLogit;

  private Episode(int instanceIndex, JobShopInstance instance, List<Decision> agent,
      int[][] schedule, int makespan) {
    this.instanceIndex = instanceIndex;
    this.instance = instance;
    this.agent = agent;
    this.schedule = schedule;
    this.makespan = makespan;
    this.expertMakespan = makespan;
  }

  int makespan() {
    return makespan;
  }

  /** An episode of {@code policy}, recording log-probabilities under its network (T = 1). */
  static Episode sample(int index, JobShopInstance instance, DispatchPolicy policy,
      RandomGenerator random) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    List<Decision> decisions = new ArrayList<>();
    float maxAbs = 0;
    while (!env.done()) {
      View view = View.of(env, policy.network());
      for (int a = 0; a < view.mask().length; a++) {
        if (view.mask()[a]) {
          maxAbs = Math.max(maxAbs, Math.abs(view.logits()[a]));
        }
      }
      Decision d = view.sample(random);
      decisions.add(d);
      env.step(d.action());
    }
    Episode episode = new Episode(index, instance, decisions, env.solution().start(),
        env.makespan());
    episode.maxAbsLogit = maxAbs;
    return episode;
  }

  /** The share of No-Op among the agent's decisions of {@code episodes}. */
  static double noOpShare(List<Episode> episodes) {
    long noOps = 0;
    long all = 0;
    for (Episode e : episodes) {
      for (Decision d : e.agent) {
        noOps += d.action() == d.mask().length - 1 ? 1 : 0;
      }
      all += e.agent.size();
    }
    return all == 0 ? 0 : (double) noOps / all;
  }

  /** The largest {@link #maxAbsLogit} of {@code episodes}. */
  static double maxAbsLogit(List<Episode> episodes) {
    float max = 0;
    for (Episode e : episodes) {
      max = Math.max(max, e.maxAbsLogit);
    }
    return max;
  }

  /** An episode of any policy, without recording (for evaluation). */
  static Episode play(JobShopInstance instance, Policy policy, RandomGenerator random) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    float[] obs = new float[env.observationSize()];
    boolean[] mask = new boolean[env.actionCount()];
    while (!env.done()) {
      env.observe(obs);
      env.actionMask(mask);
      env.step(policy.act(obs, mask, random));
    }
    return new Episode(-1, instance, List.of(), env.solution().start(), env.makespan());
  }

  /** The episode's schedule. */
  org.allot.problem.jobshop.JobShopSchedule toSchedule() {
    return new org.allot.problem.jobshop.JobShopSchedule(schedule);
  }

  /** The fewest decisions of any episode. */
  static int shortest(List<Episode> episodes) {
    int min = Integer.MAX_VALUE;
    for (Episode e : episodes) {
      min = Math.min(min, e.agent.size());
    }
    return min;
  }

  /**
   * Replays the first {@code cut} decisions, lets CP-SAT improve the rest (warm-started, one
   * worker, {@code seconds}), and records the replayed expert decisions after the cut with
   * log-probabilities under {@code network}. With {@code samples > 0} the expert is the better of
   * that replay and the best of {@code samples} continuations sampled from {@code network} at the
   * cut (self-labelling, Corsini et al. 2024): for a non-delay policy the replayed CP schedule
   * loses much of CP-SAT's improvement, and the best sampled continuation is often the better
   * teacher.
   */
  void improve(int cut, double seconds, long seed, DispatchNetwork network, int samples,
      RandomGenerator random) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    for (int k = 0; k < cut && k < agent.size(); k++) {
      env.step(agent.get(k).action());
    }
    if (env.done()) {
      return;
    }
    CpDispatchEnvironment atCut = env.copy();
    int[] fixed = new int[instance.jobs()];
    for (int j = 0; j < fixed.length; j++) {
      fixed[j] = env.nextOp(j);
    }
    int[][] improved = WarmStartCpSat.solve(instance, schedule, fixed, env.time(), seconds, 1,
        seed, s -> { }).starts();
    List<Decision> decisions = new ArrayList<>();
    ExpertReplay.Recorder recorder = recorder(network, decisions);
    ExpertReplay.replayFor(network, env, improved, recorder);
    expert = decisions;
    expertMakespan = env.makespan();
    Rollout best = bestOf(atCut, network, samples, random, expertMakespan);
    if (best != null) {
      expert = record(atCut, network, best.actions());
      expertMakespan = best.makespan();
    }
  }

  /** A sampled continuation: its actions and the makespan they reach. */
  record Rollout(int[] actions, int makespan) {}

  /**
   * The best of {@code samples} continuations of {@code start} sampled from
   * {@code network} at temperature 1, or null when none has a makespan below {@code bound}.
   * Rollouts keep only their actions (one observation buffer for all); the caller replays the
   * winner alone for the observations it trains on ({@link #record}).
   */
  static Rollout bestOf(CpDispatchEnvironment start, DispatchNetwork network, int samples,
      RandomGenerator random, int bound) {
    Rollout best = null;
    int bestMakespan = bound;
    float[] obs = new float[start.observationSize()];
    boolean[] mask = new boolean[start.actionCount()];
    float[] logits = new float[mask.length];
    for (int k = 0; k < samples; k++) {
      CpDispatchEnvironment rollout = start.copy();
      int[] actions = new int[Math.max(1, rollout.instance().totalOperations())];
      int steps = 0;
      while (!rollout.done()) {
        rollout.observe(obs);
        rollout.actionMask(mask);
        network.restrict(mask);
        network.logits(obs, mask, logits);
        int a = DispatchPolicy.sample(logits, mask, 1.0, random);
        if (steps == actions.length) {
          actions = Arrays.copyOf(actions, 2 * steps);
        }
        actions[steps++] = a;
        rollout.step(a);
      }
      if (rollout.makespan() < bestMakespan) {
        best = new Rollout(Arrays.copyOf(actions, steps), rollout.makespan());
        bestMakespan = rollout.makespan();
      }
    }
    return best;
  }

  /**
   * The decisions of {@code actions} taken from (a copy of) {@code start}, recorded under
   * {@code network}.
   */
  static List<Decision> record(CpDispatchEnvironment start, DispatchNetwork network,
      int[] actions) {
    List<Decision> decisions = new ArrayList<>();
    ExpertReplay.Recorder record = recorder(network, decisions);
    CpDispatchEnvironment replay = start.copy();
    for (int a : actions) {
      record.decision(replay, a);
      replay.step(a);
    }
    return decisions;
  }

  /** The relative improvement of the expert over the agent, 0 when none. */
  double improvement() {
    return Math.max(0, (double) (makespan - expertMakespan) / makespan);
  }
}
