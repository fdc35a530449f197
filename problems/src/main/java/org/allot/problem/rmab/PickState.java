package org.allot.problem.rmab;

import java.util.Arrays;

/**
 * The joint action of one bandit step under construction, pick by pick, for
 * {@link ArmPickEnvironment}: which picks the constraint still allows, whether the picks so far
 * already form a feasible joint action, and that joint action with its witness. One
 * implementation per constraint family. Not thread-safe; {@link #copy} for an independent one.
 */
sealed interface PickState
    permits PickState.CountPicks, PickState.CapacityPicks, PathPicks, MatchingPicks {

  /** The state for {@code instance}'s constraint, with no picks. */
  static PickState of(RmabInstance instance) {
    int arms = instance.arms();
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> new CountPicks(arms, b.budget(), false);
      case ActionConstraint.Interventions iv -> new CountPicks(iv.interventions(), iv.budget(),
          true);
      case ActionConstraint.Path p -> new PathPicks(p, arms);
      case ActionConstraint.Matching m -> new MatchingPicks(m, arms);
      case ActionConstraint.Capacity c -> new CapacityPicks(c);
    };
  }

  /** The number of pick actions (the "done" action comes after them). */
  int picks();

  /** Drops every pick: the start of a new joint action. */
  void clear();

  /** Whether {@code pick} (in {@code 0..picks()-1}) is allowed now. */
  boolean allowed(int pick);

  /** Why {@code pick} is not allowed now (called only then). */
  String whyNot(int pick);

  /** Whether the picks so far form a feasible joint action ("done" is allowed). */
  boolean complete();

  /** Applies an allowed pick. */
  void pick(int pick);

  /** The joint action of the picks so far, with its witness; feasible when {@link #complete}. */
  JointAction action();

  /** The number of picks made. */
  int count();

  /** The share of the budget still free, in [0, 1]. */
  float budgetLeft();

  /** The number of floats of {@link #features}. */
  int featureCount();

  /** Writes this family's own observation block into {@code into} from {@code offset}. */
  void features(float[] into, int offset);

  /** An independent copy in the same state. */
  PickState copy();

  /**
   * At most (or, {@code exact}, exactly) {@code budget} distinct choices among {@code n}: the
   * arms of {@link ActionConstraint.ArmBudget}, or the interventions of
   * {@link ActionConstraint.Interventions} (whose block of features flags the chosen ones).
   */
  final class CountPicks implements PickState {
    private final int n;
    private final int budget;
    private final boolean exact;
    private final boolean[] picked;
    private int count;

    CountPicks(int n, int budget, boolean exact) {
      this.n = n;
      this.budget = budget;
      this.exact = exact;
      this.picked = new boolean[n];
    }

    private CountPicks(CountPicks o) {
      this(o.n, o.budget, o.exact);
      System.arraycopy(o.picked, 0, picked, 0, n);
      count = o.count;
    }

    @Override
    public int picks() {
      return n;
    }

    @Override
    public void clear() {
      Arrays.fill(picked, false);
      count = 0;
    }

    @Override
    public boolean allowed(int pick) {
      return !picked[pick] && count < budget;
    }

    @Override
    public String whyNot(int pick) {
      String what = exact ? "intervention " : "arm ";
      return picked[pick] ? what + pick + " is already picked in this step"
          : "the budget of " + budget + " is used up; take the done action";
    }

    @Override
    public boolean complete() {
      return !exact || count == budget;
    }

    @Override
    public void pick(int pick) {
      picked[pick] = true;
      count++;
    }

    @Override
    public JointAction action() {
      int[] chosen = new int[count];
      for (int i = 0, k = 0; i < n; i++) {
        if (picked[i]) {
          chosen[k++] = i;
        }
      }
      return JointAction.of(chosen);
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public float budgetLeft() {
      return budget == 0 ? 0 : (float) (budget - count) / budget;
    }

    @Override
    public int featureCount() {
      return exact ? n : 0;
    }

    @Override
    public void features(float[] into, int offset) {
      for (int i = 0; exact && i < n; i++) {
        into[offset + i] = picked[i] ? 1 : 0;
      }
    }

    @Override
    public CountPicks copy() {
      return new CountPicks(this);
    }
  }

  /**
   * {@link ActionConstraint.Capacity}: pick {@code arm * workers + worker} assigns the arm to the
   * worker; allowed while the arm is unassigned and fits the worker's remaining capacity. The
   * block of features: each worker's remaining capacity, then each arm's cost, both divided by
   * the largest capacity.
   */
  final class CapacityPicks implements PickState {
    private final ActionConstraint.Capacity c;
    private final int arms;
    private final int workers;
    private final float scale;
    private final int[] worker;
    private final int[] remaining;
    private int count;

    CapacityPicks(ActionConstraint.Capacity c) {
      this.c = c;
      this.arms = c.cost().length;
      this.workers = c.workers();
      this.scale = Math.max(1, Arrays.stream(c.capacity()).max().orElse(1));
      this.worker = new int[arms];
      this.remaining = new int[workers];
      clear();
    }

    private CapacityPicks(CapacityPicks o) {
      this(o.c);
      System.arraycopy(o.worker, 0, worker, 0, arms);
      System.arraycopy(o.remaining, 0, remaining, 0, workers);
      count = o.count;
    }

    @Override
    public int picks() {
      return arms * workers;
    }

    @Override
    public void clear() {
      Arrays.fill(worker, -1);
      for (int w = 0; w < workers; w++) {
        remaining[w] = c.capacityOf(w);
      }
      count = 0;
    }

    @Override
    public boolean allowed(int pick) {
      int arm = pick / workers;
      return worker[arm] < 0 && c.costOf(arm) <= remaining[pick % workers];
    }

    @Override
    public String whyNot(int pick) {
      int arm = pick / workers;
      int w = pick % workers;
      return worker[arm] >= 0 ? "arm " + arm + " is already assigned to worker " + worker[arm]
          : "arm " + arm + " costs " + c.costOf(arm) + ", worker " + w + " has " + remaining[w]
              + " of its capacity left";
    }

    @Override
    public boolean complete() {
      return true;
    }

    @Override
    public void pick(int pick) {
      int arm = pick / workers;
      worker[arm] = pick % workers;
      remaining[worker[arm]] -= c.costOf(arm);
      count++;
    }

    @Override
    public JointAction action() {
      int[] chosen = new int[count];
      int[] witness = new int[count];
      for (int arm = 0, k = 0; arm < arms; arm++) {
        if (worker[arm] >= 0) {
          chosen[k] = arm;
          witness[k++] = worker[arm];
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
      long total = 0;
      long left = 0;
      for (int w = 0; w < workers; w++) {
        total += c.capacityOf(w);
        left += remaining[w];
      }
      return total == 0 ? 0 : (float) left / total;
    }

    @Override
    public int featureCount() {
      return workers + arms;
    }

    @Override
    public void features(float[] into, int offset) {
      for (int w = 0; w < workers; w++) {
        into[offset + w] = remaining[w] / scale;
      }
      for (int arm = 0; arm < arms; arm++) {
        into[offset + workers + arm] = c.costOf(arm) / scale;
      }
    }

    @Override
    public CapacityPicks copy() {
      return new CapacityPicks(this);
    }
  }
}
