package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.List;

/** The feasibility check of {@link ActionConstraint.Matching} actions. */
final class MatchingCheck {
  /** Visits an acted arm must get. */
  static final int VISITS = 2;

  private MatchingCheck() {}

  static List<String> violations(ActionConstraint.Matching m, JointAction a, int arms) {
    List<String> out = new ArrayList<>();
    String kind = m.kind();
    Checks.chosen(kind, a, arms, out);
    Checks.count(kind, a.size(), m.budget(), out);
    if (a.witnessLength() % 3 != 0) {
      out.add(kind + ": the witness must be triples (arm, worker, slot), found "
          + a.witnessLength() + " entries");
      return out;
    }
    boolean[] acted = Checks.actedArms(a, arms);
    int[] visits = new int[arms];
    boolean[][] busy = new boolean[m.workers()][m.slots()];
    for (int k = 0; k < a.witnessLength(); k += 3) {
      visit(m, a.witnessAt(k), a.witnessAt(k + 1), a.witnessAt(k + 2), k / 3, acted, visits,
          busy, out);
    }
    for (int j = 0; j < arms; j++) {
      if (acted[j] && visits[j] != VISITS) {
        out.add(kind + ": arm " + j + " is acted with " + visits[j] + " visits, exactly "
            + VISITS + " required");
      }
    }
    return out;
  }

  private static void visit(ActionConstraint.Matching m, int arm, int worker, int slot,
      int index, boolean[] acted, int[] visits, boolean[][] busy, List<String> out) {
    String kind = m.kind();
    if (arm < 0 || arm >= acted.length || worker < 0 || worker >= m.workers() || slot < 0
        || slot >= m.slots()) {
      out.add(kind + ": visit " + index + " (arm " + arm + ", worker " + worker + ", slot "
          + slot + ") is out of range: arms 0.." + (acted.length - 1) + ", workers 0.."
          + (m.workers() - 1) + ", slots 0.." + (m.slots() - 1));
      return;
    }
    if (!acted[arm]) {
      out.add(kind + ": visit " + index + " goes to arm " + arm + ", which is not acted");
    }
    if (!m.armAvailable(arm, slot)) {
      out.add(kind + ": arm " + arm + " is not available in slot " + slot);
    }
    if (!m.workerAvailable(worker, slot)) {
      out.add(kind + ": worker " + worker + " is not available in slot " + slot);
    }
    if (busy[worker][slot]) {
      out.add(kind + ": worker " + worker + " visits twice in slot " + slot);
    }
    busy[worker][slot] = true;
    visits[arm]++;
  }
}
