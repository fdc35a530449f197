package org.allot.problem.rmab;

import java.util.Arrays;

/**
 * {@link ActionConstraint.Matching} pick by pick, exactly: an arm is allowed when it is not
 * picked, fewer than B are picked, and the picked arms with it can all get their two visits.
 * That is a bipartite matching of two copies of each picked arm to (worker, slot) pairs where
 * both are available; the state keeps a maximum one and tries the two augmenting paths of a
 * candidate (Kuhn's algorithm) on a scratch copy. Sets of arms that can be visited are closed
 * under taking subsets, so the picks reach exactly the feasible sets in any order, and "done" is
 * always allowed. Allowed picks are cached until the next pick. No block of features.
 */
final class MatchingPicks implements PickState {
  private final ActionConstraint.Matching m;
  private final int arms;
  private final int slots;
  /** [arm]: the (worker * slots + slot) pairs that can visit the arm. */
  private final int[][] usable;
  private final boolean[] picked;
  /** [pair]: the arm copy (2 arm + c) it visits, or -1. */
  private final int[] owner;
  /** [arm copy]: the pair that visits it, or -1. */
  private final int[] match;
  private int count;
  private final boolean[] allowed;
  private boolean cached;
  private final boolean[] seen;
  private final int[] scratchOwner;
  private final int[] scratchMatch;

  MatchingPicks(ActionConstraint.Matching m, int arms) {
    this.m = m;
    this.arms = arms;
    this.slots = m.slots();
    this.usable = usable(m, arms);
    this.picked = new boolean[arms];
    this.owner = new int[m.workers() * slots];
    this.match = new int[2 * arms];
    this.allowed = new boolean[arms];
    this.seen = new boolean[owner.length];
    this.scratchOwner = new int[owner.length];
    this.scratchMatch = new int[match.length];
    clear();
  }

  private MatchingPicks(MatchingPicks o) {
    this(o.m, o.arms);
    System.arraycopy(o.picked, 0, picked, 0, arms);
    System.arraycopy(o.owner, 0, owner, 0, owner.length);
    System.arraycopy(o.match, 0, match, 0, match.length);
    count = o.count;
  }

  private static int[][] usable(ActionConstraint.Matching m, int arms) {
    int[][] u = new int[arms][];
    for (int j = 0; j < arms; j++) {
      int[] pairs = new int[m.workers() * m.slots()];
      int n = 0;
      for (int w = 0; w < m.workers(); w++) {
        for (int s = 0; s < m.slots(); s++) {
          if (m.armAvailable(j, s) && m.workerAvailable(w, s)) {
            pairs[n++] = w * m.slots() + s;
          }
        }
      }
      u[j] = Arrays.copyOf(pairs, n);
    }
    return u;
  }

  @Override
  public int picks() {
    return arms;
  }

  @Override
  public void clear() {
    Arrays.fill(picked, false);
    Arrays.fill(owner, -1);
    Arrays.fill(match, -1);
    count = 0;
    cached = false;
  }

  @Override
  public boolean allowed(int pick) {
    if (!cached) {
      for (int j = 0; j < arms; j++) {
        allowed[j] = !picked[j] && count < m.budget() && fits(j);
      }
      cached = true;
    }
    return allowed[pick];
  }

  /** Whether arm j's two copies can be matched too, tried on a scratch copy of the matching. */
  private boolean fits(int j) {
    System.arraycopy(owner, 0, scratchOwner, 0, owner.length);
    System.arraycopy(match, 0, scratchMatch, 0, match.length);
    return augment(2 * j, scratchOwner, scratchMatch)
        && augment(2 * j + 1, scratchOwner, scratchMatch);
  }

  /** Matches the free arm copy {@code copy}, re-routing others along an augmenting path. */
  private boolean augment(int copy, int[] owners, int[] matches) {
    Arrays.fill(seen, false);
    return visit(copy, owners, matches);
  }

  private boolean visit(int copy, int[] owners, int[] matches) {
    for (int pair : usable[copy / 2]) {
      if (!seen[pair]) {
        seen[pair] = true;
        if (owners[pair] < 0 || visit(owners[pair], owners, matches)) {
          owners[pair] = copy;
          matches[copy] = pair;
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String whyNot(int pick) {
    if (picked[pick]) {
      return "arm " + pick + " is already picked in this step";
    }
    if (count >= m.budget()) {
      return "the budget of " + m.budget() + " arms is used up; take the done action";
    }
    return "arm " + pick + " cannot get its two visits beside the " + count + " arms picked";
  }

  @Override
  public boolean complete() {
    return true;
  }

  @Override
  public void pick(int pick) {
    if (!augment(2 * pick, owner, match) || !augment(2 * pick + 1, owner, match)) {
      throw new IllegalStateException("arm " + pick + " was allowed but does not fit");
    }
    picked[pick] = true;
    count++;
    cached = false;
  }

  @Override
  public JointAction action() {
    int[] chosen = new int[count];
    int[] witness = new int[6 * count];
    for (int j = 0, k = 0; j < arms; j++) {
      if (picked[j]) {
        for (int c = 0; c < 2; c++) {
          int pair = match[2 * j + c];
          witness[6 * k + 3 * c] = j;
          witness[6 * k + 3 * c + 1] = pair / slots;
          witness[6 * k + 3 * c + 2] = pair % slots;
        }
        chosen[k++] = j;
      }
    }
    return new JointAction(chosen, witness);
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public float budgetLeft() {
    return m.budget() == 0 ? 0 : (float) (m.budget() - count) / m.budget();
  }

  @Override
  public int featureCount() {
    return 0;
  }

  @Override
  public void features(float[] into, int offset) {
    // no family-specific features
  }

  @Override
  public MatchingPicks copy() {
    return new MatchingPicks(this);
  }
}
