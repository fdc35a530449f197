package org.allot.problem.rmab;

import java.util.Arrays;
import java.util.Objects;

/**
 * One joint action of a restless bandit: the acted arms (or, for
 * {@link ActionConstraint.Interventions}, the chosen interventions) and a witness that proves
 * the choice feasible. Whether it is feasible is decided only by
 * {@link ActionConstraint#violations}; the record itself accepts any arrays.
 *
 * <p>The witness per constraint: {@link ActionConstraint.ArmBudget} and
 * {@link ActionConstraint.Interventions}: empty; {@link ActionConstraint.Path}: the closed walk
 * as a node sequence {@code source, v1, ..., source} (each consecutive pair equal or adjacent,
 * at most {@code maxSteps} steps; empty means no walk, allowed only with nothing acted);
 * {@link ActionConstraint.Matching}: flat triples {@code (arm, worker, slot)}, one per visit;
 * {@link ActionConstraint.Capacity}: the worker of each acted arm, aligned with {@code chosen}.
 *
 * @param chosen sorted distinct indices of the acted arms (of the chosen interventions)
 * @param witness the feasibility witness described above
 */
public record JointAction(int[] chosen, int[] witness) {
  private static final JointAction NONE = new JointAction(new int[0], new int[0]);

  public JointAction {
    chosen = Objects.requireNonNull(chosen, "chosen").clone();
    witness = Objects.requireNonNull(witness, "witness").clone();
  }

  /** An action without witness (for {@code ArmBudget} and {@code Interventions}). */
  public static JointAction of(int... chosen) {
    return new JointAction(chosen, new int[0]);
  }

  /**
   * The null action: nothing acted, empty witness. Feasible under every constraint except
   * {@link ActionConstraint.Interventions}, which requires exactly {@code budget} interventions.
   */
  public static JointAction none() {
    return NONE;
  }

  /** The number of chosen arms (interventions). */
  public int size() {
    return chosen.length;
  }

  /** The {@code k}-th chosen index, without copying. */
  public int chosenAt(int k) {
    return chosen[k];
  }

  /** The length of the witness. */
  public int witnessLength() {
    return witness.length;
  }

  /** The {@code k}-th witness entry, without copying. */
  public int witnessAt(int k) {
    return witness[k];
  }

  @Override
  public int[] chosen() {
    return chosen.clone();
  }

  @Override
  public int[] witness() {
    return witness.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JointAction other && Arrays.equals(chosen, other.chosen)
        && Arrays.equals(witness, other.witness);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(chosen) + Arrays.hashCode(witness);
  }

  @Override
  public String toString() {
    return "JointAction[chosen=" + Arrays.toString(chosen) + ", witness="
        + Arrays.toString(witness) + "]";
  }
}
