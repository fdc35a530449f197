package org.allot.problem.memory;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Solution;

/**
 * Where every buffer lives: its offset in fast memory, or {@link #SLOW}.
 *
 * @param offsets per buffer (in the instance's order), the offset in bytes or {@link #SLOW}
 */
public record MemoryLayout(long[] offsets) implements Solution {
  /** The offset value of a buffer left in slow memory. */
  public static final long SLOW = -1;

  public MemoryLayout {
    offsets = Objects.requireNonNull(offsets, "offsets").clone();
  }

  /** The number of buffers. */
  public int buffers() {
    return offsets.length;
  }

  /** Buffer {@code i}'s offset, or {@link #SLOW}. */
  public long offsetOf(int i) {
    return offsets[i];
  }

  /** True when buffer {@code i} is in slow memory. */
  public boolean isSlow(int i) {
    return offsets[i] == SLOW;
  }

  /** The placement as a fast-memory flag per buffer. */
  public boolean[] inFast() {
    boolean[] f = new boolean[offsets.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = offsets[i] != SLOW;
    }
    return f;
  }

  @Override
  public long[] offsets() {
    return offsets.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemoryLayout other && Arrays.equals(offsets, other.offsets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(offsets);
  }

  @Override
  public String toString() {
    return "MemoryLayout" + Arrays.toString(offsets);
  }
}
