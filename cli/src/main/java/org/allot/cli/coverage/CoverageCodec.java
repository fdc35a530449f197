package org.allot.cli.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allot.cli.JsonShape;
import org.allot.cli.SolutionCodec;
import org.allot.cli.UserError;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageWalk;

/**
 * The JSON form of a coverage walk: {@code {"cells": [34, 35, 65, ...]}}, the visited cells
 * {@code s_0..s_H} as row-major indices {@code y * width + x}. On reading, the walk must be a
 * non-empty array of integers, and every cell must lie inside the grid and off the obstacles:
 * a walk that leaves the grid or enters an obstacle is refused as bad input (exit 2), naming the
 * step and the cell. The rest (start, length, moves between 4-neighbours) is the evaluator's
 * business, so {@code allot validate} reports it as a violation (exit 1).
 */
public final class CoverageCodec implements SolutionCodec<CoverageInstance, CoverageWalk> {
  @Override
  public String problemId() {
    return Coverage.ID;
  }

  @Override
  public String objectiveName() {
    return "coverage";
  }

  @Override
  public JsonNode write(CoverageInstance instance, CoverageWalk walk) {
    ArrayNode cells = JsonNodeFactory.instance.arrayNode(walk.length());
    for (int c : walk.cells()) {
      cells.add(c);
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("cells", cells);
    return o;
  }

  @Override
  public CoverageWalk read(CoverageInstance instance, JsonNode solution, String fileName) {
    JsonShape.object(solution, "solution", fileName);
    JsonNode node = JsonShape.member(solution, "cells", "solution.cells", fileName);
    if (!node.isArray() || node.isEmpty()) {
      throw JsonShape.mismatch(node, "solution.cells", fileName,
          "a non-empty array of cell indices (y * width + x)");
    }
    int[] cells = new int[node.size()];
    for (int t = 0; t < cells.length; t++) {
      String path = "solution.cells[" + t + "]";
      cells[t] = JsonShape.integer(node.get(t), path, fileName);
      check(instance, cells, t, path, fileName);
    }
    return new CoverageWalk(cells);
  }

  private static void check(CoverageInstance instance, int[] cells, int t, String path,
      String fileName) {
    int c = cells[t];
    String step = "step " + t + (t > 0 ? " (from " + instance.describe(cells[t - 1]) + ")" : "");
    if (!instance.inside(c)) {
      throw new UserError(fileName + ": " + path + ": " + step + " goes to cell " + c
          + ", outside the " + instance.width() + " x " + instance.height() + " grid of "
          + instance.name() + " (cells 0.." + (instance.cells() - 1) + ")");
    }
    if (instance.isObstacle(c)) {
      throw new UserError(fileName + ": " + path + ": " + step + " enters cell " + c + " "
          + instance.describe(c) + ", an obstacle of " + instance.name()
          + "; a walk never passes through an obstacle");
    }
  }
}
