package org.allot.cli;

import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.allot.agent.train.TrainerProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code allot train NAME}: trains a learned agent. The trainers are {@link TrainerProvider}
 * services found on the class path, each a subcommand built from its declared options ({@link
 * TrainerSubcommand}); an unknown name lists the known ones.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    modelTransformer = TrainCommand.Trainers.class,
    header = "Train a learned agent.",
    description = {"Train a learned agent. Every trainer writes into --out DIR its weights"
        + " (weights.bin, best-weights.bin), learning-curve.csv, learning-curve.svg and"
        + " hyper-parameters.txt. 'allot train NAME --help' shows a trainer's options, their"
        + " defaults and examples.", ""},
    synopsisSubcommandLabel = "NAME",
    commandListHeading = "%nTrainers:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  allot train dispatch --help",
        "  allot train dispatch --updates 100 --out runs/dispatch"})
public final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Anything that is not a trainer's name (with what follows it): an unknown name. */
  @Parameters(arity = "0..*", paramLabel = "NAME", hidden = true)
  List<String> unknown;

  @Override
  public Integer call() {
    String known = String.join(", ", spec.subcommands().keySet().stream()
        .filter(name -> !name.equals("help")).toList());
    if (unknown == null || unknown.isEmpty()) {
      spec.commandLine().usage(spec.commandLine().getErr());
      return Exit.BAD_INPUT.code();
    }
    throw new UserError("unknown trainer '" + unknown.getFirst() + "'; trainers: "
        + (known.isEmpty() ? "none (the allot-agents-training module is not on the class path)"
            : known));
  }

  /**
   * Adds a subcommand per {@link TrainerProvider} found. A provider that cannot be loaded is left
   * out with a warning on stderr, so that a broken optional module never stops the others.
   */
  static final class Trainers implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec train) {
      try {
        for (TrainerProvider provider : ServiceLoader.load(TrainerProvider.class,
            TrainerProvider.class.getClassLoader())) {
          train.addSubcommand(provider.id(), new CommandLine(TrainerSubcommand.spec(provider)));
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        System.err.println("allot: warning: a trainer could not be loaded and is left out: " + e);
      }
      // "allot train muzero --out x": the unknown name and its options reach call().
      train.parser().unmatchedOptionsArePositionalParams(true);
      return train;
    }
  }
}
