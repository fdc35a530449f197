package org.allot.agent.earli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;

/** {@code allot train earli}: EARLI's routing policy by POMO REINFORCE ({@link EarliTraining}). */
public final class EarliTrainerProvider implements TrainerProvider {
  /** The default curriculum: customers:epochs per phase. */
  public static final String CURRICULUM = "50:4000,100:2000,200:700,500:250";

  @Override
  public String id() {
    return "earli";
  }

  @Override
  public String summary() {
    return "EARLI: an attention routing policy whose samples seed HGS (Greenberg et al. 2025)";
  }

  @Override
  public List<String> description() {
    return List.of("Trains the CVRP attention policy of the earli and attention solvers"
        + " (encoder of 3 transformer layers, width 64, 4 heads; pointer decoder with a glimpse,"
        + " tanh clipping 10 and a learned distance term) by POMO-style REINFORCE with a shared"
        + " baseline on fresh X-generator instances (all depot placements, customer"
        + " distributions and demand types), in a curriculum over sizes (default " + CURRICULUM
        + " customers:epochs); each phase starts from the previous phase's best weights. Every"
        + " epoch draws fresh instances, samples rollouts from distinct random first customers,"
        + " and takes one Adam step on all their decisions. Validation: greedy cost over"
        + " Clarke-Wright savings cost on fixed instances (seeds 900001...). The output folder"
        + " gets phase-N/ (learning-curve.csv, weights.bin, best-weights.bin,"
        + " final-weights.bin) and best-weights.bin, the last phase's best. A rerun with the"
        + " same folder skips finished phases. Single-threaded: the same seed gives the same"
        + " weights.");
  }

  @Override
  public List<TrainerOption> options() {
    return List.of(
        TrainerOption.of("curriculum", "N:E,...", "Phases as customers:epochs.", CURRICULUM),
        TrainerOption.of("learning-rates", "R,...", "Adam's rate per phase (default 1e-3 at"
            + " <= 50 customers, 5e-4 at <= 100, 2.5e-4 at <= 200, 1e-4 above).", null),
        TrainerOption.of("instances", "N", "Instances per epoch (default max(2, 800 /"
            + " customers)).", null),
        TrainerOption.of("rollouts", "N", "Rollouts per instance (default 24, 16 from 500"
            + " customers).", null),
        TrainerOption.of("candidates", "K", "Nearest feasible customers offered per step (0:"
            + " all); must match inference.", "16"),
        TrainerOption.of("validation", "N", "Validation instances per phase.", "16"),
        TrainerOption.of("validate-every", "N", "Epochs between validations.", "25"),
        TrainerOption.of("seed", "N", "Seeds the weights, the sampling and the instances.", "1"),
        TrainerOption.of("init", "FILE", "Start from these weights.", null));
  }

  @Override
  public List<String> examples() {
    return List.of("train earli --out runs/earli",
        "train earli --curriculum 20:50 --validation 4 --out runs/earli-smoke",
        "solve X-n101-k25.vrp --solver earli -O weights=runs/earli/best-weights.bin");
  }

  @Override
  public TrainingResult train(TrainerArguments a, Path out, PrintStream log) {
    long t0 = System.nanoTime();
    EarliTraining run = configure(a);
    run.train(out, log);
    return new TrainingResult(out.resolve("best-weights.bin"),
        out.resolve("phase-" + run.phases().size()).resolve("learning-curve.csv"), "epoch",
        List.of("validation_ratio"), Double.NaN, "",
        String.format(Locale.ROOT, "trained earli (%d phases) in %.0f s: %s",
            run.phases().size(), (System.nanoTime() - t0) / 1e9, out.resolve("best-weights.bin")),
        TrainingResult.Goal.LOWER);
  }

  /**
   * The run the arguments describe.
   *
   * @throws TrainerInputException naming the option when a value is bad
   */
  static EarliTraining configure(TrainerArguments a) {
    Path init = a.path("init");
    if (init != null && !Files.isRegularFile(init)) {
      throw new TrainerInputException("--init " + init + ": no such file; expected weights"
          + " written by 'allot train earli'");
    }
    try {
      List<String> phases = a.list("curriculum", List.of(CURRICULUM.split(",")));
      List<String> rates = a.list("learning-rates", List.of());
      if (!rates.isEmpty() && rates.size() != phases.size()) {
        throw new TrainerInputException("--learning-rates has " + rates.size() + " values for "
            + phases.size() + " phases; give one per phase");
      }
      List<EarliTraining.Phase> list = new ArrayList<>();
      for (int k = 0; k < phases.size(); k++) {
        list.add(phase(a, phases.get(k), rates.isEmpty() ? null : rates.get(k)));
      }
      return new EarliTraining(list, a.integer("candidates", 16, 0),
          a.integer("validation", 16, 1), a.integer("validate-every", 25, 1),
          a.longValue("seed", 1), init);
    } catch (IllegalArgumentException e) {
      throw new TrainerInputException(e.getMessage(), e);
    }
  }

  private static EarliTraining.Phase phase(TrainerArguments a, String text, String rate) {
    String[] p = text.trim().split(":");
    int n;
    int epochs;
    try {
      n = Integer.parseInt(p[0]);
      epochs = Integer.parseInt(p[1]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new TrainerInputException("--curriculum: '" + text + "' is not customers:epochs;"
          + " expected for example 50:1500,100:500");
    }
    double lr;
    try {
      lr = rate != null ? Double.parseDouble(rate)
          : n <= 50 ? 1e-3 : n <= 100 ? 5e-4 : n <= 200 ? 2.5e-4 : 1e-4;
    } catch (NumberFormatException e) {
      throw new TrainerInputException("--learning-rates: '" + rate + "' is not a number");
    }
    int rollouts = a.has("rollouts") ? a.integer("rollouts", 24, 2) : n >= 500 ? 16 : 24;
    int instances = a.has("instances") ? a.integer("instances", 2, 1) : Math.max(2, 800 / n);
    return new EarliTraining.Phase(n, epochs, instances, Math.min(rollouts, n), lr);
  }
}
