package org.allot.solver.memory;

/**
 * MiniMalloc's static pre-orders of the buffers of a partition: the tie-break of the search's
 * dynamic order. Each letter is a key compared in descending order, the first letter first;
 * remaining ties go to the lower buffer index. {@code W} is the live-range width
 * ({@code upper - lower}), {@code A} the area (size times width), {@code T} the largest total size
 * of the buffers still unplaced in any section the buffer spans. The exact search tries them
 * round-robin under a growing node limit.
 */
enum Preorder {
  /** Width, then area, then section total. */
  WAT,
  /** Section total, then area, then width. */
  TAW,
  /** Section total, then width, then area. */
  TWA;

  /**
   * Sorts {@code a[from..to)} into this pre-order.
   *
   * @param width per buffer, the live-range width
   * @param area per buffer, size times width
   * @param total per buffer, its largest section total
   * @param scratch at least {@code to - from} long
   */
  void sort(int[] a, int from, int to, long[] width, long[] area, long[] total, int[] scratch) {
    java.util.Arrays.sort(a, from, to);
    String letters = name();
    for (int c = letters.length() - 1; c >= 0; c--) {
      long[] key = switch (letters.charAt(c)) {
        case 'W' -> width;
        case 'A' -> area;
        default -> total;
      };
      IndexSort.sort(a, from, to, key, true, scratch);
    }
  }
}
