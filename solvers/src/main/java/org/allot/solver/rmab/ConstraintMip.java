package org.allot.solver.rmab;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.Optional;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.RmabInstance;
import org.allot.solver.Deadline;

/**
 * The feasible joint actions of one restless-bandit instance as a mixed-integer program on
 * OR-Tools' {@link MPSolver} with the SCIP backend, shared by every MIP policy (myopic,
 * Whittle) and by SEQUOIA, which adds a ReLU network's variables and constraints to the same
 * model through {@link #solver()} (and sets the objective over them itself).
 *
 * <p><b>Why SCIP and not CP-SAT.</b> SEQUOIA's network embedding has continuous variables
 * (pre-activations, outputs) with real-valued weights; CP-SAT's {@code MPSolver} backend is integer
 * only and would scale every coefficient to integers, losing precision and blowing up domains
 * with the big-M terms. SCIP is an exact LP-based branch-and-bound over mixed variables, bundled
 * with {@code ortools-java}, deterministic with one thread.
 *
 * <p><b>Variables.</b> {@code p_j ∈ {0,1}} = arm j acted ({@link #acted}); per family:
 * <ul>
 *   <li>budget: {@code Σ_j p_j ≤ B};
 *   <li>interventions: {@code a_i ∈ {0,1}} ({@link #intervention}), {@code Σ_i a_i = B}; the arm
 *     indicator is derived, {@code a_i ≤ p_j ≤ Σ_{i: w_ij > 0} a_i};
 *   <li>path: the time-unrolled walk {@code y_{jkt}} over both directions of every edge and the
 *     self-loops, {@code t < L}: one arc (self-loops included) per step, the first arc leaves the
 *     source, the last enters it, flow conservation between steps, {@code p_j ≤ Σ_{k,t} y_{kjt}},
 *     {@code Σ p ≤ B}. Counting the self-loops in the per-step sum fixes the flaw of the public
 *     formulation, where a chain of self-loops marked any node visited. Two reductions that
 *     keep the set of coverable node sets: arcs that no closed walk of L steps can use at step t
 *     ({@code dist(source, j) > t} or {@code dist(k, source) > L − t − 1}) are not created, and
 *     the only self-loop kept is the source's, at the end of the walk
 *     ({@code y_{s s t} ≤ y_{s s, t+1}}): a stay anywhere else can be moved there, so a walk of
 *     at most L moves is padded to exactly L steps one way only. The witness walk is read from
 *     y, with the stays dropped. This model is still weak at J = 100 (SCIP does not close the
 *     gap within seconds); {@link #hint} seeds it with a walk;
 *   <li>matching: {@code x_{ijs}} only where worker i and arm j are both available in slot s;
 *     {@code Σ_j x_{ijs} ≤ 1}, {@code Σ_{i,s} x_{ijs} = 2 p_j}, {@code Σ p ≤ B};
 *   <li>capacity (generalised assignment): {@code x_{ij}} where {@code c_j ≤ b_i};
 *     {@code Σ_j c_j x_{ij} ≤ b_i}, {@code Σ_i x_{ij} = p_j}.
 * </ul>
 *
 * <p>Not thread-safe; {@link #close()} frees the native model. The OR-Tools natives are loaded
 * on first use.
 */
public final class ConstraintMip implements AutoCloseable {
  /** Time kept back from SCIP for extracting the action, in seconds. */
  private static final double MARGIN_SECONDS = 0.01;

  private final RmabInstance instance;
  private final MPSolver solver;
  private final MipFormulation formulation;
  private final MPSolverParameters parameters = new MPSolverParameters();
  private SigmoidPwl effect;

  private ConstraintMip(RmabInstance instance, MPSolver solver, MipFormulation formulation) {
    this.instance = instance;
    this.solver = solver;
    this.formulation = formulation;
  }

  /**
   * Builds the feasible-action model of {@code instance}.
   *
   * @throws IllegalStateException when the SCIP backend is missing from the OR-Tools natives
   */
  public static ConstraintMip build(RmabInstance instance) {
    Natives.load();
    MPSolver solver = MPSolver.createSolver("SCIP");
    if (solver == null) {
      throw new IllegalStateException("OR-Tools was built without SCIP; cannot build the MIP");
    }
    solver.setNumThreads(1);
    return new ConstraintMip(instance, solver, MipFormulation.build(instance, solver));
  }

  /** The underlying model, for callers that add their own variables and constraints. */
  public MPSolver solver() {
    return solver;
  }

  /** The instance this model is of. */
  public RmabInstance instance() {
    return instance;
  }

