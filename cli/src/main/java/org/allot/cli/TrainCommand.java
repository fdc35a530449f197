package org.allot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.allot.agent.Weights;
import org.allot.agent.dispatch.HyperParameters;
import org.allot.agent.dispatch.Trainer;
import org.allot.agent.djl.DjlRuntime;
import org.allot.plot.LearningCurvePlot;
import org.allot.problem.InstanceFormat;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code allot train dispatch}: trains the learned dispatching rule (Tassel et al. 2023) and
 * writes its weights, learning curve and hyper-parameters into {@code --out}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Train a learned agent (dispatch: the CP-based job-shop dispatching rule).",
    description = {"Train a learned agent. 'dispatch' learns a job-shop dispatching rule from"
        + " episodes sampled on the training instances and improved by CP-SAT (Tassel, Gebser,"
        + " Schekotihin, ICAPS 2023). The output folder gets weights.bin (replaced after every"
        + " update), learning-curve.csv and hyper-parameters.txt. Instances: a Taillard name"
        + " (ta31), random:JOBSxMACHINES[:COUNT[:SEED]] (Taillard-distribution instances), or"
        + " a job-shop file. Single-threaded; the same seed gives the same run up to CP-SAT's"
        + " time-limited search.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  The shipped model in two steps (docs/results/dispatch/train-shipped-model runs"
            + " both and compares the result with the shipped weights):",
        "  allot train dispatch --instances ta31,ta32,ta33,ta34,random:15x15:4:11,"
            + "random:20x15:2:12 --fresh --warm-start 30 --expert-samples 128 --cp-seconds 0"
            + " --updates 1 --seed 1 --validation random:15x15:5:2000,random:30x15:5:3000"
            + " --learning-rate 1e-3 --out runs/step1   (1: imitate FDD/MWKR, ~3 min)",
        "  allot train dispatch --init runs/step1/best-weights.bin --self-label 30"
            + " --expert-samples 512 --learning-rate 2e-4 --target-kl 0.05 --instances"
            + " ta31,ta32,ta33,ta34,random:15x15:4:11,random:20x15:2:12 --fresh --updates 1"
            + " --cp-seconds 0 --episodes 2 --seed 1 --validation"
            + " random:15x15:5:2000,random:30x15:5:3000 --out runs/step2   (2: self-labelling,"
            + " ~16 min; runs/step2/best-weights.bin is the shipped weights.bin)",
        "",
        "  allot train dispatch --updates 100 --out runs/dispatch",
        "  allot train dispatch --instances random:15x10:4 --updates 20 --cp-seconds 0.3"
            + " --out /tmp/smoke",
        "  allot solve ta01.txt --solver dispatch -O weights=runs/dispatch/weights.bin"})
