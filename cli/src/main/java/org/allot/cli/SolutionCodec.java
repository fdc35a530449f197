package org.allot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.allot.problem.Instance;
import org.allot.problem.Solution;

/**
 * The JSON form of one problem family's solutions: the {@code "solution"} member of the result
 * envelope. One implementation per family, registered as a
 * {@code META-INF/services/org.allot.cli.SolutionCodec} service so that {@link SolutionCodecs}
 * finds it; implementations are stateless and thread-safe, with a public no-argument
 * constructor.
 *
 * @param <I> the family's instance type
 * @param <S> the family's solution type
 */
public interface SolutionCodec<I extends Instance, S extends Solution> {
  /** The id of the problem family, as {@link org.allot.problem.Problem#id()}. */
  String problemId();

  /** What the objective is called in messages, for example {@code makespan} or {@code distance}. */
  default String objectiveName() {
    return "objective";
  }

  /**
   * The human-readable line of a solution's value for {@code allot solve}'s report, for example
   * {@code makespan 55}; a family may add to it (rmab: the confidence interval of the mean).
   *
   * @param objective the evaluator's objective of {@code solution}
   */
  default String summary(I instance, S solution, double objective) {
    return objectiveName() + " " + Format.number(objective);
  }

  /** The solution as a JSON object. Integers are written as integers. */
  JsonNode write(I instance, S solution);

  /**
   * The solution a JSON object stands for. Only the shape is checked (types, rectangular
   * arrays, ranges of numbers); feasibility is the evaluator's business.
   *
   * @param fileName the result file's name as the user gave it, for messages
   * @throws UserError naming the file and the key path ({@code solution.start[2][3]}), what was
   *     expected and what was found
   */
  S read(I instance, JsonNode solution, String fileName);
}
