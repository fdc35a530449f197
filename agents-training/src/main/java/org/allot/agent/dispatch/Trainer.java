package org.allot.agent.dispatch;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.allot.agent.Adam;
import org.allot.agent.LearningCurve;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;

/**
 * Trains the dispatching policy as Tassel, Gebser and Schekotihin (ICAPS 2023) do, read top to
 * bottom: each update rolls out episodes sampled from the policy on every training instance, cuts
 * them all at one random step, lets CP-SAT improve each episode's schedule after the cut
 * (warm-started from it, the decisions before the cut fixed, a short limit), left-justifies the
 * result and replays it for expert actions; then two PPO-clip phases: imitation after the cut
 * (expert actions with advantage +A, the agent's own with -A, A the min-max-normalised
 * improvement per instance) and policy gradient before it (advantage minus the per-instance
 * z-score of the improved makespan). Adam with a learning rate decayed linearly to 0; each phase
 * stops early on approximate KL. Single-threaded; deterministic for one seed (CP-SAT with one
 * worker stops on time, so its schedules may vary with machine load).
 */
public final class Trainer {
  /** The learning curve's columns. */
  public static final List<String> COLUMNS = List.of("update", "learning_rate", "cut",
      "agent_makespan", "expert_makespan", "improvement", "imitation_loss", "imitation_kl",
      "imitation_epochs", "pg_loss", "pg_kl", "pg_epochs", "greedy_validation_makespan",
      "seconds", "noop_share", "max_abs_logit", "imitation_grad_norm", "imitation_max_log_ratio",
      "pg_grad_norm", "pg_max_log_ratio", "weight_norm");

  private Trainer() {}

  /**
   * Trains from {@code initial} (fresh weights when null) and returns the final weights. Writes
   * into {@code out}: {@code hyper-parameters.txt}, {@code learning-curve.csv} (a row per update),
   * {@code weights.bin} (replaced after every update, so a cut run keeps its last weights) and
   * {@code best-weights.bin} (the weights with the lowest greedy validation makespan so far, the
   * warm start's included; ties keep the earlier).
   *
   * @param training the training instances
   * @param validation instances whose mean greedy makespan is logged each update
   * @param out the output folder (created)
   * @param log progress lines (one per update)
   * @throws UncheckedIOException when the output cannot be written
   */
  public static Weights train(List<JobShopInstance> training, List<JobShopInstance> validation,
      HyperParameters hp, Weights initial, Path out, PrintStream log) {
    return train(u -> training, validation, hp, initial, out, log);
  }

