package org.allot.problem;

/** Whether a problem's objective is minimised or maximised. */
public enum Sense {
  MINIMIZE,
  MAXIMIZE;

  /** True when {@code candidate} is strictly better than {@code incumbent} under this sense. */
  public boolean better(double candidate, double incumbent) {
    return this == MINIMIZE ? candidate < incumbent : candidate > incumbent;
  }

  /** The worst possible objective value under this sense (the starting incumbent). */
  public double worst() {
    return this == MINIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }
}
