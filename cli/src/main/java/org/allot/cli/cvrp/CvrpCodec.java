package org.allot.cli.cvrp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allot.cli.JsonShape;
import org.allot.cli.SolutionCodec;
import org.allot.cli.UserError;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;

/**
 * The JSON form of a CVRP solution: {@code {"routes": [[3, 7, 2], [5, 1]]}}, one array per
 * route with its customers ({@code 1..n}, as in CVRPLIB {@code .sol} files) in visiting order;
 * the depot is implicit at both ends. On reading, a number outside {@code 1..n} is refused with
 * its key path; a customer missing or visited twice is left to the evaluator.
 */
public final class CvrpCodec implements SolutionCodec<CvrpInstance, CvrpSolution> {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String objectiveName() {
    return "distance";
  }

  @Override
  public JsonNode write(CvrpInstance instance, CvrpSolution solution) {
    ArrayNode routes = JsonNodeFactory.instance.arrayNode(solution.routeCount());
    for (int[] route : solution.routes()) {
      ArrayNode r = routes.addArray();
      for (int c : route) {
        r.add(c);
      }
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("routes", routes);
    return o;
  }

  @Override
  public CvrpSolution read(CvrpInstance instance, JsonNode solution, String fileName) {
    JsonShape.object(solution, "solution", fileName);
    int[][] routes = JsonShape.intRows(
        JsonShape.member(solution, "routes", "solution.routes", fileName), "solution.routes",
        fileName);
    int n = instance.customers();
    for (int r = 0; r < routes.length; r++) {
      for (int p = 0; p < routes[r].length; p++) {
        int c = routes[r][p];
        if (c < 1 || c > n) {
          throw new UserError(fileName + ": solution.routes[" + r + "][" + p + "]: expected a"
              + " customer of " + instance.name() + ", 1.." + n + ", found " + c
              + (c == 0 ? " (the depot is implicit: leave it out of the routes)" : ""));
        }
      }
    }
    return new CvrpSolution(routes);
  }
}
