package org.allot.agent.subpo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.train.Checkpoints;
import org.allot.agent.train.HyperParametersFile;
import org.allot.agent.train.LearningCurve;
import org.allot.agent.train.NanGuard;
import org.allot.problem.Sense;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.Generators;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;

/**
 * One SubPO training run, read top to bottom: every hyper-parameter in this record, seeding
 * first, fresh generated maps of one variant every epoch ({@code mapsPerEpoch} maps, {@code
 * batch} walks each: {@link Reinforce}), the greedy walks' mean F on fixed validation maps every
 * {@code validateEvery} epochs, the learning curve and checkpoints after every epoch. Training
 * maps have seeds {@code 1,000,000 (seed + 1) + 1,000 epoch + i} and validation maps {@code
 * 900,001 ...}: never the suites' seeds 1-10 and 101-110. Deterministic for one seed
 * (single-threaded, plain Java).
 *
 * @param variant the generator of training and validation maps
 * @param credit the credit rule
 * @param observation what the policy sees
 * @param hidden the hidden widths (the paper: 64, 32)
 * @param epochs updates
 * @param mapsPerEpoch fresh maps per update
 * @param batch walks per map and update
 * @param learningRate Adam's rate
 * @param entropy the entropy bonus's coefficient
 * @param validationMaps the number of fixed validation maps
 * @param validateEvery epochs between validations (the first and last epoch are always validated)
 * @param seed seeds the weights, the sampling and the training maps
 * @param init weights to start from, or null for fresh ones
 */
public record SubpoTraining(CoverageVariant variant, Credit credit, Observation observation,
    int[] hidden, int epochs, int mapsPerEpoch, int batch, double learningRate, double entropy,
    int validationMaps, int validateEvery, long seed, Path init) {
  /** The learning curve's columns. */
  public static final List<String> COLUMNS = List.of("epoch", "walks", "sampled_f",
      "validation_greedy_f", "entropy", "grad_norm", "seconds");
  /** The first validation map's seed. */
  public static final long VALIDATION_SEED = 900_001;

  public SubpoTraining {
    if (epochs < 1 || mapsPerEpoch < 1 || validationMaps < 1 || validateEvery < 1) {
      throw new IllegalArgumentException("need at least 1 epoch, 1 map per epoch, 1 validation"
          + " map and validate-every >= 1");
    }
    new Reinforce.Settings(credit, batch, learningRate, entropy, 1.0);
    hidden = hidden.clone();
  }

  /** Trains into {@code out}; returns the final weights. */
  public Weights train(Path out, PrintStream log) {
    SplittableRandom random = new SplittableRandom(seed);
    Weights weights = init != null ? SubpoModel.file(init)
        : SubpoNetwork.initial(observation, hidden, random);
    HyperParametersFile.write(out, this, List.of(), log);
    List<Walker> validation = maps(VALIDATION_SEED, validationMaps);
    Reinforce learner = new Reinforce(weights, settings(), random.nextLong());
    Checkpoints checkpoints = new Checkpoints(out, Sense.MAXIMIZE);
    long t0 = System.nanoTime();
    try (LearningCurve curve = new LearningCurve(out.resolve(LearningCurve.NAME), COLUMNS)) {
      double v = greedy(weights, validation);
      curve.row().set("epoch", 0).set("walks", 0).set("sampled_f", Double.NaN)
          .set("validation_greedy_f", v).set("entropy", Double.NaN)
          .set("grad_norm", Double.NaN).set("seconds", 0.0).write();
      checkpoints.save(weights);
      checkpoints.offer(weights, v);
      for (int epoch = 1; epoch <= epochs; epoch++) {
        Reinforce.Stats stats = learner.update(maps(trainingSeed(epoch), mapsPerEpoch));
        NanGuard.requireFinite(learner.weights(), "epoch " + epoch);
        boolean validate = epoch % validateEvery == 0 || epoch == epochs;
        v = validate ? greedy(learner.weights(), validation) : Double.NaN;
        double seconds = (System.nanoTime() - t0) / 1e9;
        curve.row().set("epoch", epoch).set("walks", (long) epoch * mapsPerEpoch * batch)
            .set("sampled_f", stats.meanValue()).set("validation_greedy_f", v)
            .set("entropy", stats.entropy()).set("grad_norm", stats.gradNorm())
            .set("seconds", seconds).write();
        checkpoints.save(learner.weights());
        if (validate) {
          checkpoints.offer(learner.weights(), v);
          log.printf("epoch %d: sampled F %.3f, greedy validation F %.3f, entropy %.3f (%.0f s)%n",
              epoch, stats.meanValue(), v, stats.entropy(), seconds);
        }
      }
    }
    return learner.weights();
  }

  /** The learning settings of {@link Reinforce}. */
  public Reinforce.Settings settings() {
    return new Reinforce.Settings(credit, batch, learningRate, entropy, 1.0);
  }

  private long trainingSeed(int epoch) {
    return 1_000_000L * (seed + 1) + 1_000L * epoch;
  }

  private List<Walker> maps(long firstSeed, int count) {
    List<Walker> maps = new ArrayList<>(count);
    String spec = "coverage:variant=" + variant.id() + ",seed=" + firstSeed + ",count=" + count;
    for (CoverageInstance map : Generators.generate(GeneratorSpec.parse(spec),
        CoverageInstance.class)) {
      maps.add(new Walker(map, observation));
    }
    return maps;
  }

  /** The mean F of the greedy walks of {@code weights} on {@code maps}. */
  static double greedy(Weights weights, List<Walker> maps) {
    double sum = 0;
    for (Walker map : maps) {
      sum += map.greedy(weights).value();
    }
    return sum / maps.size();
  }

  @Override
  public int[] hidden() {
    return hidden.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubpoTraining t && variant == t.variant && credit == t.credit
        && observation == t.observation && java.util.Arrays.equals(hidden, t.hidden)
        && epochs == t.epochs && mapsPerEpoch == t.mapsPerEpoch && batch == t.batch
        && Double.compare(learningRate, t.learningRate) == 0
        && Double.compare(entropy, t.entropy) == 0 && validationMaps == t.validationMaps
        && validateEvery == t.validateEvery && seed == t.seed
        && java.util.Objects.equals(init, t.init);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(variant, credit, observation, java.util.Arrays.hashCode(hidden),
        epochs, mapsPerEpoch, batch, learningRate, entropy, validationMaps, validateEvery, seed,
        init);
  }

  @Override
  public String toString() {
    return "SubpoTraining[variant=" + variant.id() + ", credit=" + credit.id() + ", observation="
        + observation.id() + ", hidden=" + java.util.Arrays.toString(hidden) + ", epochs="
        + epochs + ", mapsPerEpoch=" + mapsPerEpoch + ", batch=" + batch + ", learningRate="
        + learningRate + ", entropy=" + entropy + ", validationMaps=" + validationMaps
        + ", validateEvery=" + validateEvery + ", seed=" + seed + ", init=" + init + "]";
  }
}
