package org.allot.solver.rmab;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;

/**
 * The path family's time-unrolled walk (see {@link ConstraintMip}): {@code y[t][arc]} over the
 * arcs (both directions of every edge, then one self-loop per node, of which only the source's
 * is used) that a closed walk of exactly L steps (stays at the source padding a shorter walk at
 * its end) can use at step t. Self-loops count in the one-arc-per-step sum, so a node is visited
 * only by a real walk from the source.
 */
final class PathMip extends MipFormulation {
  private final int source;
  private final int steps;
  private final int[] from;
  private final int[] to;
  /** {@code y[t][arc]}, null where the arc cannot be used at step t. */
  private final MPVariable[][] y;

  PathMip(MPSolver solver, int arms, ActionConstraint.Path path) {
    super(solver, arms);
    this.source = path.source();
    this.steps = path.maxSteps();
    int edges = path.edgeCount();
    from = new int[2 * edges + arms];
    to = new int[from.length];
    for (int e = 0; e < edges; e++) {
      from[2 * e] = path.endpoint(e, 0);
      to[2 * e] = path.endpoint(e, 1);
      from[2 * e + 1] = path.endpoint(e, 1);
      to[2 * e + 1] = path.endpoint(e, 0);
    }
    for (int j = 0; j < arms; j++) {
      from[2 * edges + j] = j;
      to[2 * edges + j] = j;
    }
    y = new MPVariable[steps][from.length];
    sum(p, path.budget(), false, "budget");
    if (steps == 0) {
      for (int j = 0; j < arms; j++) {
        if (j != source) {
          p[j].setUb(0);
        }
      }
      return;
    }
    walk(path.distances(arms));
    visitedOnly(arms);
    hint(path.noAction());
  }

  /** Creates the usable arcs of every step with one arc per step and flow conservation. */
  private void walk(int[] dist) {
    for (int t = 0; t < steps; t++) {
      MPConstraint one = solver.makeConstraint(1, 1, "step" + t);
      for (int arc = 0; arc < from.length; arc++) {
        int a = dist[from[arc]];
        int b = dist[to[arc]];
        boolean loop = from[arc] == to[arc];
        boolean usable = a >= 0 && b >= 0 && a <= t && b <= steps - t - 1
            && (t > 0 || from[arc] == source) && (t < steps - 1 || to[arc] == source)
            && (!loop || from[arc] == source);
        if (usable) {
          y[t][arc] = solver.makeBoolVar("y" + t + "_" + from[arc] + "_" + to[arc]);
          one.setCoefficient(y[t][arc], 1);
        }
      }
    }
    int loop = from.length - p.length + source;
    for (int t = 0; t + 1 < steps; t++) {
      MPConstraint padding = solver.makeConstraint(-INFINITY, 0, "pad" + t);
      padding.setCoefficient(y[t][loop], 1);
      padding.setCoefficient(y[t + 1][loop], -1);
    }
    int nodes = p.length;
    for (int t = 0; t + 1 < steps; t++) {
      MPConstraint[] flow = new MPConstraint[nodes];
      for (int j = 0; j < nodes; j++) {
        flow[j] = solver.makeConstraint(0, 0, "flow" + t + "_" + j);
      }
      for (int arc = 0; arc < from.length; arc++) {
        if (y[t][arc] != null) {
          flow[to[arc]].setCoefficient(y[t][arc], 1);
        }
        if (y[t + 1][arc] != null) {
          flow[from[arc]].setCoefficient(y[t + 1][arc], -1);
        }
      }
    }
  }

  /** {@code p_j ≤ Σ_{t, arcs into j} y}: only nodes the walk arrives at may be acted on. */
  private void visitedOnly(int nodes) {
    MPConstraint[] visit = new MPConstraint[nodes];
    for (int j = 0; j < nodes; j++) {
      visit[j] = solver.makeConstraint(-INFINITY, 0, "visit" + j);
      visit[j].setCoefficient(p[j], 1);
    }
    for (int t = 0; t < steps; t++) {
      for (int arc = 0; arc < from.length; arc++) {
        if (y[t][arc] != null) {
          visit[to[arc]].setCoefficient(y[t][arc], -1);
        }
      }
    }
  }

  @Override
  void hint(JointAction action) {
    int[] walk = action.witness();
    List<MPVariable> vars = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int at = source;
    int k = 1;
    for (int t = 0; t < steps; t++) {
      int next = k < walk.length ? walk[k++] : source;
      for (int arc = 0; arc < from.length; arc++) {
        if (y[t][arc] != null) {
          vars.add(y[t][arc]);
          values.add(from[arc] == at && to[arc] == next ? 1.0 : 0.0);
        }
      }
      at = next;
    }
    boolean[] acted = new boolean[p.length];
    for (int j : action.chosen()) {
      acted[j] = true;
    }
    for (int j = 0; j < p.length; j++) {
      vars.add(p[j]);
      values.add(acted[j] ? 1.0 : 0.0);
    }
    solver.setHint(vars.toArray(MPVariable[]::new),
        values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Override
  JointAction extract() {
    List<Integer> walk = new ArrayList<>();
    walk.add(source);
    int at = source;
    for (int t = 0; t < steps; t++) {
      int next = -1;
      for (int arc = 0; arc < from.length && next < 0; arc++) {
        if (y[t][arc] != null && from[arc] == at && on(y[t][arc])) {
          next = to[arc];
        }
      }
      if (next < 0) {
        throw new IllegalStateException("path MIP: no arc leaves node " + at + " at step " + t);
      }
      if (next != at) {
        walk.add(next);
      }
      at = next;
    }
    if (walk.getLast() != source) {
      walk.add(source);
    }
    return new JointAction(ones(p), walk.stream().mapToInt(Integer::intValue).toArray());
  }
}
