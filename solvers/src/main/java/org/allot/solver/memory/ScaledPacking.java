package org.allot.solver.memory;

import java.util.Arrays;
import org.allot.problem.memory.MemoryInstance;

/**
 * The buffers of an instance as the exact search sees them: zero-size buffers left out (they take
 * no address range and go to offset 0), the rest renumbered {@code 0..m-1} in instance order, and
 * sizes, alignments and capacity divided by their greatest common divisor {@code unit}. Every
 * offset a canonical search can produce is a sum of sizes rounded up to alignments, so a multiple
 * of {@code unit}; dividing loses no packing and keeps the search's keys small.
 */
final class ScaledPacking {
  final long unit;
  final int[] original;
  final long[] size;
  final long[] alignment;
  final int[] lower;
  final int[] upper;
  private final int buffers;

  private ScaledPacking(long unit, int[] original, long[] size, long[] alignment, int[] lower,
      int[] upper, int buffers) {
    this.unit = unit;
    this.original = original;
    this.size = size;
    this.alignment = alignment;
    this.lower = lower;
    this.upper = upper;
    this.buffers = buffers;
  }

  /** Every buffer of {@code instance} with a positive size. */
  static ScaledPacking of(MemoryInstance instance) {
    boolean[] all = new boolean[instance.buffers()];
    Arrays.fill(all, true);
    return of(instance, all);
  }

  /** The buffers {@code i} of {@code instance} with {@code include[i]} and a positive size. */
  static ScaledPacking of(MemoryInstance instance, boolean[] include) {
    int n = instance.buffers();
    int m = 0;
    long unit = 0;
    for (int i = 0; i < n; i++) {
      if (include[i] && instance.sizeOf(i) > 0) {
        m++;
        unit = gcd(gcd(unit, instance.sizeOf(i)), instance.alignmentOf(i));
      }
    }
    unit = Math.max(1, unit);
    int[] original = new int[m];
    long[] size = new long[m];
    long[] alignment = new long[m];
    int[] lower = new int[m];
    int[] upper = new int[m];
    int b = 0;
    for (int i = 0; i < n; i++) {
      if (include[i] && instance.sizeOf(i) > 0) {
        original[b] = i;
        size[b] = instance.sizeOf(i) / unit;
        alignment[b] = instance.alignmentOf(i) / unit;
        lower[b] = instance.lowerOf(i);
        upper[b] = instance.upperOf(i);
        b++;
      }
    }
    return new ScaledPacking(unit, original, size, alignment, lower, upper, n);
  }

  /** A capacity in bytes in search units (rounded down: every top is a multiple of the unit). */
  long scaled(long bytes) {
    return bytes / unit;
  }

  /**
   * The layout of the whole instance: searched buffers at {@code scaledOffsets} times the unit,
   * zero-size included buffers at 0, the others {@code SLOW}.
   */
  long[] layout(long[] scaledOffsets, boolean[] include) {
    long[] offsets = new long[buffers];
    for (int i = 0; i < buffers; i++) {
      offsets[i] = include == null || include[i] ? 0 : org.allot.problem.memory.MemoryLayout.SLOW;
    }
    for (int b = 0; b < original.length; b++) {
      offsets[original[b]] = scaledOffsets[b] * unit;
    }
    return offsets;
  }

  /** The highest top of the scaled offsets, in search units. */
  long height(long[] scaledOffsets) {
    long h = 0;
    for (int b = 0; b < size.length; b++) {
      h = Math.max(h, scaledOffsets[b] + size[b]);
    }
    return h;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