  /**
   * Trains as {@link #train(List, List, HyperParameters, Weights, Path, PrintStream)} on the
   * instances {@code trainingFor} gives for each update (0-based): fresh random instances every
   * update, so that the policy cannot fit a handful of instances.
   */
  public static Weights train(IntFunction<List<JobShopInstance>> trainingFor,
      List<JobShopInstance> validation, HyperParameters hp, Weights initial, Path out,
      PrintStream log) {
    List<JobShopInstance> first = trainingFor.apply(0);
    write(out, "hyper-parameters.txt", hp + System.lineSeparator() + "training: "
        + first.stream().map(JobShopInstance::name).toList() + System.lineSeparator()
        + "validation: " + validation.stream().map(JobShopInstance::name).toList()
        + System.lineSeparator());
    Path curve = out.resolve("learning-curve.csv");
    SplittableRandom random = new SplittableRandom(hp.seed());
    DjlRuntime.seed(hp.seed());
    Weights weights = initial != null ? DispatchNetwork.withWaits(initial, hp.waits())
        : DispatchNetwork.initial(random, hp.waits());
    Adam adam = new Adam(0.9, 0.999, hp.adamEpsilon());
    long t0 = System.nanoTime();
    log.printf("update 0: greedy validation makespan %.1f%n", greedy(weights, validation));
    try (LearningCurve csv = new LearningCurve(curve, COLUMNS);
        NDManager root = DjlRuntime.newManager()) {
      Best best = new Best(out);
      if (initial == null && hp.warmStartRounds() > 0) {
        weights = warmStart(trainingFor, validation, hp, weights, adam, csv, random, root, log,
            t0, best);
      } else {
        best.offer(weights, greedy(weights, validation));
      }
      if (hp.pilotRounds() > 0) {
        weights = pilot(trainingFor, validation, hp, weights, adam, csv, random, root, log, t0,
            best);
      }
      if (hp.selfLabelRounds() > 0) {
        weights = selfLabel(trainingFor, validation, hp, weights, adam, csv, random, root, log,
            t0, best);
      }
      for (int u = 0; u < hp.updates(); u++) {
        double lr = hp.learningRate() * (1 - (double) u / hp.updates());
        DispatchPolicy policy = DispatchPolicy.sampling(new DispatchNetwork(weights), 1.0);
        List<JobShopInstance> training = u == 0 ? first : trainingFor.apply(u);
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
          for (int e = 0; e < hp.episodesPerInstance(); e++) {
            episodes.add(Episode.sample(i, training.get(i), policy, random));
          }
        }
        int cut = 1 + random.nextInt(Math.max(1, Episode.shortest(episodes) - 1));
        for (Episode e : episodes) {
          e.improve(cut, hp.cpSeconds(), random.nextLong(), policy.network(), hp.expertSamples(),
              random);
        }
        Labels labels = Labels.of(episodes, training.size(), cut);
        Map.Entry<Weights, PpoClip.Stats> imitation = PpoClip.optimise("update " + (u + 1)
            + ": imitation", weights, labels.imitation(), adam, lr, hp, random, root);
        requireFinite(imitation.getKey(), u + 1, "imitation");
        Map.Entry<Weights, PpoClip.Stats> pg = PpoClip.optimise("update " + (u + 1)
            + ": policy-gradient", imitation.getKey(), labels.policyGradient(), adam, lr, hp,
            random, root);
        requireFinite(pg.getKey(), u + 1, "policy-gradient");
        weights = pg.getKey();
        checkpoint(weights, out, "weights.bin");
        double validationMakespan = greedy(weights, validation);
        best.offer(weights, validationMakespan);
        double seconds = (System.nanoTime() - t0) / 1e9;
        csv.row(u + 1, lr, cut, labels.agentMakespan(), labels.expertMakespan(),
            labels.improvement(), imitation.getValue().loss(), imitation.getValue().kl(),
            imitation.getValue().epochs(), pg.getValue().loss(), pg.getValue().kl(),
            pg.getValue().epochs(), validationMakespan, seconds, Episode.noOpShare(episodes),
            Episode.maxAbsLogit(episodes), imitation.getValue().gradNorm(),
            imitation.getValue().maxLogRatio(), pg.getValue().gradNorm(),
            pg.getValue().maxLogRatio(), weights.norm());
        log.printf("update %d: agent %.1f, expert %.1f, greedy validation %.1f (%.0f s;"
            + " No-Op %.3f, max |logit| %.1f, |log r| %.1f/%.1f, |w| %.1f)%n", u + 1,
            labels.agentMakespan(), labels.expertMakespan(), validationMakespan, seconds,
            Episode.noOpShare(episodes), Episode.maxAbsLogit(episodes),
            imitation.getValue().maxLogRatio(), pg.getValue().maxLogRatio(), weights.norm());
      }
    }
    return weights;
  }

  /**
   * Warm start (not in the paper): {@code warmStartRounds} rounds of imitating the non-delay
   * FDD/MWKR rule, the best static rule on Taillard's instances, so that the 2-core budget goes
   * into improving on that rule rather than into rediscovering it from a random policy. Each
   * round replays the rule's schedule on the training instances of update {@code -round} (fresh
   * ones with {@code --fresh}) and runs one PPO-clip imitation phase with advantage 1 (so each
   * round moves the policy at most as far as the clip and KL allow). Rows with updates -rounds+1
   * to 0 in the learning curve.
   */
  static Weights warmStart(IntFunction<List<JobShopInstance>> trainingFor,
      List<JobShopInstance> validation, HyperParameters hp, Weights weights, Adam adam,
      LearningCurve csv, SplittableRandom random, NDManager root, PrintStream log, long t0,
      Best best) {
    for (int r = 1; r <= hp.warmStartRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<Episode.Decision> decisions = new ArrayList<>();
      double ruleMakespan = 0;
      List<JobShopInstance> instances = trainingFor.apply(-r);
      for (JobShopInstance instance : instances) {
        JobShopSchedule rule = NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0);
        ruleMakespan += (double) rule.makespan(instance) / instances.size();
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        ExpertReplay.replayFor(network, env, rule.start(), Episode.recorder(network, decisions));
      }
      List<PpoClip.Sample> samples = new ArrayList<>();
      for (Episode.Decision d : decisions) {
        samples.add(Labels.sample(d, 1.0));
      }
      int row = r - hp.warmStartRounds() - hp.pilotRounds() - hp.selfLabelRounds();
      weights = imitate("warm-start round " + r, row, samples, false, Double.NaN, ruleMakespan,
          weights, validation, hp, adam, csv, random, root, log, t0, best);
    }
    return weights;
  }

  /**
   * DAgger with the pilot expert (not in Tassel's paper): {@code pilotRounds} rounds, each
   * sampling one episode from the policy (temperature 1) on every training instance of update
   * {@code -(warmStartRounds + round)} and labelling every state it visits with
   * {@link PilotExpert}'s choice (FDD/MWKR completions), then one cross-entropy imitation
   * phase. The pilot improves on FDD/MWKR by about 5 % and costs milliseconds, where 1 s of
   * CP-SAT replayed as non-delay priorities is worse than the rule (docs/agents.md); labelling
   * the policy's own states rather than the expert's (Ross, Gordon and Bagnell 2011) teaches it
   * to recover from its own mistakes. Rows after the warm start's; the curve's
   * {@code agent_makespan} is the sampled episodes' mean and {@code expert_makespan} the pilot's.
   */
  static Weights pilot(IntFunction<List<JobShopInstance>> trainingFor,
      List<JobShopInstance> validation, HyperParameters hp, Weights weights, Adam adam,
      LearningCurve csv, SplittableRandom random, NDManager root, PrintStream log, long t0,
      Best best) {
    for (int r = 1; r <= hp.pilotRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<PpoClip.Sample> batch = new ArrayList<>();
      List<JobShopInstance> instances = trainingFor.apply(-(hp.warmStartRounds() + r));
      double agent = 0;
      double expert = 0;
      for (JobShopInstance instance : instances) {
        PilotExpert pilot = new PilotExpert(instance, PriorityRule.FDD_MWKR);
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        while (!env.done()) {
          Episode.View view = Episode.View.of(env, network);
          batch.add(Labels.sample(view.decide(pilot.action(env)), 1.0));
          env.step(view.sample(random).action());
        }
        agent += (double) env.makespan() / instances.size();
        expert += (double) pilot.makespan() / instances.size();
      }
      int row = r - hp.pilotRounds() - hp.selfLabelRounds();
      weights = imitate("pilot round " + r, row, batch, true, agent, expert, weights, validation,
          hp, adam, csv, random, root, log, t0, best);
    }
    return weights;
  }

  /**
   * One imitation phase on {@code batch} at the initial learning rate (cross-entropy or the
   * PPO-clip surrogate), then the validation, the curve's row {@code row} and a log line.
   */
  private static Weights imitate(String name, int row, List<PpoClip.Sample> batch,
      boolean crossEntropy, double agentMakespan, double expertMakespan, Weights weights,
      List<JobShopInstance> validation, HyperParameters hp, Adam adam, LearningCurve csv,
      SplittableRandom random, NDManager root, PrintStream log, long t0, Best best) {
    Map.Entry<Weights, PpoClip.Stats> step = PpoClip.optimise(name, weights, batch, adam,
        hp.learningRate(), hp, random, root, crossEntropy);
    requireFinite(step.getKey(), row, name);
    Weights next = step.getKey();
    double validationMakespan = greedy(next, validation);
    best.offer(next, validationMakespan);
    double seconds = (System.nanoTime() - t0) / 1e9;
    csv.row(row, hp.learningRate(), 0, agentMakespan, expertMakespan, Double.NaN,
        step.getValue().loss(), step.getValue().kl(), step.getValue().epochs(), Double.NaN,
        Double.NaN, 0, validationMakespan, seconds, 0.0, Double.NaN, step.getValue().gradNorm(),
        step.getValue().maxLogRatio(), Double.NaN, Double.NaN, next.norm());
    String agent = Double.isNaN(agentMakespan) ? ""
        : String.format(java.util.Locale.ROOT, "agent %.1f, ", agentMakespan);
    log.printf("%s: %sexpert %.1f, greedy validation %.1f (%.0f s; loss %.4f, KL %.4f,"
        + " %d epochs)%n", name, agent, expertMakespan, validationMakespan, seconds,
        step.getValue().loss(), step.getValue().kl(), step.getValue().epochs());
    return next;
  }

  /**
   * Self-labelling (Corsini, Porrello, Calderara and Dell'Amico, 2024; not in Tassel's paper):
   * {@code selfLabelRounds} rounds, each sampling {@code expertSamples} whole episodes from the
   * policy on every training instance of update {@code -(warmStartRounds + pilotRounds +
   * round)}, and one cross-entropy imitation phase on the best episode of each instance. Unlike the
   * Tassel updates it needs neither CP-SAT nor a cut, so a round costs only the rollouts; the
   * policy moves towards its own best samples, which for this model are 4 points better than its
   * greedy episode on Taillard's instances. Rows {@code -selfLabelRounds+1} to 0 of the curve;
   * its {@code expert_makespan} is the mean of the labels.
   */
  static Weights selfLabel(IntFunction<List<JobShopInstance>> trainingFor,
      List<JobShopInstance> validation, HyperParameters hp, Weights weights, Adam adam,
      LearningCurve csv, SplittableRandom random, NDManager root, PrintStream log, long t0,
      Best best) {
    int samples = Math.max(1, hp.expertSamples());
    for (int r = 1; r <= hp.selfLabelRounds(); r++) {
      DispatchNetwork network = new DispatchNetwork(weights);
      List<PpoClip.Sample> batch = new ArrayList<>();
      List<JobShopInstance> instances =
          trainingFor.apply(-(hp.warmStartRounds() + hp.pilotRounds() + r));
      double labelMakespan = 0;
      for (JobShopInstance instance : instances) {
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        Episode.Rollout label = Episode.bestOf(env, network, samples, random,
            Integer.MAX_VALUE);
        labelMakespan += (double) label.makespan() / instances.size();
        for (Episode.Decision d : Episode.record(env, network, label.actions())) {
          batch.add(Labels.sample(d, 1.0));
        }
      }
      weights = imitate("self-labelling round " + r, r - hp.selfLabelRounds(), batch, true,
          Double.NaN, labelMakespan, weights, validation, hp, adam, csv, random, root, log, t0,
          best);
    }
    return weights;
  }

  /** Stops the run on weights that are not finite, naming the update and the phase. */
  private static void requireFinite(Weights weights, int update, String phase) {
    String bad = weights.firstNonFinite();
    if (bad != null) {
      throw new IllegalStateException("update " + update + ", " + phase + " phase: " + bad
          + "; the weights diverged (the last finite ones are in weights.bin)");
    }
  }

  private static void write(Path out, String name, String text) {
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve(name), e);
    }
  }

  /**
   * Keeps {@code best-weights.bin}: the weights with the lowest greedy validation makespan
   * offered so far (the first of equals; with no validation instances, the last weights).
   */
  static final class Best {
    private final Path out;
    private double makespan = Double.POSITIVE_INFINITY;

    Best(Path out) {
      this.out = out;
    }

    void offer(Weights weights, double validationMakespan) {
      if (Double.isNaN(validationMakespan) || validationMakespan < makespan) {
        makespan = Double.isNaN(validationMakespan) ? makespan : validationMakespan;
        checkpoint(weights, out, "best-weights.bin");
      }
    }
  }

  /** Replaces {@code out/name} atomically. */
  private static void checkpoint(Weights weights, Path out, String name) {
    try {
      Path tmp = out.resolve(name + ".tmp");
      weights.write(tmp);
      Files.move(tmp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the weights into " + out, e);
    }
  }

  /** The mean greedy makespan of {@code weights} over {@code instances} (NaN when none). */
  public static double greedy(Weights weights, List<JobShopInstance> instances) {
    DispatchPolicy policy = DispatchPolicy.greedy(new DispatchNetwork(weights));
    double sum = 0;
    for (JobShopInstance instance : instances) {
      sum += Episode.play(instance, policy, new SplittableRandom(0)).makespan();
    }
    return instances.isEmpty() ? Double.NaN : sum / instances.size();
  }
}