  /** The binary variable {@code p_j}: arm {@code arm} is acted on. */
  public MPVariable acted(int arm) {
    return formulation.p()[arm];
  }

  /**
   * The binary variable {@code a_i} of intervention {@code i}.
   *
   * @throws IllegalStateException when the constraint is not {@code interventions}
   */
  public MPVariable intervention(int i) {
    if (formulation.a() == null) {
      throw new IllegalStateException("the " + instance.constraint().kind()
          + " constraint has no intervention variables");
    }
    return formulation.a()[i];
  }

  /**
   * Sets the objective to maximise {@code Σ_j weight[j] p_j}, clearing any earlier objective.
   *
   * @throws IllegalArgumentException when {@code weight} does not have one entry per arm
   */
  public void maximise(double[] weight) {
    MPVariable[] p = formulation.p();
    requireArms(weight);
    MPObjective objective = solver.objective();
    objective.clear();
    for (int j = 0; j < p.length; j++) {
      objective.setCoefficient(p[j], weight[j]);
    }
    objective.setMaximization();
  }

  /**
   * Interventions only: sets the objective to maximise {@code Σ_j gain[j] φ_j(Σ_i w_ij a_i)},
   * clearing any earlier objective, where φ_j is the arm's sigmoid effect level (so with
   * {@code gain[j]} the expected next reward when acted minus when passive, this is the expected
   * next-step reward up to a constant). φ_j enters as a piecewise-linear function on
   * breakpoints over the arm's load; see {@link SigmoidPwl} for how they are chosen (exact on
   * the generated instances). The approximation is built once, on first call.
   *
   * @throws IllegalStateException when the constraint is not {@code interventions}
   */
  public void maximiseEffect(double[] gain) {
    if (!(instance.constraint() instanceof ActionConstraint.Interventions iv)) {
      throw new IllegalStateException("maximiseEffect needs the interventions constraint, not "
          + instance.constraint().kind());
    }
    requireArms(gain);
    if (effect == null) {
      effect = SigmoidPwl.build(solver, iv, formulation.a(), instance.arms());
    }
    MPObjective objective = solver.objective();
    objective.clear();
    effect.setObjective(objective, gain);
    objective.setMaximization();
  }

  /**
   * Sets the relative optimality gap at which SCIP stops (OR-Tools' default is 1e-4; 0 asks for a
   * proof of optimality; the published code used 0.02).
   *
   * @throws IllegalArgumentException when {@code gap} is negative or not finite
   */
  public void relativeGap(double gap) {
    if (!(gap >= 0 && Double.isFinite(gap))) {
      throw new IllegalArgumentException("relative gap must be a finite number >= 0, got " + gap);
    }
    parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, gap);
  }

  /**
   * Suggests {@code action} (feasible, with its witness) as SCIP's first solution, kept until
   * the next call. At J = 100 SCIP alone can take seconds to find any solution of the path and
   * matching models (the path model starts with the null action as hint).
   */
  public void hint(org.allot.problem.rmab.JointAction action) {
    formulation.hint(action);
  }

  /** Solves within what is left of {@code deadline}; see {@link #solve(Duration)}. */
  public Optional<MipAction> solve(Deadline deadline) {
    return solve(deadline.remaining());
  }

  /**
   * Solves the model with the current objective for at most {@code limit}.
   *
   * @return the best feasible action found and its witness; empty when SCIP found none in time
   *     (every family's model is feasible, so that is the only reason)
   */
  public Optional<MipAction> solve(Duration limit) {
    double seconds = limit.toNanos() / 1e9 - MARGIN_SECONDS;
    if (seconds <= 0) {
      return Optional.empty();
    }
    solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
    MPSolver.ResultStatus status = solver.solve(parameters);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      if (status == MPSolver.ResultStatus.INFEASIBLE) {
        throw new IllegalStateException("SCIP says the " + instance.constraint().kind()
            + " model of " + instance.name() + " is infeasible, yet the null action is feasible");
      }
      return Optional.empty();
    }
    return Optional.of(new MipAction(formulation.extract(), solver.objective().value(),
        status == MPSolver.ResultStatus.OPTIMAL));
  }

  /** Frees the native model; the object is unusable afterwards. */
  @Override
  public void close() {
    solver.delete();
  }

  private void requireArms(double[] weight) {
    if (weight.length != instance.arms()) {
      throw new IllegalArgumentException("expected one objective weight per arm ("
          + instance.arms() + "), got " + weight.length);
    }
  }

  /** Loads the OR-Tools native libraries once, on first use (class initialisation is atomic). */
  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void load() {
      // Calling this runs the static initialiser once.
    }
  }
}
