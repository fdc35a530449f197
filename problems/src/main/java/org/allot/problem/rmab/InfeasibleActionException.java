package org.allot.problem.rmab;

import java.util.List;

/**
 * A joint action that breaks the instance's constraint, thrown by {@link RmabSimulator#step}.
 * The message joins the violations, each naming the broken constraint
 * ({@code "path: step 3 from 4 to 9 is not an edge"}).
 */
public final class InfeasibleActionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> violations;

  /** @param violations the violations of {@link ActionConstraint#violations}, not empty */
  public InfeasibleActionException(List<String> violations) {
    super("infeasible action: " + String.join("; ", violations));
    this.violations = List.copyOf(violations);
  }

  /** The violations, each naming its constraint. */
  public List<String> violations() {
    return violations;
  }
}
