package org.allot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;
import org.allot.plot.CurveSeries;
import org.allot.plot.LearningCurvePlot;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code allot train NAME}: one trainer's command, built with picocli's API from what its {@link
 * TrainerProvider} declares (summary, description, options with their defaults, examples), plus
 * {@code --out DIR}. It passes the options given to the provider, prints the closing line and
 * draws {@code learning-curve.svg} from the result.
 */
final class TrainerSubcommand implements Callable<Integer> {
  private static final String OUT = "--out";

  private final TrainerProvider provider;
  private CommandSpec spec;

  private TrainerSubcommand(TrainerProvider provider) {
    this.provider = provider;
  }

  /** The command of {@code provider}. */
  static CommandSpec spec(TrainerProvider provider) {
    TrainerSubcommand command = new TrainerSubcommand(provider);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(provider.id())
        .mixinStandardHelpOptions(true);
    List<String> description = new ArrayList<>();
    for (String paragraph : provider.description()) {
      description.add(escape(paragraph));
      description.add("");
    }
    List<String> examples = new ArrayList<>();
    for (String example : provider.examples()) {
      examples.add(example.isEmpty() ? "" : "  allot " + escape(example));
    }
    spec.usageMessage().header(escape(provider.summary())).description(
        description.toArray(String[]::new)).footerHeading("%nExamples:%n")
        .footer(examples.toArray(String[]::new)).sortOptions(false);
    for (TrainerOption option : provider.options()) {
      spec.addOption(option(option));
    }
    spec.addOption(OptionSpec.builder(OUT).paramLabel("DIR").type(Path.class).required(true)
        .description("Output folder (created).").build());
    command.spec = spec;
    return spec;
  }

  private static OptionSpec option(TrainerOption option) {
    OptionSpec.Builder b = OptionSpec.builder("--" + option.name());
    if (option.isFlag()) {
      return b.arity("0").type(boolean.class).description(escape(option.description())).build();
    }
    String text = option.description() + (option.defaultValue() == null ? ""
        : " Default: " + option.defaultValue() + ".");
    return b.arity("1").type(String.class).paramLabel(option.label())
        .description(escape(text)).build();
  }

  /** Picocli formats help text and expands variables: a literal % or ${ must be escaped. */
  private static String escape(String text) {
    return text.replace("%", "%%").replace("${", "$${");
  }

  @Override
  public Integer call() throws IOException {
    ParseResult parsed = spec.commandLine().getParseResult();
    Map<String, String> values = new LinkedHashMap<>();
    for (TrainerOption option : provider.options()) {
      OptionSpec o = spec.findOption("--" + option.name());
      if (parsed.hasMatchedOption(o)) {
        values.put(option.name(), option.isFlag() ? "true" : o.getValue().toString());
      }
    }
    Path out = spec.findOption(OUT).getValue();
    PrintStream log = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true,
        StandardCharsets.UTF_8);
    TrainingResult result;
    try {
      result = provider.train(new TrainerArguments(values), out, log);
    } catch (TrainerInputException e) {
      throw new UserError(e.getMessage(), e);
    }
    try {
      plot(result);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    if (!result.summary().isEmpty()) {
      spec.commandLine().getOut().println(result.summary());
    }
    return Exit.OK.code();
  }

  /**
   * Draws {@code learning-curve.svg} next to the curve: the result's y columns against its x
   * column, the first emphasised and alone before the phase divider, with the reference line.
   */
  static void plot(TrainingResult result) throws IOException {
    List<Path> run = List.of(result.curve());
    LearningCurvePlot.Builder plot = LearningCurvePlot.builder().x(result.x());
    boolean phases = !Double.isNaN(result.phaseEnd());
    for (int i = 0; i < result.y().size(); i++) {
      String column = result.y().get(i);
      CurveSeries series = CurveSeries.of(column, run, column);
      plot.series(i == 0 ? series.emphasise()
          : phases ? series.startingAt(result.phaseEnd() + 1) : series);
    }
    if (phases) {
      plot.divider(result.phaseEnd(), result.phaseLabel());
    }
    if (!Double.isNaN(result.reference())) {
      plot.reference(result.reference(), result.referenceLabel());
    }
    if (result.goal() == TrainingResult.Goal.LOWER) {
      plot.lowerIsBetter();
    } else {
      plot.higherIsBetter();
    }
    plot.write(result.curve().resolveSibling("learning-curve.svg"));
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
