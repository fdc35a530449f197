package org.allot.agent.earli;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.train.Checkpoints;
import org.allot.agent.train.HyperParametersFile;
import org.allot.agent.train.LearningCurve;
import org.allot.agent.train.NanGuard;
import org.allot.agent.train.OptimiserState;
import org.allot.agent.train.PolicyUpdate;
import org.allot.agent.train.Reinforce;
import org.allot.problem.Sense;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.XGenerator;
import org.allot.solver.Budget;
import org.allot.solver.cvrp.CvrpSavings;

/**
 * EARLI's training: POMO-style REINFORCE with a shared baseline (Kwon et al. 2020) over fresh
 * X-generator instances (every depot placement, customer distribution and demand type, route
 * sizes from the X recipe), in a curriculum over sizes, each phase starting from the previous
 * phase's best weights. Per epoch, every instance gets {@code rollouts} sampled rollouts, each
 * forced to start at a different random customer (POMO's diverse starts); a rollout's advantage
 * is its instance's mean cost minus its cost, over the instance's standard deviation; one Adam
 * step on all decisions of the epoch ({@link Reinforce}, gradient clipped to norm 1). Rollouts
 * are sampled by the plain-Java {@link Decoder} with the same candidate restriction as inference,
 * and re-scored by {@link DjlEarliPolicy}. Validation: the greedy rollout's cost over the
 * Clarke–Wright savings cost, averaged over fixed instances of the phase's size (seeds from
 * {@value #VALIDATION_SEED}, never trained on). A phase whose folder already has its final
 * weights is skipped, so a stopped run resumes at the phase it was in.
 *
 * @param phases the curriculum
 * @param candidates the decoder's nearest-candidate count (0: all)
 * @param validation instances per validation
 * @param validateEvery epochs between validations
 * @param seed seeds the weights, the sampling and the instances
 * @param init weights to start from, or null
 */
