package org.allot.solver.rmab;

import java.util.Objects;
import org.allot.problem.rmab.JointAction;

/**
 * The action a {@link ConstraintMip} solve returned, with its witness.
 *
 * @param action the joint action, feasible by construction (the tests re-check it)
 * @param objective the MIP's objective value (for interventions' effect objective: the
 *     piecewise-linear approximation, see {@link ConstraintMip#maximiseEffect})
 * @param optimal whether SCIP proved it optimal (false: the time limit stopped it first)
 */
public record MipAction(JointAction action, double objective, boolean optimal) {
  public MipAction {
    Objects.requireNonNull(action, "action");
  }
}
