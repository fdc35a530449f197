package org.allot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.allot.solver.Status;

/**
 * The result JSON of {@code allot solve}, the stable format that embedding applications and the
 * suite runner read. Keys appear in this order:
 * <pre>{@code
 * {"problem", "instance", "solver", "status", "objective", "bound", "feasible", "seconds",
 *  "seed", "solution"}
 * }</pre>
 *
 * @param problem the problem family's id, for example {@code jobshop}
 * @param instance the instance's name, for example {@code ft06}
 * @param solver the solver's id
 * @param status how the solve ended
 * @param objective the objective recomputed by the evaluator; NaN (JSON null) without a solution
 * @param bound the best proven bound; NaN (JSON null) when the solver proved none
 * @param feasible true only when there is a solution and the evaluator accepted it
 * @param seconds the solver's wall-clock time, in seconds
 * @param seed the seed the solver was given
 * @param solution the family's solution object ({@link SolutionCodec}), or JSON null when there
 *     is none
 */
public record ResultEnvelope(String problem, String instance, String solver, Status status,
    double objective, double bound, boolean feasible, double seconds, long seed,
    JsonNode solution) {

  public ResultEnvelope {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(status, "status");
    solution = solution == null ? NullNode.getInstance() : solution;
    if (seconds < 0 || Double.isNaN(seconds)) {
      throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
    }
    if (feasible && solution.isNull()) {
      throw new IllegalArgumentException("a result without a solution cannot be feasible");
    }
  }

  /** The JSON object, keys in the documented order. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("problem", problem);
    o.put("instance", instance);
    o.put("solver", solver);
    o.put("status", status.name());
    o.set("objective", number(objective));
    o.set("bound", number(bound));
    o.put("feasible", feasible);
    o.put("seconds", Math.round(seconds * 1000) / 1000.0);
    o.put("seed", seed);
    o.set("solution", solution);
    return o;
  }

  /** An integral value as a JSON integer, NaN and infinities as null, others as a double. */
  static JsonNode number(double v) {
    if (!Double.isFinite(v)) {
      return NullNode.getInstance();
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return JsonNodeFactory.instance.numberNode((long) v);
    }
    return JsonNodeFactory.instance.numberNode(v);
  }
}
