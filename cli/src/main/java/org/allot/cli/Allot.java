package org.allot.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code allot} command: list problems and solvers, solve an instance, validate a result,
 * generate instances. {@link #main} exits with an {@link Exit} code; {@link #run} is the same
 * without exiting, for tests and embedding.
 */
@Command(name = "allot", mixinStandardHelpOptions = true, versionProvider = Version.class,
    subcommands = {ListCommand.class, SolveCommand.class, ValidateCommand.class,
        GenerateCommand.class, TrainCommand.class, PlotCommand.class,
        CommandLine.HelpCommand.class},
    description = {"Combinatorial optimisation: classic solvers and learned agents behind one"
        + " problem interface.", ""},
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  allot list",
        "  allot solve instances/jobshop/ft06.txt",
        "  allot solve ta01.txt --time-limit 30s --out ta01.json --gantt ta01.svg",
        "  allot validate instances/jobshop/ft06.txt result.json",
        "  allot generate jobshop --taillard all --out-dir instances/jobshop",
        "",
        "Exit codes: 0 solved or valid; 1 no solution within the time limit, or an invalid"
            + " result; 2 bad input or usage (nothing is written); 3 internal error (a bug:"
            + " please report it with --debug)."})
public final class Allot implements Callable<Integer> {
  /** The environment variable in which the launcher passes its start time (epoch seconds). */
  static final String LAUNCHED_AT = "ALLOT_LAUNCHED_AT";

  private final Instant started;

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces of errors (for bug reports).")
  boolean debug;

  /** A command whose time limits count from {@code started}. */
  public Allot(Instant started) {
    this.started = started;
  }

  /** When this command started: time limits count from here. */
  public Instant started() {
    return started;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Exit.BAD_INPUT.code();
  }

  /** Runs {@code allot} and exits with its {@link Exit} code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(launchTime(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code allot} with {@code args} without exiting, time limits counting from now.
   *
   * @param out receives results (JSON, listings, instances)
   * @param err receives progress, summaries and error messages
   * @return the {@link Exit} code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Instant.now(), out, err, args);
  }

  static int run(Instant started, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine(started, Arrays.asList(args).contains("--debug"));
    cmd.setOut(out);
    cmd.setErr(err);
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured command line, with Allot's exit codes and error messages. */
  static CommandLine commandLine(Instant started, boolean debug) {
    Errors errors = new Errors(debug);
    return CommandPlugins.install(new CommandLine(new Allot(started)))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors);
  }

  /**
   * When the command started: the launcher's start time when it passed one (so that the bash
   * script and the JVM start-up count against {@code --time-limit}), else the JVM's start.
   */
  static Instant launchTime() {
    String launched = System.getenv(LAUNCHED_AT);
    Instant now = Instant.now();
    if (launched != null && launched.matches("\\d+(\\.\\d+)?")) {
      Instant at = Instant.ofEpochSecond(0, new BigDecimal(launched).movePointRight(9)
          .longValue());
      if (!at.isAfter(now) && at.isAfter(now.minusSeconds(60))) {
        return at;
      }
    }
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
  }
}
