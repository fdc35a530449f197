package org.allot.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.allot.plot.ImageFormat;
import org.allot.problem.Instance;
import org.allot.problem.Solution;

/**
 * A file that {@code allot solve} can write beside the result JSON for one problem family, such
 * as a Gantt chart ({@code --gantt}), a CVRPLIB solution file ({@code --sol}) or a route map
 * ({@code --plot}). Implementations are registered as
 * {@code META-INF/services/org.allot.cli.ExtraOutput} services so that {@link ExtraOutputs} finds
 * them by problem id and option; they are stateless and thread-safe, with a public no-argument
 * constructor. The option itself is declared by {@code allot solve}.
 *
 * @param <I> the family's instance type
 * @param <S> the family's solution type
 */
public interface ExtraOutput<I extends Instance, S extends Solution> {
  /** The id of the problem family, as {@link org.allot.problem.Problem#id()}. */
  String problemId();

  /** The option of {@code allot solve} that asks for the file, for example {@code --plot}. */
  String option();

  /** What the file is, after "writes": for example {@code "a map of the routes"}. */
  String description();

  /**
   * Checks the file name before anything is read (a picture needs a known extension).
   *
   * @throws UserError naming the option and the file, with a fix
   */
  default void checkTarget(Path file) {}

  /**
   * Checks, before the solve, that the file can be made for {@code instance} (a map needs
   * coordinates).
   *
   * @throws UserError naming the option and the instance, with a fix
   */
  default void checkInstance(I instance) {}

  /**
   * The file's bytes.
   *
   * @param file the target, for its extension
   * @param result the result as it will be written (status, objective, feasibility)
   */
  byte[] render(I instance, S solution, ResultEnvelope result, Path file) throws IOException;

  /**
   * The picture format {@code file}'s extension names, for outputs that draw.
   *
   * @throws UserError naming the option, the file and the known extensions
   */
  static ImageFormat pictureFormat(String option, Path file) {
    return ImageFormat.forFile(file).orElseThrow(() -> new UserError(option + " " + file
        + ": unknown picture format; use a file name ending in " + ImageFormat.extensions()));
  }
}