public record EarliTraining(List<Phase> phases, int candidates, int validation,
    int validateEvery, long seed, Path init) {
  /** The first generator seed of the validation instances; training seeds are above 10^9. */
  public static final long VALIDATION_SEED = 900_001;
  /** The learning curve's columns. */
  public static final List<String> COLUMNS = List.of("phase", "customers", "epoch", "step",
      "sampled_cost", "validation_ratio", "grad_norm", "seconds");

  /**
   * One phase of the curriculum.
   *
   * @param customers the instances' size
   * @param epochs Adam steps
   * @param instances fresh instances per epoch
   * @param rollouts rollouts per instance (distinct starts; at most {@code customers})
   * @param learningRate Adam's rate
   */
  public record Phase(int customers, int epochs, int instances, int rollouts,
      double learningRate) {
    public Phase {
      if (customers < 2 || epochs < 1 || instances < 1 || rollouts < 2 || rollouts > customers
          || !(learningRate > 0)) {
        throw new IllegalArgumentException("a phase needs >= 2 customers, >= 1 epoch and"
            + " instance, 2..customers rollouts and a positive learning rate, got " + this);
      }
    }
  }

  public EarliTraining {
    phases = List.copyOf(phases);
    if (phases.isEmpty() || candidates < 0 || validation < 1 || validateEvery < 1) {
      throw new IllegalArgumentException("need a phase, candidates >= 0, >= 1 validation"
          + " instance and a validation interval >= 1");
    }
  }

  /** Trains into {@code out} ({@code phase-1} ... and the final {@code best-weights.bin}). */
  public Weights train(Path out, PrintStream log) {
    SplittableRandom random = new SplittableRandom(seed);
    Weights weights = init != null ? EarliModel.file(init) : EarliNetwork.initial(random);
    HyperParametersFile.write(out, this, List.of(), log);
    DjlRuntime.seed(seed);
    try (NDManager manager = DjlRuntime.newManager()) {
      OptimiserState state = new OptimiserState(new Adam(0.9, 0.999, 1e-8), random.split(),
          manager);
      for (int k = 0; k < phases.size(); k++) {
        weights = phase(k, weights, state, random.split(), out.resolve("phase-" + (k + 1)), log);
      }
    }
    write(weights, out.resolve(Checkpoints.BEST));
    return weights;
  }

  private Weights phase(int k, Weights start, OptimiserState state, SplittableRandom random,
      Path dir, PrintStream log) {
    Path done = dir.resolve("final-weights.bin");
    if (Files.isRegularFile(done)) {
      log.println("phase " + (k + 1) + ": already trained, reading " + done);
      return EarliModel.file(done);
    }
    Phase phase = phases.get(k);
    List<CvrpInstance> valid = instances(phase.customers, VALIDATION_SEED, validation);
    double[] savings = savings(valid);
    Reinforce<EarliSample> learner = new Reinforce<>(new DjlEarliPolicy(),
        new Reinforce.Settings(1, 1, Double.POSITIVE_INFINITY, 1.0, 0));
    Checkpoints checkpoints = new Checkpoints(dir, Sense.MINIMIZE);
    Weights weights = start;
    long t0 = System.nanoTime();
    try (LearningCurve curve = new LearningCurve(dir.resolve(LearningCurve.NAME), COLUMNS)) {
      double v = validate(weights, valid, savings, candidates);
      checkpoints.offer(weights, v);
      row(curve, k, phase, 0, Double.NaN, v, Double.NaN, t0);
      for (int epoch = 1; epoch <= phase.epochs; epoch++) {
        long first = 1_000_000_000L * (seed + 1) + 1_000_000L * (k + 1)
            + (long) epoch * phase.instances;
        Rollouts r = Rollouts.sample(weights, instances(phase.customers, first, phase.instances),
            phase.rollouts, candidates, random);
        PolicyUpdate u = learner.optimise("phase " + (k + 1), weights, r.samples(),
            phase.learningRate, state);
        weights = u.weights();
        NanGuard.requireFinite(weights, "phase " + (k + 1) + ", epoch " + epoch);
        boolean validate = epoch % validateEvery == 0 || epoch == phase.epochs;
        v = validate ? validate(weights, valid, savings, candidates) : Double.NaN;
        row(curve, k, phase, epoch, r.meanCost(), v, u.gradNorm(), t0);
        if (validate) {
          checkpoints.save(weights);
          checkpoints.offer(weights, v);
          log.printf("phase %d (n=%d) epoch %d: sampled cost %.0f, greedy/savings %.4f (%.0f s)%n",
              k + 1, phase.customers, epoch, r.meanCost(), v, (System.nanoTime() - t0) / 1e9);
        }
      }
    }
    Weights best = EarliModel.file(dir.resolve(Checkpoints.BEST));
    write(best, done);
    return best;
  }

  private static void row(LearningCurve curve, int k, Phase phase, int epoch, double cost,
      double v, double norm, long t0) {
    curve.row().set("phase", k + 1).set("customers", phase.customers).set("epoch", epoch)
        .set("step", epoch).set("sampled_cost", cost).set("validation_ratio", v)
        .set("grad_norm", norm).set("seconds", (System.nanoTime() - t0) / 1e9).write();
  }

  /** {@code count} X-generator instances of {@code customers} from seeds {@code first...}. */
  static List<CvrpInstance> instances(int customers, long first, int count) {
    List<CvrpInstance> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(XGenerator.random(customers).generate(new SplittableRandom(first + i)));
    }
    return list;
  }

  private static double[] savings(List<CvrpInstance> instances) {
    double[] costs = new double[instances.size()];
    for (int i = 0; i < costs.length; i++) {
      costs[i] = new CvrpSavings().solve(instances.get(i), Budget.of(java.time.Duration
          .ofSeconds(60))).objectiveValue();
    }
    return costs;
  }

  /** The mean of greedy cost / savings cost over the validation instances. */
  static double validate(Weights weights, List<CvrpInstance> instances, double[] savings,
      int candidates) {
    EarliNetwork network = new EarliNetwork(weights);
    Decoder decoder = new Decoder(network, candidates);
    double sum = 0;
    for (int i = 0; i < instances.size(); i++) {
      Decoder.Rollout r = decoder.decode(network.encode(instances.get(i)), 1, true, 1,
          new SplittableRandom(0), null, null)[0];
      sum += r.cost() / savings[i];
    }
    return sum / instances.size();
  }

  private static void write(Weights weights, Path file) {
    try {
      weights.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
