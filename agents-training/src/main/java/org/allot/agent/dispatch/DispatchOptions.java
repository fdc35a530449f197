package org.allot.agent.dispatch;

import java.util.List;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;

/** The options of {@code allot train dispatch}, their defaults and how they make the record. */
final class DispatchOptions {
  private static final String STEPS = "--instances ta31,ta32,ta33,ta34,random:15x15:4:11,"
      + "random:20x15:2:12 --fresh";
  private static final String VALIDATION = "--validation random:15x15:5:2000,random:30x15:5:3000";

  /** Every option, in help order (--out is added by the command line). */
  static final List<TrainerOption> ALL = List.of(
      TrainerOption.of("instances", "SPEC", "Training instances, comma-separated (the default as"
          + " in the paper).", "ta31,ta32,ta33,ta34"),
      TrainerOption.of("validation", "SPEC", "Instances whose mean greedy makespan is logged each"
          + " update and picks best-weights.bin, comma-separated.", "random:20x15:8:1000"),
      TrainerOption.of("updates", "N", "Updates.", "100"),
      TrainerOption.of("episodes", "N", "Episodes per instance and update (at least 2).", "4"),
      TrainerOption.of("cp-seconds", "S", "CP-SAT's limit per episode, in seconds.", "1"),
      TrainerOption.of("learning-rate", "R", "Adam's initial learning rate (decays linearly to"
          + " 0 over the updates).", "2e-4"),
      TrainerOption.of("clip", "E", "PPO's clip range.", "0.3"),
      TrainerOption.of("target-kl", "K", "The approximate KL that stops a phase's epochs.",
          "0.01"),
      TrainerOption.of("epochs", "N", "The most epochs per phase.", "20"),
      TrainerOption.of("seed", "N", "Seed (Java generators, DJL, CP-SAT).", "0"),
      TrainerOption.flag("waits", "Let the policy wait (No-Op) while a job can start, as in the"
          + " paper. Default: a non-delay policy, the expert's schedule replayed as priorities."),
      TrainerOption.of("expert-samples", "K", "Continuations sampled from the policy at the cut;"
          + " the expert is the best of them and CP-SAT's schedule (0: CP-SAT only, as in the"
          + " paper).", "32"),
      TrainerOption.of("warm-start", "R", "Rounds of imitating the FDD/MWKR rule before the"
          + " first update, for fresh weights (0: none, as in the paper). Skipped with --init,"
          + " where it still numbers the later phases' rounds (their curve rows and fresh"
          + " instances), so hyper-parameters.txt shows it.", "10"),
      TrainerOption.of("pilot", "R", "Rounds of imitating the pilot expert (each job that can"
          + " start now tried, completed with FDD/MWKR, the best kept) on the states the policy"
          + " visits (DAgger), after the warm start.", "0"),
      TrainerOption.of("self-label", "R", "Rounds of imitating the best of K (--expert-samples)"
          + " episodes sampled from the policy itself (self-labelling, Corsini et al. 2024),"
          + " after the warm start and before the first update.", "0"),
      TrainerOption.flag("fresh", "Draw new random instances every update (random: specs only;"
          + " the seed of update u is SEED + 1000003 u), instead of training on the same ones"
          + " throughout."),
      TrainerOption.flag("plot-only", "Train nothing: redraw DIR/learning-curve.svg from"
          + " DIR/learning-curve.csv (--out DIR), with FDD/MWKR's mean makespan on the"
          + " --validation instances as the reference line."),
      TrainerOption.of("init", "FILE", "Start from these weights.", null));

  /** Example command lines, without the leading {@code allot}. */
  static final List<String> EXAMPLES = List.of(
      "train dispatch " + STEPS + " --warm-start 30 --expert-samples 128 --cp-seconds 0"
          + " --updates 1 --seed 1 " + VALIDATION + " --learning-rate 1e-3 --out runs/step1"
          + "   (1: imitate FDD/MWKR, ~3 min)",
      "train dispatch --init runs/step1/best-weights.bin --self-label 30 --expert-samples 512"
          + " --learning-rate 2e-4 --target-kl 0.05 " + STEPS + " --updates 1 --cp-seconds 0"
          + " --episodes 2 --seed 1 " + VALIDATION + " --out runs/step2   (2: self-labelling,"
          + " ~16 min; runs/step2/best-weights.bin is the shipped weights.bin)",
      "",
      "train dispatch --updates 100 --out runs/dispatch",
      "train dispatch --instances random:15x10:4 --updates 20 --cp-seconds 0.3 --out /tmp/smoke",
      "solve ta01.txt --solver dispatch -O weights=runs/dispatch/weights.bin");

  private DispatchOptions() {}

  /**
   * The hyper-parameters the options give (the defaults of {@link HyperParameters#defaults()}
   * for those not given).
   *
   * @throws TrainerInputException naming the option when a value is bad
   */
  static HyperParameters hyperParameters(TrainerArguments a) {
    HyperParameters d = HyperParameters.defaults();
    try {
      return new HyperParameters(a.integer("updates", d.updates(), 1),
          a.integer("episodes", d.episodesPerInstance(), 2),
          a.nonNegative("cp-seconds", d.cpSeconds()),
          a.number("learning-rate", d.learningRate(), 0), d.adamEpsilon(),
          a.number("clip", d.clip(), 0), a.integer("epochs", d.epochs(), 1),
          a.number("target-kl", d.targetKl(), 0), d.minibatches(),
          a.longValue("seed", d.seed()), d.maxGradNorm(), a.flag("waits"),
          a.integer("expert-samples", d.expertSamples(), 0),
          a.integer("warm-start", d.warmStartRounds(), 0),
          a.integer("self-label", d.selfLabelRounds(), 0),
          a.integer("pilot", d.pilotRounds(), 0));
    } catch (IllegalArgumentException e) {
      throw new TrainerInputException("bad training option: " + e.getMessage(), e);
    }
  }
}
