package org.allot.agent.dispatch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.train.LearningCurve;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;

/**
 * {@code allot train dispatch}: the learned job-shop dispatching rule ({@link Trainer}), its
 * options turned into {@link HyperParameters}, its instances read from {@link JobShopSpecs}.
 */
public final class DispatchTrainerProvider implements TrainerProvider {
  private static final List<String> INSTANCES = List.of("ta31", "ta32", "ta33", "ta34");
  private static final List<String> VALIDATION = List.of("random:20x15:8:1000");
  private static final String SPECS = "a Taillard name (ta31), random:JOBSxMACHINES[:COUNT[:SEED]]"
      + " (Taillard-distribution instances) or a job-shop file";

  @Override
  public String id() {
    return "dispatch";
  }

  @Override
  public String summary() {
    return "the CP-based job-shop dispatching rule (Tassel, Gebser, Schekotihin, ICAPS 2023)";
  }

  @Override
  public List<String> description() {
    return List.of("Learns a job-shop dispatching rule from episodes sampled on the training"
        + " instances and improved by CP-SAT (Tassel, Gebser, Schekotihin, ICAPS 2023), after"
        + " optional imitation rounds (the FDD/MWKR rule, a pilot expert, the policy's own best"
        + " samples). The output folder gets weights.bin (replaced after every update),"
        + " best-weights.bin (the best greedy validation makespan so far),"
        + " learning-curve.csv, learning-curve.svg and hyper-parameters.txt. Instances: " + SPECS
        + ", comma-separated. Single-threaded; the same seed gives the same run up to CP-SAT's"
        + " time-limited search (bit for bit with --cp-seconds 0).",
        "The shipped model is made in the first two examples' two steps"
        + " (docs/results/dispatch/train-shipped-model runs both and compares the result with"
        + " the shipped weights).");
  }

  @Override
  public List<TrainerOption> options() {
    return DispatchOptions.ALL;
  }

  @Override
  public List<String> examples() {
    return DispatchOptions.EXAMPLES;
  }

  @Override
  public TrainingResult train(TrainerArguments arguments, Path out, PrintStream log) {
    HyperParameters hp = DispatchOptions.hyperParameters(arguments);
    List<JobShopInstance> checks = JobShopSpecs.load(arguments.list("validation", VALIDATION),
        "--validation");
    if (arguments.flag("plot-only")) {
      if (!Files.isRegularFile(out.resolve(LearningCurve.NAME))) {
        throw new TrainerInputException(out.resolve(LearningCurve.NAME) + ": no such file;"
            + " --plot-only needs the --out of a training run");
      }
      return result(out, checks, "");
    }
    List<String> specs = arguments.list("instances", INSTANCES);
    List<JobShopInstance> training = JobShopSpecs.load(specs, "--instances");
    Weights initial = initial(arguments.path("init"));
    long t0 = System.nanoTime();
    try {
      DjlRuntime.engine();
    } catch (IllegalStateException e) {
      // The set-up (native jar, PYTORCH_VERSION, cache) is the user's to fix: a clear message.
      throw new TrainerInputException(e.getMessage(), e);
    }
    IntFunction<List<JobShopInstance>> trainingFor = u -> training;
    if (arguments.flag("fresh")) {
      if (!JobShopSpecs.anyRandom(specs)) {
        throw new TrainerInputException("--fresh needs at least one random: instance spec in"
            + " --instances");
      }
      trainingFor = u -> u == 0 ? training
          : JobShopSpecs.load(JobShopSpecs.reseeded(specs, u), "--instances");
    }
    Weights weights = new Trainer(hp, trainingFor, checks).train(initial, out, log);
    return result(out, checks, String.format(Locale.ROOT,
        "trained dispatch in %.0f s: %s, %s (greedy validation makespan %.1f)",
        (System.nanoTime() - t0) / 1e9, out.resolve("weights.bin"),
        out.resolve(LearningCurve.NAME), Trainer.greedy(weights, checks)));
  }

  private static Weights initial(Path init) {
    if (init == null) {
      return null;
    }
    try {
      return Weights.read(init);
    } catch (IOException e) {
      throw new TrainerInputException("--init " + init + ": " + e.getMessage(), e);
    }
  }

  /** The run's files, FDD/MWKR's mean makespan on {@code checks} as the curve's reference. */
  private static TrainingResult result(Path out, List<JobShopInstance> checks, String summary) {
    double rule = 0;
    for (JobShopInstance instance : checks) {
      rule += (double) NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0)
          .makespan(instance) / checks.size();
    }
    return new TrainingResult(out.resolve("weights.bin"), out.resolve(LearningCurve.NAME),
        "update", List.of("greedy_validation_makespan", "agent_makespan", "expert_makespan"),
        rule, "FDD/MWKR on the validation set", summary, TrainingResult.Goal.LOWER, 0,
        "imitation | updates");
  }
}
