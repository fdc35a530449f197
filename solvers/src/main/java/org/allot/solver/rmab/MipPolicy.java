package org.allot.solver.rmab;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;
import org.allot.solver.Deadline;

/**
 * A policy that solves one {@link ConstraintMip} per step with a state-dependent linear
 * objective over the arm variables (the myopic gains, the Whittle indices). Each solve gets what
 * is left of the deadline, capped by {@code actionSeconds} when positive, and stops at the
 * relative gap {@code gap}. SCIP is first handed a feasible starting solution: the best of
 * {@value #HINT_SAMPLES} random feasible actions ({@link RandomActions}) under the arm weights
 * (for paths: random walks, each acting on its best visited nodes), so a time-capped solve is
 * never worse than that start, and the start is taken when a capped solve ends without any
 * solution before the deadline. Interventions get no start (SCIP solves them in milliseconds;
 * see {@code MipFormulation.InterventionsMip#hint}); their fallback is the
 * {@link RmabNoAction} choice.
 */
abstract class MipPolicy implements RmabPolicy {
  static final int HINT_SAMPLES = 100;

  /**
   * How each step's MIP is solved.
   *
   * @param gap the relative optimality gap, >= 0
   * @param actionSeconds the time limit per step in seconds; 0 for no cap below the deadline
   */
  record Settings(double gap, double actionSeconds) {
    static final Settings DEFAULT = new Settings(1e-4, 0);
  }

  protected final RmabInstance instance;
  protected final ConstraintMip mip;
  private final Settings settings;
  private final boolean path;
  private final boolean interventions;
  private final JointAction none;

  MipPolicy(RmabInstance instance, Settings settings) {
    this.instance = instance;
    this.settings = settings;
    this.mip = ConstraintMip.build(instance);
    this.mip.relativeGap(settings.gap());
    this.path = instance.constraint() instanceof ActionConstraint.Path;
    this.interventions = instance.constraint() instanceof ActionConstraint.Interventions;
    this.none = new RmabNoAction(instance).action();
  }

  /** Sets the step's objective on {@link #mip}; returns the per-arm weights (for the hint). */
  abstract double[] objective(int[] state);

  @Override
  public final Optional<JointAction> act(int[] state, int time, SplittableRandom random,
      Deadline deadline) {
    double[] weight = objective(state);
    JointAction fallback = path ? bestRandomWalk(weight, random)
        : interventions ? none : bestRandom(weight, random);
    if (!interventions) {
      mip.hint(fallback);
    }
    Duration limit = deadline.remaining();
    if (settings.actionSeconds() > 0) {
      Duration cap = Duration.ofNanos((long) (settings.actionSeconds() * 1e9));
      limit = cap.compareTo(limit) < 0 ? cap : limit;
    }
    Optional<MipAction> solved = mip.solve(limit);
    if (solved.isEmpty() && !deadline.expired()) {
      return Optional.of(fallback);
    }
    return solved.map(MipAction::action);
  }

  /** The best of {@value #HINT_SAMPLES} random feasible actions under the arm weights. */
  private JointAction bestRandom(double[] weight, SplittableRandom random) {
    JointAction best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < HINT_SAMPLES; k++) {
      JointAction a = RandomActions.draw(instance, random);
      double v = 0;
      for (int j : a.chosen()) {
        v += weight[j];
      }
      if (v > bestValue) {
        best = a;
        bestValue = v;
      }
    }
    return best;
  }

  /**
   * The best of {@value #HINT_SAMPLES} random closed walks, each acting on its (at most B)
   * visited nodes of largest positive weight.
   */
  private JointAction bestRandomWalk(double[] weight, SplittableRandom random) {
    int budget = instance.constraint().budget();
    JointAction best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < HINT_SAMPLES; k++) {
      int[] walk = RandomActions.draw(instance, random).witness();
      int[] nodes = java.util.Arrays.stream(walk).distinct()
          .filter(j -> weight[j] > 0).boxed()
          .sorted((x, y) -> Double.compare(weight[y], weight[x])).limit(budget)
          .mapToInt(Integer::intValue).sorted().toArray();
      double v = 0;
      for (int j : nodes) {
        v += weight[j];
      }
      if (v > bestValue) {
        best = new JointAction(nodes, walk);
        bestValue = v;
      }
    }
    return best;
  }

  @Override
  public void close() {
    mip.close();
  }
}
