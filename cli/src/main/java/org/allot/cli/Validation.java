package org.allot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;

/** One run of {@code allot validate}: checks a parsed result JSON against a read instance. */
final class Validation<I extends Instance, S extends Solution> {
  private final Problem<I, S> problem;
  private final I instance;
  private final SolutionCodec<I, S> codec;
  private final JsonNode result;
  private final String file;
  private final PrintWriter out;
  private final PrintWriter err;

  private Validation(Problems.Loaded<I, S> loaded, JsonNode result, String file,
      PrintWriter out, PrintWriter err) {
    this.problem = loaded.problem();
    this.instance = loaded.instance();
    this.codec = SolveSession.codecOf(problem);
    this.result = JsonShape.object(result, "the top level", file);
    this.file = file;
    this.out = out;
    this.err = err;
  }

  static <I extends Instance, S extends Solution> Validation<I, S> of(
      Problems.Loaded<I, S> loaded, JsonNode result, String file, PrintWriter out,
      PrintWriter err) {
    return new Validation<>(loaded, result, file, out, err);
  }

  Exit run() {
    checkProblem();
    double claimed = claimedObjective();
    JsonNode node = JsonShape.member(result, "solution", "solution", file);
    if (node.isNull()) {
      out.println("invalid: " + file + " holds no solution (\"solution\": null)");
      return Exit.FAILED;
    }
    S solution = codec.read(instance, node, file);
    Evaluation e = evaluate(solution);
    if (!e.feasible()) {
      out.println("invalid: " + e.violations().size() + " violation(s)");
      e.violations().forEach(v -> out.println(v.toString()));
      return Exit.FAILED;
    }
    String name = codec.objectiveName();
    if (!Double.isNaN(claimed) && !same(claimed, e.objective())) {
      out.println("invalid: " + file + " says " + name + " " + Format.number(claimed)
          + ", the evaluator computes " + Format.number(e.objective()));
      return Exit.FAILED;
    }
    out.println("valid: " + codec.summary(instance, solution, e.objective()));
    return Exit.OK;
  }

  private void checkProblem() {
    String p = JsonShape.text(JsonShape.member(result, "problem", "problem", file), "problem",
        file);
    if (!p.equals(problem.id())) {
      throw new UserError(file + ": \"problem\" is \"" + p + "\" but " + instance.name()
          + " is a " + problem.id() + " instance; is this the right pair of files?");
    }
    JsonNode name = result.get("instance");
    if (name != null && name.isTextual() && !name.textValue().equals(instance.name())) {
      err.println("allot: warning: " + file + " is a result for instance '" + name.textValue()
          + "'; checking it against '" + instance.name() + "'");
    }
  }

  private double claimedObjective() {
    JsonNode node = result.get("objective");
    return node == null ? Double.NaN : JsonShape.numberOrNull(node, "objective", file);
  }

  private Evaluation evaluate(S solution) {
    try {
      return problem.evaluate(instance, solution);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": the solution does not fit " + instance.name() + ": "
          + e.getMessage());
    }
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
}
