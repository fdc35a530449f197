package org.allot.agent.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a training run wrote and how to plot it.
 *
 * @param weights the final (or best) weights file
 * @param curve the learning-curve CSV
 * @param x the curve's column for the horizontal axis ("update", "epoch")
 * @param y the columns to plot against it (named, never positional)
 * @param reference a reference line's value (a baseline's score), or NaN for none
 * @param referenceLabel the reference line's label ("" for none)
 * @param summary one closing line: what was trained, in how long, and its validation score
 * @param goal which way the first y column improves, for the plot's subtitle
 * @param phaseEnd the x value where a first phase (imitation, pre-training) ends and a grey
 *     divider is drawn, only the first y column being drawn before it; NaN for one phase
 * @param phaseLabel the divider's label ("imitation | updates"; "" without a divider)
 */
public record TrainingResult(Path weights, Path curve, String x, List<String> y,
    double reference, String referenceLabel, String summary, Goal goal, double phaseEnd,
    String phaseLabel) {
  /** Which way a curve improves. */
  public enum Goal {
    /** Lower is better (a makespan, a cost). */
    LOWER,
    /** Higher is better (a return, a coverage). */
    HIGHER
  }

  public TrainingResult {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(phaseLabel, "phaseLabel");
    y = List.copyOf(y);
    if (y.isEmpty()) {
      throw new IllegalArgumentException("a training result needs at least one y column");
    }
  }

  /** A one-phase result. */
  public TrainingResult(Path weights, Path curve, String x, List<String> y, double reference,
      String referenceLabel, String summary, Goal goal) {
    this(weights, curve, x, y, reference, referenceLabel, summary, goal, Double.NaN, "");
  }
}
