package org.allot.solver.rmab;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Arrays;
import java.util.TreeSet;
import org.allot.problem.rmab.ActionConstraint;

/**
 * Piecewise-linear models of the interventions family's sigmoid effect levels
 * {@code f_j ≈ φ_j(x_j)}, {@code x_j = Σ_i w_ij a_i}, in the incremental (delta) formulation:
 * breakpoints {@code b_0 < … < b_K}, a fill level {@code δ_k ∈ [0,1]} per segment with
 * {@code x_j = b_0 + Σ_k δ_k (b_{k+1} − b_k)} and
 * {@code f_j = φ_j(b_0) + Σ_k δ_k (φ_j(b_{k+1}) − φ_j(b_k))}, and one binary {@code y_k} per
 * inner breakpoint with {@code δ_{k+1} ≤ y_k ≤ δ_k}, so segments fill in order. The binaries make
 * it exact for the non-concave sigmoid whatever the sign of the objective weight, and its LP
 * relaxation is locally ideal (the lambda/SOS2 form with segment binaries left SCIP without a
 * feasible point for seconds on 7 real-weighted interventions).
 *
 * <p><b>Breakpoints.</b> When the loads an arm can take (the subset sums of the weights of the
 * interventions covering it) number at most {@value #EXACT_POINTS}, they are the breakpoints:
 * x_j only ever takes these values, so the model is exact (the generated instances, weight 3 on
 * few interventions per arm, always are). Otherwise {@value #UNIFORM_POINTS} equally spaced
 * breakpoints on {@code [0, sum of the B largest covering weights]} approximate φ_j; callers
 * evaluate the chosen action exactly afterwards. That fallback is also slower: on 7 interventions
 * with real weights over 6 arms SCIP finds a solution at once but needs seconds to prove it
 * optimal. Arms no intervention covers are constant
 * ({@code φ_j(0)}) and get no variables.
 */
final class SigmoidPwl {
  static final int EXACT_POINTS = 33;
  static final int UNIFORM_POINTS = 17;

  private final MPVariable[] f;

  private SigmoidPwl(MPVariable[] f) {
    this.f = f;
  }

  static SigmoidPwl build(MPSolver solver, ActionConstraint.Interventions iv, MPVariable[] a,
      int arms) {
    MPVariable[] f = new MPVariable[arms];
    for (int j = 0; j < arms; j++) {
      double[] b = breakpoints(iv, j);
      if (b.length > 1) {
        f[j] = arm(solver, iv, a, j, b);
      }
    }
    return new SigmoidPwl(f);
  }

  /** Sets {@code Σ_j gain[j] f_j} on {@code objective} (constant arms are left out). */
  void setObjective(MPObjective objective, double[] gain) {
    for (int j = 0; j < f.length; j++) {
      if (f[j] != null) {
        objective.setCoefficient(f[j], gain[j]);
      }
    }
  }

  /** Arm {@code arm}'s breakpoints, ascending, starting at 0; a single 0 when uncovered. */
  static double[] breakpoints(ActionConstraint.Interventions iv, int arm) {
    double[] covering = new double[iv.interventions()];
    int n = 0;
    for (int i = 0; i < iv.interventions(); i++) {
      if (iv.weightOf(i, arm) > 0) {
        covering[n++] = iv.weightOf(i, arm);
      }
    }
    TreeSet<Double> sums = new TreeSet<>();
    sums.add(0.0);
    for (int k = 0; k < n && sums.size() <= EXACT_POINTS; k++) {
      TreeSet<Double> next = new TreeSet<>(sums);
      for (double s : sums) {
        next.add(s + covering[k]);
      }
      sums = next;
    }
    if (sums.size() <= EXACT_POINTS) {
      return dedupe(sums.stream().mapToDouble(Double::doubleValue).toArray());
    }
    double[] sorted = Arrays.copyOf(covering, n);
    Arrays.sort(sorted);
    double max = 0;
    for (int k = 0; k < Math.min(iv.budget(), n); k++) {
      max += sorted[n - 1 - k];
    }
    double[] b = new double[UNIFORM_POINTS];
    for (int k = 0; k < b.length; k++) {
      b[k] = max * k / (b.length - 1);
    }
    return b;
  }

  /** Drops breakpoints closer than 1e-9 to the previous one (float noise in the sums). */
  private static double[] dedupe(double[] sorted) {
    double[] out = new double[sorted.length];
    int n = 0;
    for (double v : sorted) {
      if (n == 0 || v - out[n - 1] > 1e-9) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static MPVariable arm(MPSolver solver, ActionConstraint.Interventions iv,
      MPVariable[] a, int j, double[] b) {
    int segments = b.length - 1;
    MPVariable f = solver.makeNumVar(0, 1, "f" + j);
    MPVariable[] delta = solver.makeNumVarArray(segments, 0, 1, "delta" + j + "_");
    MPVariable[] full = solver.makeBoolVarArray(segments - 1, "full" + j + "_");
    MPConstraint load = solver.makeConstraint(b[0], b[0], "load" + j);
    MPConstraint value = solver.makeConstraint(iv.effectOf(j, b[0]), iv.effectOf(j, b[0]),
        "value" + j);
    for (int i = 0; i < a.length; i++) {
      if (iv.weightOf(i, j) > 0) {
        load.setCoefficient(a[i], iv.weightOf(i, j));
      }
    }
    value.setCoefficient(f, 1);
    for (int k = 0; k < segments; k++) {
      load.setCoefficient(delta[k], -(b[k + 1] - b[k]));
      value.setCoefficient(delta[k], -(iv.effectOf(j, b[k + 1]) - iv.effectOf(j, b[k])));
      if (k < segments - 1) {
        MPConstraint filled =
            solver.makeConstraint(0, MipFormulation.INFINITY, "filled" + j + "_" + k);
        filled.setCoefficient(delta[k], 1);
        filled.setCoefficient(full[k], -1);
        MPConstraint next =
            solver.makeConstraint(-MipFormulation.INFINITY, 0, "next" + j + "_" + k);
        next.setCoefficient(delta[k + 1], 1);
        next.setCoefficient(full[k], -1);
      }
    }
    return f;
  }
}
