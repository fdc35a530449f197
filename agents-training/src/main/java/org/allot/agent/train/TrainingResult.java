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
 */
public record TrainingResult(Path weights, Path curve, String x, List<String> y,
    double reference, String referenceLabel, String summary) {
  public TrainingResult {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(curve, "curve");
    y = List.copyOf(y);
  }
}
