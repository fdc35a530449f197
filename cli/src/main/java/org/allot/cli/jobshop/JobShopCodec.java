package org.allot.cli.jobshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allot.cli.JsonShape;
import org.allot.cli.SolutionCodec;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/**
 * The JSON form of a job-shop schedule: {@code {"start": [[...]], "end": [[...]]}}, both jobs x
 * operations matrices in job order and technological order, times in the instance's unit. On
 * reading, {@code "end"} is optional; when present, the evaluator checks it against the
 * durations.
 */
public final class JobShopCodec implements SolutionCodec<JobShopInstance, JobShopSchedule> {
  @Override
  public String problemId() {
    return JobShop.ID;
  }

  @Override
  public String objectiveName() {
    return "makespan";
  }

  @Override
  public JsonNode write(JobShopInstance instance, JobShopSchedule schedule) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("start", matrix(schedule.start()));
    o.set("end", matrix(schedule.end() != null ? schedule.end() : schedule.endsFor(instance)));
    return o;
  }

  private static ArrayNode matrix(int[][] rows) {
    ArrayNode outer = JsonNodeFactory.instance.arrayNode(rows.length);
    for (int[] row : rows) {
      ArrayNode inner = outer.addArray();
      for (int v : row) {
        inner.add(v);
      }
    }
    return outer;
  }

  @Override
  public JobShopSchedule read(JobShopInstance instance, JsonNode solution, String fileName) {
    JsonShape.object(solution, "solution", fileName);
    int[][] start = JsonShape.intRows(
        JsonShape.member(solution, "start", "solution.start", fileName), "solution.start",
        fileName);
    JsonNode endNode = solution.get("end");
    int[][] end = endNode == null || endNode.isNull() ? null
        : JsonShape.intRows(endNode, "solution.end", fileName);
    return new JobShopSchedule(start, end);
  }
}
