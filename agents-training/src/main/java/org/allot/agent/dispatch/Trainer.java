package org.allot.agent.dispatch;

import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.train.Checkpoints;
import org.allot.agent.train.HyperParametersFile;
import org.allot.agent.train.LearningCurve;
import org.allot.agent.train.OptimiserState;
import org.allot.agent.train.Seeding;
import org.allot.problem.Sense;
import org.allot.problem.jobshop.JobShopInstance;

/**
 * Trains the dispatching policy as Tassel, Gebser and Schekotihin (ICAPS 2023) do, read top to
 * bottom in {@link #train}: each update rolls out episodes sampled from the policy on every
 * training instance, cuts them all at one random step, lets CP-SAT improve each episode's schedule
 * after the cut (warm-started from it, the decisions before the cut fixed, a short limit),
 * left-justifies the result and replays it for expert actions; then two PPO-clip phases:
 * imitation after the cut (expert actions with advantage +A, the agent's own with -A, A the
 * min-max-normalised improvement per instance) and policy gradient before it (advantage minus the
 * per-instance z-score of the improved makespan). Adam with a learning rate decayed linearly to 0;
 * each phase stops early on approximate KL. Before the first update, optional imitation rounds
 * (warm start, pilot, self-labelling: see {@link DispatchTraining}). Single-threaded;
 * deterministic for one seed (CP-SAT with one worker stops on time, so its schedules may vary with
 * machine load).
 *
 * @param hp every hyper-parameter
 * @param instances the training instances of each update (0-based; the rounds before the first
 *     update ask for -1, -2, ...): the same list throughout, or fresh random instances every
 *     update, so that the policy cannot fit a handful of instances
 * @param validation instances whose mean greedy makespan is logged each update and picks {@code
 *     best-weights.bin}
 */
public record Trainer(HyperParameters hp, IntFunction<List<JobShopInstance>> instances,
    List<JobShopInstance> validation) {
  /** The learning curve's columns. */
  public static final List<String> COLUMNS = List.of("update", "learning_rate", "cut",
      "agent_makespan", "expert_makespan", "improvement", "imitation_loss", "imitation_kl",
      "imitation_epochs", "pg_loss", "pg_kl", "pg_epochs", "greedy_validation_makespan",
      "seconds", "noop_share", "max_abs_logit", "imitation_grad_norm", "imitation_max_log_ratio",
      "pg_grad_norm", "pg_max_log_ratio", "weight_norm");

  public Trainer {
    Objects.requireNonNull(hp, "hp");
    Objects.requireNonNull(instances, "instances");
    validation = List.copyOf(validation);
  }

  /** A trainer on the same {@code training} instances in every update and round. */
  public static Trainer on(List<JobShopInstance> training, List<JobShopInstance> validation,
      HyperParameters hp) {
    List<JobShopInstance> fixed = List.copyOf(training);
    return new Trainer(hp, u -> fixed, validation);
  }

  /**
   * Trains from {@code initial} (fresh weights when null) and returns the final weights. Writes
   * into {@code out}: {@code hyper-parameters.txt}, {@code learning-curve.csv} (a row per round
   * and update), {@code weights.bin} (replaced after every update, so a cut run keeps its last
   * weights) and {@code best-weights.bin} (the weights with the lowest greedy validation makespan
   * so far, the warm start's included; ties keep the earlier).
   *
   * @param out the output folder (created)
   * @param log progress lines (the hyper-parameters, then one per round and update)
   * @throws UncheckedIOException when the output cannot be written
   * @throws IllegalStateException when the weights, a loss or a gradient stop being finite
   */
  public Weights train(Weights initial, Path out, PrintStream log) {
    List<JobShopInstance> first = instances.apply(0);
    HyperParametersFile.write(out, hp, List.of("training: " + names(first),
        "validation: " + names(validation)), log);
    SplittableRandom random = Seeding.start(hp.seed());
    Weights weights = initial != null ? DispatchNetwork.withWaits(initial, hp.waits())
        : DispatchNetwork.initial(random, hp.waits());
    Adam adam = new Adam(0.9, 0.999, hp.adamEpsilon());
    long t0 = System.nanoTime();
    log.printf("update 0: greedy validation makespan %.1f%n", greedy(weights, validation));
    try (LearningCurve curve = new LearningCurve(out.resolve(LearningCurve.NAME), COLUMNS);
        NDManager root = DjlRuntime.newManager()) {
      DispatchTraining run = new DispatchTraining(hp, u -> u == 0 ? first : instances.apply(u),
          validation, log, new OptimiserState(adam, random, root), curve,
          new Checkpoints(out, Sense.MINIMIZE), t0);
      weights = initial == null && hp.warmStartRounds() > 0 ? run.warmStart(weights)
          : run.keepIfBest(weights);
      weights = run.pilot(weights);
      weights = run.selfLabel(weights);
      for (int u = 0; u < hp.updates(); u++) {
        weights = run.update(u, weights);
      }
    }
    return weights;
  }

  private static List<String> names(List<JobShopInstance> instances) {
    return instances.stream().map(JobShopInstance::name).toList();
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
