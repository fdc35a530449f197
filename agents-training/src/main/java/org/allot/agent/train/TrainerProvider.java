package org.allot.agent.train;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One agent's trainer behind {@code allot train NAME}; registered as a {@code
 * META-INF/services/org.allot.agent.train.TrainerProvider} service so that {@code allot train
 * NAME} finds it, as solvers are found. The command line turns each declared {@link
 * TrainerOption} into a {@code --name VALUE} option (a flag for boolean options) with its help
 * text, and passes the values given as {@link TrainerArguments}; it adds {@code --out DIR} to
 * every trainer (so no option may be named {@code out}, {@code help} or {@code version}), and after
 * training draws the learning curve from the {@link TrainingResult}.
 */
public interface TrainerProvider {
  /** The agent's name as {@code allot train NAME} takes it: "dispatch", "subpo", ... */
  String id();

  /** One line for {@code allot train --help}. */
  String summary();

  /** Paragraphs for {@code allot train NAME --help}: what is trained, from what, into what. */
  List<String> description();

  /** The options, in help order. */
  List<TrainerOption> options();

  /** Example command lines (without the leading {@code allot}), for {@code --help}. */
  default List<String> examples() {
    return List.of();
  }

  /**
   * Trains into {@code out} (created), writing at least {@code hyper-parameters.txt}, {@code
   * learning-curve.csv} and {@code weights.bin}, with progress lines on {@code log}.
   *
   * @param arguments the options given (absent ones take their declared defaults)
   * @param out the output folder (created)
   * @param log progress lines: the hyper-parameters first, then one per update or round
   * @return what was written, for the closing line and the learning-curve plot
   * @throws TrainerInputException naming the option or file when what the user gave is bad
   *     (checked before training starts; the command line reports it as a usage error, exit 2)
   * @throws java.io.UncheckedIOException when an input or the output cannot be read or written
   */
  TrainingResult train(TrainerArguments arguments, Path out, PrintStream log);
}
