package org.allot.solver.rmab;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;

/**
 * One family's feasible-action constraints in a {@link ConstraintMip}: the arm variables p, the
 * family's own variables, and how to read a {@link JointAction} with its witness back from a
 * solution. See {@link ConstraintMip} for the formulations.
 */
abstract class MipFormulation {
  static final double INFINITY = MPSolver.infinity();

  protected final MPSolver solver;
  protected final MPVariable[] p;

  MipFormulation(MPSolver solver, int arms) {
    this.solver = solver;
    this.p = new MPVariable[arms];
    for (int j = 0; j < arms; j++) {
      p[j] = solver.makeBoolVar("p" + j);
    }
  }

  static MipFormulation build(RmabInstance instance, MPSolver solver) {
    int arms = instance.arms();
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> new Budgeted(solver, arms, b.budget());
      case ActionConstraint.Interventions iv -> new InterventionsMip(solver, arms, iv);
      case ActionConstraint.Path path -> new PathMip(solver, arms, path);
      case ActionConstraint.Matching m -> new MatchingMip(solver, arms, m);
      case ActionConstraint.Capacity c -> new CapacityMip(solver, arms, c);
    };
  }

  final MPVariable[] p() {
    return p;
  }

  /** The intervention variables, or null when the family has none. */
  MPVariable[] a() {
    return null;
  }

  /** The action of the current solution. */
  abstract JointAction extract();

  /** Hands SCIP {@code action} (feasible) as a starting solution: p plus the family's own. */
  void hint(JointAction action) {
    Hint h = new Hint();
    boolean[] acted = new boolean[p.length];
    for (int j : action.chosen()) {
      acted[j] = true;
    }
    for (int j = 0; j < p.length; j++) {
      h.put(p[j], acted[j]);
    }
    hintFamily(action, acted, h);
    solver.setHint(h.vars.toArray(MPVariable[]::new),
        h.values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Adds the family's own variables' values for {@code action} to {@code h}. */
  void hintFamily(JointAction action, boolean[] acted, Hint h) {
    // Budget: p is all there is.
  }

  /** Variable values for {@link MPSolver#setHint}. */
  static final class Hint {
    final List<MPVariable> vars = new ArrayList<>();
    final List<Double> values = new ArrayList<>();

    void put(MPVariable v, boolean on) {
      if (v != null) {
        vars.add(v);
        values.add(on ? 1.0 : 0.0);
      }
    }
  }

  static boolean on(MPVariable v) {
    return v.solutionValue() > 0.5;
  }

  /** The sorted indices of the variables that are 1. */
  static int[] ones(MPVariable[] vars) {
    int n = 0;
    for (MPVariable v : vars) {
      n += on(v) ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < vars.length; i++) {
      if (on(vars[i])) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** Adds {@code Σ vars ≤ bound} (or {@code = bound} when {@code equal}). */
  final void sum(MPVariable[] vars, int bound, boolean equal, String name) {
    MPConstraint c = solver.makeConstraint(equal ? bound : -INFINITY, bound, name);
    for (MPVariable v : vars) {
      c.setCoefficient(v, 1);
    }
  }

  /** Plain RMAB: {@code Σ p ≤ B}. */
  static final class Budgeted extends MipFormulation {
    Budgeted(MPSolver solver, int arms, int budget) {
      super(solver, arms);
      sum(p, budget, false, "budget");
    }

    @Override
    JointAction extract() {
      return JointAction.of(ones(p));
    }
  }

  /** Exactly B interventions; p derived: {@code a_i ≤ p_j ≤ Σ_{i covers j} a_i}. */
  static final class InterventionsMip extends MipFormulation {
    private final MPVariable[] a;

    InterventionsMip(MPSolver solver, int arms, ActionConstraint.Interventions iv) {
      super(solver, arms);
      int n = iv.interventions();
      a = new MPVariable[n];
      for (int i = 0; i < n; i++) {
        a[i] = solver.makeBoolVar("a" + i);
      }
      sum(a, iv.budget(), true, "interventions");
      for (int j = 0; j < arms; j++) {
        MPConstraint upper = solver.makeConstraint(-INFINITY, 0, "cover" + j);
        upper.setCoefficient(p[j], 1);
        for (int i = 0; i < n; i++) {
          if (iv.weightOf(i, j) > 0) {
            upper.setCoefficient(a[i], -1);
            MPConstraint lower = solver.makeConstraint(0, INFINITY, "covered" + i + "_" + j);
            lower.setCoefficient(p[j], 1);
            lower.setCoefficient(a[i], -1);
          }
        }
      }
    }

    @Override
    MPVariable[] a() {
      return a;
    }

    @Override
    JointAction extract() {
      return JointAction.of(ones(a));
    }

    /**
     * No start: it would be partial (the derived p and the effect model's variables unset), and
     * SCIP keeps partial starts across solves until its storage is full; SCIP finds an
     * interventions solution at once anyway.
     */
    @Override
    void hint(JointAction action) {
      // Deliberately empty.
    }
  }

  /** Visits {@code x_{ijs}} where both are available; two per acted arm; {@code Σ p ≤ B}. */
  static final class MatchingMip extends MipFormulation {
    private final List<int[]> visits = new ArrayList<>();
    private final List<MPVariable> x = new ArrayList<>();

    MatchingMip(MPSolver solver, int arms, ActionConstraint.Matching m) {
      super(solver, arms);
      sum(p, m.budget(), false, "budget");
      MPConstraint[] twice = new MPConstraint[arms];
      for (int j = 0; j < arms; j++) {
        twice[j] = solver.makeConstraint(0, 0, "twice" + j);
        twice[j].setCoefficient(p[j], -2);
      }
      for (int i = 0; i < m.workers(); i++) {
        for (int s = 0; s < m.slots(); s++) {
          if (!m.workerAvailable(i, s)) {
            continue;
          }
          MPConstraint once = solver.makeConstraint(-INFINITY, 1, "slot" + i + "_" + s);
          for (int j = 0; j < arms; j++) {
            if (m.armAvailable(j, s)) {
              MPVariable v = solver.makeBoolVar("x" + i + "_" + j + "_" + s);
              once.setCoefficient(v, 1);
              twice[j].setCoefficient(v, 1);
              visits.add(new int[] {j, i, s});
              x.add(v);
            }
          }
        }
      }
    }

    @Override
    void hintFamily(JointAction action, boolean[] acted, Hint h) {
      java.util.Set<List<Integer>> on = new java.util.HashSet<>();
      for (int k = 0; k + 2 < action.witnessLength(); k += 3) {
        on.add(List.of(action.witnessAt(k), action.witnessAt(k + 1), action.witnessAt(k + 2)));
      }
      for (int k = 0; k < x.size(); k++) {
        int[] v = visits.get(k);
        h.put(x.get(k), on.contains(List.of(v[0], v[1], v[2])));
      }
    }

    @Override
    JointAction extract() {
      List<Integer> flat = new ArrayList<>();
      for (int k = 0; k < x.size(); k++) {
        if (on(x.get(k))) {
          for (int e : visits.get(k)) {
            flat.add(e);
          }
        }
      }
      return new JointAction(ones(p), flat.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Generalised assignment: {@code Σ_j c_j x_{ij} ≤ b_i}, {@code Σ_i x_{ij} = p_j}. */
  static final class CapacityMip extends MipFormulation {
    private final MPVariable[][] x;

    CapacityMip(MPSolver solver, int arms, ActionConstraint.Capacity c) {
      super(solver, arms);
      int workers = c.workers();
      x = new MPVariable[workers][arms];
      MPConstraint[] load = new MPConstraint[workers];
      for (int i = 0; i < workers; i++) {
        load[i] = solver.makeConstraint(-INFINITY, c.capacityOf(i), "capacity" + i);
      }
      for (int j = 0; j < arms; j++) {
        MPConstraint assign = solver.makeConstraint(0, 0, "assign" + j);
        assign.setCoefficient(p[j], -1);
        for (int i = 0; i < workers; i++) {
          if (c.costOf(j) <= c.capacityOf(i)) {
            x[i][j] = solver.makeBoolVar("x" + i + "_" + j);
            load[i].setCoefficient(x[i][j], c.costOf(j));
            assign.setCoefficient(x[i][j], 1);
          }
        }
      }
    }

    @Override
    void hintFamily(JointAction action, boolean[] acted, Hint h) {
      int[] workerOf = new int[p.length];
      java.util.Arrays.fill(workerOf, -1);
      for (int k = 0; k < action.size() && k < action.witnessLength(); k++) {
        workerOf[action.chosenAt(k)] = action.witnessAt(k);
      }
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < p.length; j++) {
          h.put(x[i][j], workerOf[j] == i);
        }
      }
    }

    @Override
    JointAction extract() {
      int[] chosen = ones(p);
      int[] worker = new int[chosen.length];
      for (int k = 0; k < chosen.length; k++) {
        worker[k] = -1;
        for (int i = 0; i < x.length; i++) {
          if (x[i][chosen[k]] != null && on(x[i][chosen[k]])) {
            worker[k] = i;
          }
        }
      }
      return new JointAction(chosen, worker);
    }
  }
}
