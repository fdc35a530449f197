package org.allot.solver.memory;

import org.allot.problem.Evaluation;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;

/**
 * The best layout found so far. Every offered layout is checked by the family's evaluator; only
 * a strictly better one is kept and reported, so incumbents never get worse and the objective
 * returned is the evaluator's. Thread-safe (CP-SAT reports from its own threads).
 */
final class LayoutIncumbents {
  private final MemoryInstance instance;
  private final Deadline deadline;
  private final IncumbentListener<? super MemoryLayout> listener;
  private final Memory evaluator = new Memory();
  private MemoryLayout best;
  private double objective = Double.POSITIVE_INFINITY;

  LayoutIncumbents(MemoryInstance instance, Deadline deadline,
      IncumbentListener<? super MemoryLayout> listener) {
    this.instance = instance;
    this.deadline = deadline;
    this.listener = listener;
  }

  /**
   * Keeps and reports {@code offsets} when they beat the best so far.
   *
   * @return true when kept
   * @throws IllegalStateException when the evaluator rejects the layout (a solver bug)
   */
  synchronized boolean offer(long[] offsets) {
    MemoryLayout layout = new MemoryLayout(offsets);
    Evaluation e = evaluator.evaluate(instance, layout);
    if (!e.feasible()) {
      throw new IllegalStateException("infeasible layout for " + instance.name() + ": "
          + e.violations().getFirst());
    }
    if (e.objective() < objective) {
      best = layout;
      objective = e.objective();
      listener.improved(layout, objective, deadline.elapsed());
      return true;
    }
    return false;
  }

  synchronized boolean found() {
    return best != null;
  }

  /** The best layout, or {@code null} when none was offered. */
  synchronized MemoryLayout best() {
    return best;
  }

  synchronized double objective() {
    return objective;
  }

  /**
   * The outcome with a proven lower bound on the objective: optimal when the bound meets the
   * best objective (to a relative 1e-9, for floating-point times), feasible below it, unknown
   * (carrying the bound) when nothing was found.
   */
  synchronized Outcome<MemoryLayout> outcome(double bound) {
    if (best == null) {
      return new Outcome.Unknown<>(bound, deadline.elapsed());
    }
    if (bound >= objective - 1e-9 * Math.abs(objective)) {
      return new Outcome.Optimal<>(best, objective, deadline.elapsed());
    }
    return new Outcome.Feasible<>(best, objective, bound, deadline.elapsed());
  }

  synchronized Outcome<MemoryLayout> optimal() {
    return new Outcome.Optimal<>(best, objective, deadline.elapsed());
  }

  Outcome<MemoryLayout> infeasible() {
    return new Outcome.Infeasible<>(deadline.elapsed());
  }
}
