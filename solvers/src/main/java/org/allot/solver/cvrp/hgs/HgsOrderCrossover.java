package org.allot.solver.cvrp.hgs;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ordered crossover (OX) on giant tours, as HGS applies it: a random cyclic slice
 * {@code [start, end]} of the first parent is copied in place, and the remaining customers fill
 * the other positions, from {@code end + 1} on cyclically, in the order in which they follow
 * {@code end} in the second parent. One child per call, written into a given array; not
 * thread-safe (it reuses a marker array).
 */
final class HgsOrderCrossover {
  private final boolean[] taken;

  HgsOrderCrossover(int customers) {
    taken = new boolean[customers + 1];
  }

  /** Writes the child of {@code first} and {@code second} into {@code child}. */
  void cross(int[] first, int[] second, int[] child, SplittableRandom random) {
    int n = child.length;
    if (n < 2) {
      System.arraycopy(first, 0, child, 0, n);
      return;
    }
    int start = random.nextInt(n);
    int end = random.nextInt(n);
    while (end == start) {
      end = random.nextInt(n);
    }
    Arrays.fill(taken, false);
    int j = start;
    int stop = (end + 1) % n;
    while (j != stop) {
      child[j] = first[j];
      taken[first[j]] = true;
      j = (j + 1) % n;
    }
    for (int i = 1; i <= n; i++) {
      int c = second[(end + i) % n];
      if (!taken[c]) {
        child[j] = c;
        j = (j + 1) % n;
      }
    }
  }
}
