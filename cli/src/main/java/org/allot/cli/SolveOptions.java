package org.allot.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.allot.plot.ImageFormat;
import org.allot.solver.SolverOptions;

/**
 * The validated options of one {@code allot solve}. Everything the user can get wrong is checked
 * here, before the instance is read, so that a bad option never costs a solve and never leaves a
 * file behind.
 *
 * @param solver the solver id, empty for the family's default
 * @param timeLimit the limit of the whole command, positive
 * @param started when the command started (the limit counts from here)
 * @param seed the seed given to the solver
 * @param threads worker threads, at least 1
 * @param out where the result JSON goes; empty for stdout
 * @param extras the family's extra files asked for ({@code --gantt}, {@code --sol},
 *     {@code --plot}), in the order they are written
 * @param solverOptions the solver's options ({@code --option name=value}), checked against the
 *     solver when it is created
 */
record SolveOptions(Optional<String> solver, Duration timeLimit, Instant started, long seed,
    int threads, Optional<Path> out, List<ExtraFile> extras, SolverOptions solverOptions) {

  /** The share of the limit kept back for evaluating and writing, at most {@link #MAX_RESERVE}. */
  static final int RESERVE_DIVISOR = 20;
  static final Duration MAX_RESERVE = Duration.ofMillis(200);

  SolveOptions {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(started, "started");
    if (threads < 1) {
      throw new UserError("--threads " + threads + ": must be at least 1 (for example"
          + " --threads 1 for a reproducible run)");
    }
    out.ifPresent(f -> AtomicFiles.checkWritable("--out", f));
    extras = List.copyOf(extras);
    Objects.requireNonNull(solverOptions, "solverOptions");
    for (ExtraFile e : extras) {
      ExtraOutputs.forOption(e.option()).forEach(o -> o.checkTarget(e.file()));
      AtomicFiles.checkWritable(e.option(), e.file());
    }
  }

  /** Options without solver options. */
  SolveOptions(Optional<String> solver, Duration timeLimit, Instant started, long seed,
      int threads, Optional<Path> out, List<ExtraFile> extras) {
    this(solver, timeLimit, started, seed, threads, out, extras, SolverOptions.none());
  }

  /** Options with at most a Gantt chart, as before the other extra files existed. */
  SolveOptions(Optional<String> solver, Duration timeLimit, Instant started, long seed,
      int threads, Optional<Path> out, Optional<Path> gantt) {
    this(solver, timeLimit, started, seed, threads, out,
        gantt.map(f -> List.of(new ExtraFile("--gantt", f))).orElse(List.of()));
  }

  /** The picture format of the first extra file that is a picture, to warm up its encoder. */
  Optional<ImageFormat> pictureFormat() {
    return extras.stream().flatMap(e -> ImageFormat.forFile(e.file()).stream()).findFirst();
  }

  /**
   * An extra file asked for on the command line.
   *
   * @param option the option, for example {@code --plot}
   * @param file where it goes
   */
  record ExtraFile(String option, Path file) {
    ExtraFile {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * The time the solver may take: the limit, less the time since {@link #started}, less a
   * reserve of 1/{@value #RESERVE_DIVISOR} of the limit (at most {@link #MAX_RESERVE}) for
   * evaluating and writing; at least one millisecond.
   */
  Duration solverTime(Instant now) {
    Duration reserve = timeLimit.dividedBy(RESERVE_DIVISOR);
    reserve = reserve.compareTo(MAX_RESERVE) > 0 ? MAX_RESERVE : reserve;
    Duration left = timeLimit.minus(Duration.between(started, now)).minus(reserve);
    return left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
  }
}
