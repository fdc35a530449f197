package org.allot.solver.jobshop;

import org.allot.problem.jobshop.JobShopInstance;

/**
 * The classic priority dispatching rules. Each scores the candidate operation of a job; the
 * candidate with the smallest score wins, ties going to the lowest job index.
 */
public enum PriorityRule {
  /** Shortest processing time of the candidate operation. */
  SPT("spt", "shortest processing time"),
  /** Longest processing time. */
  LPT("lpt", "longest processing time"),
  /** Most work remaining in the job, the candidate operation included. */
  MWKR("mwkr", "most work remaining"),
  /** Least work remaining, the candidate operation included. */
  LWKR("lwkr", "least work remaining"),
  /** Most operations remaining, the candidate included. */
  MOPNR("mopnr", "most operations remaining"),
  /** Smallest ratio of work done (candidate included) to work remaining (candidate included). */
  FDD_MWKR("fdd-mwkr", "flow due date per most work remaining"),
  /** Earliest arrival at the queue: the smallest job-ready time. */
  FIFO("fifo", "first in, first out"),
  /** A uniformly random candidate (seeded). */
  RANDOM("random", "random candidate, seeded");

  private final String id;
  private final String title;

  PriorityRule(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The solver id, for example {@code fdd-mwkr}. */
  public String id() {
    return id;
  }

  /** A few words for {@code allot list}. */
  public String title() {
    return title;
  }

  /**
   * The score of job {@code j}'s next operation {@code op} (smaller is better). {@code doneWork}
   * and {@code remainingWork} exclude the candidate operation; {@code jobReady} is when the job
   * joined the queue. Not used for {@link #RANDOM}.
   */
  public double score(JobShopInstance instance, int j, int op, long doneWork, long remainingWork,
      int jobReady) {
    int d = instance.durationOf(j, op);
    return switch (this) {
      case SPT -> d;
      case LPT -> -d;
      case MWKR -> -(double) (remainingWork + d);
      case LWKR -> remainingWork + d;
      case MOPNR -> -(instance.operations(j) - op);
      case FDD_MWKR -> (double) (doneWork + d) / Math.max(1e-9, remainingWork + d);
      case FIFO -> jobReady;
      case RANDOM -> 0;
    };
  }
}