public final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AGENT", description = "The agent to train: dispatch.")
  String agent;

  @Option(names = "--instances", split = ",", paramLabel = "SPEC",
      description = "Training instances. Default: ${DEFAULT-VALUE} (as in the paper).")
  List<String> instances = new ArrayList<>(List.of("ta31", "ta32", "ta33", "ta34"));

  @Option(names = "--validation", split = ",", paramLabel = "SPEC", description = "Instances"
      + " whose mean greedy makespan is logged each update. Default: ${DEFAULT-VALUE}.")
  List<String> validation = new ArrayList<>(List.of("random:20x15:8:1000"));

  @Option(names = "--updates", paramLabel = "N", description = "Updates. Default: 100.")
  Integer updates;

  @Option(names = "--episodes", paramLabel = "N",
      description = "Episodes per instance and update. Default: 4.")
  Integer episodes;

  @Option(names = "--cp-seconds", paramLabel = "S",
      description = "CP-SAT's limit per episode, in seconds. Default: 1.")
  Double cpSeconds;

  @Option(names = "--learning-rate", paramLabel = "R",
      description = "Adam's initial learning rate (decays linearly to 0). Default: 2e-4.")
  Double learningRate;

  @Option(names = "--clip", paramLabel = "E", description = "PPO's clip range. Default: 0.3.")
  Double clip;

  @Option(names = "--target-kl", paramLabel = "K", description = "The approximate KL that stops"
      + " a phase's epochs. Default: 0.01.")
  Double targetKl;

  @Option(names = "--epochs", paramLabel = "N", description = "The most epochs per phase."
      + " Default: 20.")
  Integer epochs;

  @Option(names = "--seed", paramLabel = "N", description = "Seed. Default: 0.")
  Long seed;

  @Option(names = "--waits", description = "Let the policy wait (No-Op) while a job can start,"
      + " as in the paper. Default: a non-delay policy, the expert's schedule replayed as"
      + " priorities.")
  boolean waits;

  @Option(names = "--expert-samples", paramLabel = "K", description = "Continuations sampled"
      + " from the policy at the cut; the expert is the best of them and CP-SAT's schedule (0:"
      + " CP-SAT only, as in the paper). Default: 32.")
  Integer expertSamples;

  @Option(names = "--warm-start", paramLabel = "R", description = "Rounds of imitating the"
      + " FDD/MWKR rule before the first update, for fresh weights (0: none, as in the paper)."
      + " Skipped with --init, where it still numbers the later phases' rounds (their curve rows"
      + " and fresh instances), so hyper-parameters.txt shows it. Default: 10.")
  Integer warmStart;

  @Option(names = "--pilot", paramLabel = "R", description = "Rounds of imitating the pilot"
      + " expert (each job that can start now tried, completed with FDD/MWKR, the best kept) on"
      + " the states the policy visits (DAgger), after the warm start. Default: 0.")
  Integer pilot;

  @Option(names = "--self-label", paramLabel = "R", description = "Rounds of imitating the"
      + " best of K (--expert-samples) episodes sampled from the policy itself (self-labelling,"
      + " Corsini et al. 2024), after the warm start and before the first update. Default: 0.")
  Integer selfLabel;

  @Option(names = "--fresh", description = "Draw new random instances every update (random:"
      + " specs only; the seed of update u is SEED + 1000003 u), instead of training on the same"
      + " ones throughout.")
  boolean fresh;

  @Option(names = "--plot-only", description = "Train nothing: redraw DIR/learning-curve.svg"
      + " from DIR/learning-curve.csv (--out DIR), with FDD/MWKR's mean makespan on the"
      + " --validation instances as the reference line.")
  boolean plotOnly;

  @Option(names = "--init", paramLabel = "FILE", description = "Start from these weights.")
  Path init;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder (created).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!"dispatch".equals(agent)) {
      throw new UserError("unknown agent '" + agent + "' for train; agents: dispatch");
    }
    HyperParameters d = HyperParameters.defaults();
    HyperParameters hp;
    try {
      hp = new HyperParameters(updates != null ? updates : d.updates(),
          episodes != null ? episodes : d.episodesPerInstance(),
          cpSeconds != null ? cpSeconds : d.cpSeconds(),
          learningRate != null ? learningRate : d.learningRate(), d.adamEpsilon(),
          clip != null ? clip : d.clip(), epochs != null ? epochs : d.epochs(),
          targetKl != null ? targetKl : d.targetKl(), d.minibatches(),
          seed != null ? seed : d.seed(),
          d.maxGradNorm(), waits, expertSamples != null ? expertSamples : d.expertSamples(),
          warmStart != null ? warmStart : d.warmStartRounds(),
          selfLabel != null ? selfLabel : d.selfLabelRounds(),
          pilot != null ? pilot : d.pilotRounds());
    } catch (IllegalArgumentException e) {
      throw new UserError("bad training option: " + e.getMessage(), e);
    }
    List<JobShopInstance> checks = load(validation, "--validation");
    if (plotOnly) {
      plot(checks);
      return Exit.OK.code();
    }
    List<JobShopInstance> training = load(instances, "--instances");
    Weights initial = null;
    if (init != null) {
      try {
        initial = Weights.read(init);
      } catch (IOException e) {
        throw new UserError("--init " + init + ": " + e.getMessage(), e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintStream log = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    try {
      DjlRuntime.engine();
    } catch (IllegalStateException e) {
      // The set-up (native jar, PYTORCH_VERSION, cache) is the user's to fix: a clear message.
      throw new UserError(e.getMessage(), e);
    }
    IntFunction<List<JobShopInstance>> trainingFor = u -> training;
    if (fresh) {
      if (instances.stream().noneMatch(i -> i.startsWith("random:"))) {
        throw new UserError("--fresh needs at least one random: instance spec in --instances");
      }
      trainingFor = u -> {
        try {
          return u == 0 ? training : load(reseeded(instances, u), "--instances");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }
    Weights weights = Trainer.train(trainingFor, checks, hp, initial, out, log);
    plot(checks);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "trained dispatch in %.0f s: %s, %s (greedy validation makespan %.1f)%n",
        (System.nanoTime() - t0) / 1e9, out.resolve("weights.bin"),
        out.resolve("learning-curve.csv"), Trainer.greedy(weights, checks));
    return Exit.OK.code();
  }

  /** Draws {@code out/learning-curve.svg}, FDD/MWKR's mean on {@code checks} as the reference. */
  private void plot(List<JobShopInstance> checks) throws IOException {
    Path csv = out.resolve("learning-curve.csv");
    if (!Files.isRegularFile(csv)) {
      throw new UserError(csv + ": no such file; --plot-only needs the --out of a training run");
    }
    double rule = 0;
    for (JobShopInstance instance : checks) {
      rule += (double) NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0)
          .makespan(instance) / checks.size();
    }
    try {
      LearningCurvePlot.write(csv, out.resolve("learning-curve.svg"), rule,
          "FDD/MWKR on the validation set");
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** The specs with every random: spec's seed moved on by 1000003 per update. */
  static List<String> reseeded(List<String> specs, int update) {
    List<String> out = new ArrayList<>();
    for (String s : specs) {
      if (!s.startsWith("random:")) {
        out.add(s);
        continue;
      }
      String[] parts = s.split(":");
      String count = parts.length > 2 ? parts[2] : "1";
      long seed = parts.length > 3 ? Long.parseLong(parts[3]) : 0;
      out.add("random:" + parts[1] + ":" + count + ":" + (seed + 1_000_003L * update));
    }
    return out;
  }

  /** Reads instance specs: Taillard names, random:NxM[:COUNT[:SEED]], or job-shop files. */
  static List<JobShopInstance> load(List<String> specs, String option) throws IOException {
    List<JobShopInstance> list = new ArrayList<>();
    for (String s : specs) {
      if (s.matches("ta\\d\\d")) {
        try {
          list.add(TaillardGenerator.benchmark(s));
        } catch (RuntimeException e) {
          throw new UserError(option + " " + s + ": " + e.getMessage(), e);
        }
      } else if (s.startsWith("random:")) {
        list.addAll(random(s, option));
      } else {
        list.add(file(Path.of(s), option));
      }
    }
    if (list.isEmpty()) {
      throw new UserError(option + " needs at least one instance");
    }
    return list;
  }

  private static List<JobShopInstance> random(String s, String option) {
    String[] parts = s.substring("random:".length()).split(":");
    String[] size = parts[0].split("x");
    try {
      int jobs = Integer.parseInt(size[0]);
      int machines = Integer.parseInt(size[1]);
      int count = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      long seed = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
      SplittableRandom random = new SplittableRandom(seed);
      List<JobShopInstance> list = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        list.add(RandomJobShopGenerator.taillardLike(jobs, machines).generate(random,
            "random-" + jobs + "x" + machines + "-" + seed + "-" + i));
      }
      return list;
    } catch (RuntimeException e) {
      throw new UserError(option + " " + s + ": expected random:JOBSxMACHINES[:COUNT[:SEED]],"
          + " for example random:15x10:4:0 (" + e.getMessage() + ")", e);
    }
  }

  private static JobShopInstance file(Path path, String option) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new UserError(option + " " + path + ": no such file; expected a Taillard name"
          + " (ta31), random:JOBSxMACHINES[:COUNT[:SEED]] or a job-shop file");
    }
    String head;
    try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      char[] buf = new char[4096];
      int read = reader.read(buf);
      head = read <= 0 ? "" : new String(buf, 0, read);
    }
    for (InstanceFormat<JobShopInstance> format : new JobShop().formats()) {
      if (format.accepts(path, head)) {
        return format.read(path);
      }
    }
    throw new UserError(option + " " + path + ": not a job-shop instance in a known format");
  }

  /** Bytes to a writer (progress lines go to the command's error stream). */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final Writer writer;

    WriterOutputStream(Writer writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
      writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      writer.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }
  }
}
