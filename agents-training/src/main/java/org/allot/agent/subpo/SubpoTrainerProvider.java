package org.allot.agent.subpo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;
import org.allot.problem.coverage.CoverageVariant;

/** {@code allot train subpo}: SubPO's REINFORCE on generated coverage maps ({@link SubpoTraining}). */
public final class SubpoTrainerProvider implements TrainerProvider {
  @Override
  public String id() {
    return "subpo";
  }

  @Override
  public String summary() {
    return "SubPO: a coverage walk policy by policy gradient on marginal gains (Prajapat et al.,"
        + " ICLR 2024)";
  }

  @Override
  public List<String> description() {
    return List.of("Trains SubPO's walk policy (MLP 64-32 tanh over a window of marginal gains,"
        + " a coarse map of the value left and the time left) with REINFORCE on fresh generated"
        + " maps of one variant every epoch. --credit chooses how actions are credited: subpo"
        + " (the reward-to-go of marginal gains, the paper's Eq. 7), modpo (modular rewards,"
        + " repeats counted) or immediate (each action's own marginal gain, the public code's"
        + " rule in expectation); all three are evaluated on the true coverage. Plain Java,"
        + " single-threaded: the same seed gives the same weights. The output folder gets"
        + " weights.bin (after every epoch), best-weights.bin (the best greedy mean F on the"
        + " validation maps), learning-curve.csv and hyper-parameters.txt.");
  }

  @Override
  public List<TrainerOption> options() {
    return List.of(
        TrainerOption.of("variant", "V", "The map generator: nests, items or rooms.", "nests"),
        TrainerOption.of("credit", "RULE", "subpo, modpo or immediate.", "subpo"),
        TrainerOption.of("observation", "KIND", "history (transfers to new maps) or markov"
            + " (position and time; per map only).", "history"),
        TrainerOption.of("epochs", "N", "Updates.", "200"),
        TrainerOption.of("maps", "N", "Fresh maps per epoch.", "8"),
        TrainerOption.of("batch", "N", "Walks per map and epoch (8 x 64 = 512, the paper's"
            + " 500).", "64"),
        TrainerOption.of("learning-rate", "R", "Adam's learning rate.", "0.003"),
        TrainerOption.of("entropy", "C", "The entropy bonus's coefficient (the paper: 0).",
            "0.01"),
        TrainerOption.of("validation", "N", "Fixed validation maps (seeds 900001...).", "10"),
        TrainerOption.of("validate-every", "N", "Epochs between validations.", "5"),
        TrainerOption.of("seed", "N", "Seeds the weights, the sampling and the maps.", "1"),
        TrainerOption.of("init", "FILE", "Start from these weights.", null));
  }

  @Override
  public List<String> examples() {
    return List.of("train subpo --variant rooms --out runs/subpo-rooms",
        "train subpo --variant items --credit modpo --seed 2 --out runs/modpo-items-2",
        "solve rooms-1.json --solver subpo -O weights=runs/subpo-rooms/best-weights.bin");
  }

  @Override
  public TrainingResult train(TrainerArguments a, Path out, PrintStream log) {
    long t0 = System.nanoTime();
    SubpoTraining run = configure(a);
    run.train(out, log);
    return new TrainingResult(out.resolve("best-weights.bin"), out.resolve("learning-curve.csv"),
        "epoch", List.of("validation_greedy_f", "sampled_f"), Double.NaN, "",
        String.format(Locale.ROOT, "trained subpo (%s, %s) in %.0f s: %s", run.variant().id(),
            run.credit().id(), (System.nanoTime() - t0) / 1e9, out.resolve("best-weights.bin")),
        TrainingResult.Goal.HIGHER);
  }

  /**
   * The run the arguments describe.
   *
   * @throws TrainerInputException naming the option when a value is bad
   */
  static SubpoTraining configure(TrainerArguments a) {
    Path init = a.path("init");
    if (init != null && !Files.isRegularFile(init)) {
      throw new TrainerInputException("--init " + init + ": no such file; expected weights"
          + " written by 'allot train subpo'");
    }
    try {
      return new SubpoTraining(CoverageVariant.of(a.string("variant", "nests")),
          Credit.of(a.string("credit", "subpo")),
          Observation.of(a.string("observation", "history")), SubpoNetwork.HIDDEN,
          a.integer("epochs", 200, 1), a.integer("maps", 8, 1), a.integer("batch", 64, 2),
          a.number("learning-rate", 3e-3, 0), a.number("entropy", 0.01, -1e-300),
          a.integer("validation", 10, 1), a.integer("validate-every", 5, 1),
          a.longValue("seed", 1), init);
    } catch (IllegalArgumentException e) {
      throw new TrainerInputException(e.getMessage(), e);
    }
  }
}
