package org.allot.agent.subpo;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/**
 * Registers {@code subpo} for the coverage family: the shipped policy of the instance's variant,
 * trained further on the instance within the time limit (see {@link SubpoSolver}).
 */
public final class SubpoProvider implements SolverProvider {
  static final SolverOptions.Declared CREDIT = new SolverOptions.Declared("credit", "subpo",
      "subpo (reward-to-go of marginal gains, Eq. 7), modpo (modular rewards, repeats counted)"
      + " or immediate (each action's own marginal gain, the public code's rule): the shipped"
      + " policy trained with it and the rule used on the instance");
  static final SolverOptions.Declared MODEL = new SolverOptions.Declared("model", "auto",
      "the shipped policy: auto (items for item collection, rooms for maps with obstacles, else"
      + " nests), nests, items, rooms, or none (fresh weights, seeded)");
  static final SolverOptions.Declared WEIGHTS = new SolverOptions.Declared("weights", "",
      "a weights file written by 'allot train subpo' (overrides model)");
  static final SolverOptions.Declared OBSERVATION = new SolverOptions.Declared("observation",
      "history", "with model=none: history (window of gains, coarse map, time left) or markov"
      + " (position and time, SubPO-M)");
  static final SolverOptions.Declared TRAIN = new SolverOptions.Declared("train", "yes",
      "yes: REINFORCE on the instance until the limit; no: the policy's greedy walk and samples;"
      + " greedy: the policy's greedy walk alone (zero-shot, milliseconds)");
  static final SolverOptions.Declared BATCH = new SolverOptions.Declared("batch", "64",
      "walks sampled per update, 2..100000");
  static final SolverOptions.Declared LEARNING_RATE = new SolverOptions.Declared(
      "learning-rate", "0.001", "Adam's learning rate on the instance");
  static final SolverOptions.Declared ENTROPY = new SolverOptions.Declared("entropy", "0.01",
      "the entropy bonus's coefficient (keeps the policy exploring), 0..1");
  static final SolverOptions.Declared UPDATES = new SolverOptions.Declared("updates", "0",
      "the most updates (or sampling rounds with train=no); 0: until the time limit. A fixed"
      + " count makes the walk independent of the machine's speed");

  @Override
  public String problemId() {
    return Coverage.ID;
  }

  @Override
  public String id() {
    return SubpoSolver.ID;
  }

  @Override
  public String description() {
    return "SubPO (submodular policy gradient, Prajapat et al. 2024): a learned walk policy,"
        + " trained further on the instance";
  }

  @Override
  public List<SolverOptions.Declared> options() {
    return List.of(CREDIT, MODEL, WEIGHTS, OBSERVATION, TRAIN, BATCH, LEARNING_RATE, ENTROPY,
        UPDATES);
  }

  @Override
  public Solver<?, ?> create() {
    return create(SolverOptions.none());
  }

  @Override
  public Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id(), options());
    Credit credit = Credit.of(options.choice(CREDIT.name(), "subpo",
        List.of("subpo", "modpo", "immediate")));
    Reinforce.Settings settings = new Reinforce.Settings(credit,
        options.integer(BATCH.name(), 64, 2, 100_000),
        options.number(LEARNING_RATE.name(), 1e-3, 1e-9, 1),
        options.number(ENTROPY.name(), 0.01, 0, 1), 1.0);
    String train = options.choice(TRAIN.name(), "yes", List.of("yes", "no", "greedy"));
    int updates = train.equals("greedy") ? -1
        : options.integer(UPDATES.name(), 0, 0, Integer.MAX_VALUE);
    return new SubpoSolver(SubpoSolver.ID, weights(options, credit), settings,
        train.equals("yes"), updates);
  }

  private static SubpoSolver.InitialWeights weights(SolverOptions options,
      Credit credit) {
    String file = options.string(WEIGHTS.name(), "");
    if (!file.isEmpty()) {
      Weights w = SubpoModel.file(Path.of(file));
      new SubpoNetwork(w);
      return (instance, seed) -> w;
    }
    String model = options.choice(MODEL.name(), "auto",
        List.of("auto", "nests", "items", "rooms", "none"));
    Observation observation = Observation.of(options.choice(OBSERVATION.name(), "history",
        List.of("history", "markov")));
    return switch (model) {
      case "auto" -> (instance, seed) -> SubpoModel.shipped(SubpoModel.variantOf(instance), credit);
      case "none" -> (instance, seed) -> SubpoNetwork.initial(observation, SubpoNetwork.HIDDEN,
          new SplittableRandom(seed));
      default -> {
        Weights w = SubpoModel.shipped(CoverageVariant.of(model), credit);
        yield (instance, seed) -> w;
      }
    };
  }
}
