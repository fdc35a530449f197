package org.allot.solver.memory;

/**
 * A stable merge sort of buffer indices by a {@code long} key per buffer, with a caller-owned
 * scratch array so that sorting allocates nothing. Sorting by the last key first and the first key
 * last gives a lexicographic order (stability keeps the earlier passes as tie-breakers).
 */
final class IndexSort {
  private static final int INSERTION = 24;

  private IndexSort() {}

  /**
   * Sorts {@code a[from..to)} by {@code key[a[i]]}, descending when {@code descending}, keeping
   * the order of equal keys.
   *
   * @param scratch at least {@code to - from} long
   */
  static void sort(int[] a, int from, int to, long[] key, boolean descending, int[] scratch) {
    if (to - from < 2) {
      return;
    }
    mergeSort(a, from, to, key, descending ? -1 : 1, scratch);
  }

  private static void mergeSort(int[] a, int from, int to, long[] key, int sign, int[] tmp) {
    if (to - from <= INSERTION) {
      insertion(a, from, to, key, sign);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, from, mid, key, sign, tmp);
    mergeSort(a, mid, to, key, sign, tmp);
    if (compare(key[a[mid - 1]], key[a[mid]], sign) <= 0) {
      return;
    }
    // The scratch holds a[from..to) at 0..to-from, so it need only be as long as the range.
    System.arraycopy(a, from, tmp, 0, to - from);
    int i = 0;
    int half = mid - from;
    int j = half;
    int len = to - from;
    for (int k = from; k < to; k++) {
      if (j >= len || (i < half && compare(key[tmp[i]], key[tmp[j]], sign) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  private static void insertion(int[] a, int from, int to, long[] key, int sign) {
    for (int i = from + 1; i < to; i++) {
      int x = a[i];
      long kx = key[x];
      int j = i - 1;
      while (j >= from && compare(key[a[j]], kx, sign) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  private static int compare(long x, long y, int sign) {
    return sign * Long.compare(x, y);
  }
}
