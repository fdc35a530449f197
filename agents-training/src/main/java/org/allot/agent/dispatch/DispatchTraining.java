package org.allot.agent.dispatch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.allot.agent.Weights;
import org.allot.agent.train.Checkpoints;
import org.allot.agent.train.LearningCurve;
import org.allot.agent.train.NanGuard;
import org.allot.agent.train.OptimiserState;
import org.allot.agent.train.PolicyUpdate;
import org.allot.agent.train.PpoClip;
import org.allot.agent.train.Reinforce;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;

/**
 * One dispatch training run in progress (see {@link Trainer}): the hyper-parameters, where the
 * instances come from, the log, and the loop's state (Adam, the generator and the root manager in
 * {@code optimiser}, the curve, the checkpoints in the output folder, the start time). Each
 * method is one phase: it takes the weights and returns the new ones, validates them, offers them
 * to the checkpoints and writes the curve's row and a log line. Not thread-safe.
 *
 * @param instances the training instances of update {@code u} (rounds before the first update ask
 *     for {@code -1, -2, ...})
 * @param t0 the run's start, {@link System#nanoTime()}
 */
record DispatchTraining(HyperParameters hp, IntFunction<List<JobShopInstance>> instances,
    List<JobShopInstance> validation, PrintStream log, OptimiserState optimiser,
    LearningCurve curve, Checkpoints checkpoints, long t0) {

  /** PPO-clip as the updates and the warm start use it. */
  private PpoClip<DispatchSample> ppo() {
    return new PpoClip<>(DjlDispatchPolicy.INSTANCE, new PpoClip.Settings(hp.epochs(),
        hp.minibatches(), hp.clip(), hp.targetKl(), hp.maxGradNorm()));
  }

  /** Cross-entropy (REINFORCE with advantage 1) as the pilot and self-labelling rounds use it. */
  private Reinforce<DispatchSample> crossEntropy() {
    return new Reinforce<>(DjlDispatchPolicy.INSTANCE, new Reinforce.Settings(hp.epochs(),
        hp.minibatches(), hp.targetKl(), hp.maxGradNorm(), 0));
  }

  /** Offers {@code weights} to the best-so-far with their greedy validation makespan. */
  Weights keepIfBest(Weights weights) {
    checkpoints.offer(weights, Trainer.greedy(weights, validation));
    return weights;
  }

  /**
   * Warm start (not in the paper): {@code warmStartRounds} rounds of imitating the non-delay
   * FDD/MWKR rule, the best static rule on Taillard's instances, so that the 2-core budget goes
   * into improving on that rule rather than into rediscovering it from a random policy. Each
   * round replays the rule's schedule on the training instances of update {@code -round} (fresh
   * ones with {@code --fresh}) and runs one PPO-clip imitation phase with advantage 1 (so each
   * round moves the policy at most as far as the clip and KL allow). Rows with updates
   * -rounds+1 to 0 in the learning curve (before the pilot's and self-labelling's rows).
   */
  Weights warmStart(Weights weights) {
    for (int r = 1; r <= hp.warmStartRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<Episode.Decision> decisions = new ArrayList<>();
      double ruleMakespan = 0;
      List<JobShopInstance> round = instances.apply(-r);
      for (JobShopInstance instance : round) {
        JobShopSchedule rule = NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0);
        ruleMakespan += (double) rule.makespan(instance) / round.size();
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        ExpertReplay.replayFor(network, env, rule.start(), Episode.recorder(network, decisions));
      }
      List<DispatchSample> samples = new ArrayList<>();
      for (Episode.Decision d : decisions) {
        samples.add(Labels.sample(d, 1.0));
      }
      int row = r - hp.warmStartRounds() - hp.pilotRounds() - hp.selfLabelRounds();
      PolicyUpdate step = ppo().optimise("warm-start round " + r, weights, samples,
          hp.learningRate(), optimiser);
      weights = imitated("warm-start round " + r, row, step, Double.NaN, ruleMakespan);
    }
    return weights;
  }

  /**
   * DAgger with the pilot expert (not in Tassel's paper): {@code pilotRounds} rounds, each
   * sampling one episode from the policy (temperature 1) on every training instance of update
   * {@code -(warmStartRounds + round)} and labelling every state it visits with
   * {@link PilotExpert}'s choice (FDD/MWKR completions), then one cross-entropy imitation
   * phase. The pilot improves on FDD/MWKR by about 5 % and costs milliseconds, where 1 s of
   * CP-SAT replayed as non-delay priorities is worse than the rule (docs/agents/dispatch.md); labelling
   * the policy's own states rather than the expert's (Ross, Gordon and Bagnell 2011) teaches it
   * to recover from its own mistakes. Rows after the warm start's; the curve's
   * {@code agent_makespan} is the sampled episodes' mean and {@code expert_makespan} the pilot's.
   */
  Weights pilot(Weights weights) {
    for (int r = 1; r <= hp.pilotRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<DispatchSample> batch = new ArrayList<>();
      List<JobShopInstance> round = instances.apply(-(hp.warmStartRounds() + r));
      double agent = 0;
      double expert = 0;
      for (JobShopInstance instance : round) {
        PilotExpert pilot = new PilotExpert(instance, PriorityRule.FDD_MWKR);
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        while (!env.done()) {
          Episode.View view = Episode.View.of(env, network);
          batch.add(Labels.sample(view.decide(pilot.action(env)), 1.0));
          env.step(view.sample(optimiser.random()).action());
        }
        agent += (double) env.makespan() / round.size();
        expert += (double) pilot.makespan() / round.size();
      }
      int row = r - hp.pilotRounds() - hp.selfLabelRounds();
      PolicyUpdate step = crossEntropy().optimise("pilot round " + r, weights, batch,
          hp.learningRate(), optimiser);
      weights = imitated("pilot round " + r, row, step, agent, expert);
    }
    return weights;
  }

  /**
   * Self-labelling (Corsini, Porrello, Calderara and Dell'Amico, 2024; not in Tassel's paper):
   * {@code selfLabelRounds} rounds, each sampling {@code expertSamples} whole episodes from the
   * policy on every training instance of update {@code -(warmStartRounds + pilotRounds +
   * round)}, and one cross-entropy imitation phase on the best episode of each instance. Unlike
   * the Tassel updates it needs neither CP-SAT nor a cut, so a round costs only the rollouts; the
   * policy moves towards its own best samples, which for this model are 4 points better than its
   * greedy episode on Taillard's instances. Rows {@code -selfLabelRounds+1} to 0 of the curve;
   * its {@code expert_makespan} is the mean of the labels.
   */
  Weights selfLabel(Weights weights) {
    int samples = Math.max(1, hp.expertSamples());
    for (int r = 1; r <= hp.selfLabelRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<DispatchSample> batch = new ArrayList<>();
      List<JobShopInstance> round =
          instances.apply(-(hp.warmStartRounds() + hp.pilotRounds() + r));
      double labelMakespan = 0;
      for (JobShopInstance instance : round) {
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        Episode.Rollout label = Episode.bestOf(env, network, samples, optimiser.random(),
            Integer.MAX_VALUE);
        labelMakespan += (double) label.makespan() / round.size();
        for (Episode.Decision d : Episode.record(env, network, label.actions())) {
          batch.add(Labels.sample(d, 1.0));
        }
      }
      PolicyUpdate step = crossEntropy().optimise("self-labelling round " + r, weights, batch,
          hp.learningRate(), optimiser);
      weights = imitated("self-labelling round " + r, r - hp.selfLabelRounds(), step,
          Double.NaN, labelMakespan);
    }
    return weights;
  }

  /**
   * After an imitation phase at the initial learning rate: the NaN guard, the validation, the
   * curve's row {@code row} and a log line; returns the phase's weights.
   */
  private Weights imitated(String name, int row, PolicyUpdate step, double agentMakespan,
      double expertMakespan) {
    NanGuard.requireFinite(step.weights(), "update " + row + ", " + name + " phase");
    Weights next = step.weights();
    double validationMakespan = Trainer.greedy(next, validation);
    checkpoints.offer(next, validationMakespan);
    double seconds = seconds();
    curve.row().set("update", row).set("learning_rate", hp.learningRate()).set("cut", 0)
        .set("agent_makespan", agentMakespan).set("expert_makespan", expertMakespan)
        .set("improvement", Double.NaN).set("imitation_loss", step.loss())
        .set("imitation_kl", step.kl()).set("imitation_epochs", step.epochs())
        .set("pg_loss", Double.NaN).set("pg_kl", Double.NaN).set("pg_epochs", 0)
        .set("greedy_validation_makespan", validationMakespan).set("seconds", seconds)
        .set("noop_share", 0.0).set("max_abs_logit", Double.NaN)
        .set("imitation_grad_norm", step.gradNorm())
        .set("imitation_max_log_ratio", step.maxLogRatio()).set("pg_grad_norm", Double.NaN)
        .set("pg_max_log_ratio", Double.NaN).set("weight_norm", next.norm()).write();
    String agent = Double.isNaN(agentMakespan) ? ""
        : String.format(Locale.ROOT, "agent %.1f, ", agentMakespan);
    log.printf("%s: %sexpert %.1f, greedy validation %.1f (%.0f s; loss %.4f, KL %.4f,"
        + " %d epochs)%n", name, agent, expertMakespan, validationMakespan, seconds,
        step.loss(), step.kl(), step.epochs());
    return next;
  }

  /**
   * Update {@code u} (0-based) of Tassel's loop: the rollouts and their labels, then the
   * imitation and policy-gradient PPO-clip phases at the decayed learning rate; checkpoints,
   * validation, the curve's row {@code u + 1} and a log line.
   */
  Weights update(int u, Weights weights) {
    double lr = hp.learningRate() * (1 - (double) u / hp.updates());
    Rollouts rollouts = rollOut(u, weights);
    String name = "update " + (u + 1);
    PolicyUpdate imitation = ppo().optimise(name + ": imitation", weights,
        rollouts.labels().imitation(), lr, optimiser);
    NanGuard.requireFinite(imitation.weights(), name + ", imitation phase");
    PolicyUpdate pg = ppo().optimise(name + ": policy-gradient", imitation.weights(),
        rollouts.labels().policyGradient(), lr, optimiser);
    NanGuard.requireFinite(pg.weights(), name + ", policy-gradient phase");
    checkpoints.save(pg.weights());
    double validationMakespan = Trainer.greedy(pg.weights(), validation);
    checkpoints.offer(pg.weights(), validationMakespan);
    updated(u + 1, lr, rollouts, imitation, pg, validationMakespan);
    return pg.weights();
  }

  /**
   * What an update learns from: the cut, the labels, the No-Op share of the sampled decisions and
   * their largest |logit|.
   */
  private record Rollouts(int cut, Labels labels, double noOpShare, double maxAbsLogit) {}

  /**
   * Samples {@code episodesPerInstance} episodes on every training instance of update {@code u},
   * draws one cut, lets CP-SAT (and sampled continuations) improve each episode after it, and
   * labels them.
   */
  private Rollouts rollOut(int u, Weights weights) {
    DispatchPolicy policy = DispatchPolicy.sampling(new DispatchNetwork(weights), 1.0);
    List<JobShopInstance> training = instances.apply(u);
    List<Episode> episodes = new ArrayList<>();
    for (int i = 0; i < training.size(); i++) {
      for (int e = 0; e < hp.episodesPerInstance(); e++) {
        episodes.add(Episode.sample(i, training.get(i), policy, optimiser.random()));
      }
    }
    int cut = 1 + optimiser.random().nextInt(Math.max(1, Episode.shortest(episodes) - 1));
    for (Episode e : episodes) {
      e.improve(cut, hp.cpSeconds(), optimiser.random().nextLong(), policy.network(),
          hp.expertSamples(), optimiser.random());
    }
    return new Rollouts(cut, Labels.of(episodes, training.size(), cut),
        Episode.noOpShare(episodes), Episode.maxAbsLogit(episodes));
  }

  /** The curve's row and the log line of update {@code update} (1-based). */
  private void updated(int update, double lr, Rollouts rollouts, PolicyUpdate imitation,
      PolicyUpdate pg, double validationMakespan) {
    double seconds = seconds();
    Labels labels = rollouts.labels();
    Weights weights = pg.weights();
    curve.row().set("update", update).set("learning_rate", lr).set("cut", rollouts.cut())
        .set("agent_makespan", labels.agentMakespan())
        .set("expert_makespan", labels.expertMakespan())
        .set("improvement", labels.improvement()).set("imitation_loss", imitation.loss())
        .set("imitation_kl", imitation.kl()).set("imitation_epochs", imitation.epochs())
        .set("pg_loss", pg.loss()).set("pg_kl", pg.kl()).set("pg_epochs", pg.epochs())
        .set("greedy_validation_makespan", validationMakespan).set("seconds", seconds)
        .set("noop_share", rollouts.noOpShare()).set("max_abs_logit", rollouts.maxAbsLogit())
        .set("imitation_grad_norm", imitation.gradNorm())
        .set("imitation_max_log_ratio", imitation.maxLogRatio())
        .set("pg_grad_norm", pg.gradNorm()).set("pg_max_log_ratio", pg.maxLogRatio())
        .set("weight_norm", weights.norm()).write();
    log.printf("update %d: agent %.1f, expert %.1f, greedy validation %.1f (%.0f s;"
        + " No-Op %.3f, max |logit| %.1f, |log r| %.1f/%.1f, |w| %.1f)%n", update,
        labels.agentMakespan(), labels.expertMakespan(), validationMakespan, seconds,
        rollouts.noOpShare(), rollouts.maxAbsLogit(), imitation.maxLogRatio(),
        pg.maxLogRatio(), weights.norm());
  }

  private double seconds() {
    return (System.nanoTime() - t0) / 1e9;
  }
}
