package org.allot.solver.memory;

import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;

/** The best layout found so far, offered as raw offsets by the memory solvers. Thread-safe. */
final class LayoutIncumbents extends Incumbents<MemoryInstance, MemoryLayout> {
  LayoutIncumbents(MemoryInstance instance, Deadline deadline,
      IncumbentListener<? super MemoryLayout> listener) {
    super(new Memory(), instance, deadline, listener);
  }

  /** Keeps and reports the layout of {@code offsets} when it beats the best so far. */
  boolean offer(long[] offsets) {
    return offer(new MemoryLayout(offsets));
  }
}
