package org.allot.problem.memory;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.allot.problem.Instance;

/**
 * A memory instance: buffers with half-open live ranges {@code [lower, upper)} and sizes in
 * bytes, and a fast memory of {@code capacity} bytes. Two buffers conflict when their live ranges
 * overlap ({@code lower_i < upper_j && lower_j < upper_i}); conflicting buffers in fast memory
 * must not overlap in address.
 *
 * <p>Without a cost model it is a <em>packing</em> instance (MiniMalloc's decision problem):
 * every buffer needs an offset with {@code offset + size <= capacity}. With a cost model it is a
 * <em>mapping</em> instance (the mallocGame): a buffer may stay in slow memory, and the objective
 * is the estimated execution time of {@link CostModel}.
 *
 * @param name the instance's name
 * @param capacity the fast memory's size in bytes, positive
 * @param ids per buffer, its id as given in the file (unique)
 * @param lower per buffer, the first time step it is live
 * @param upper per buffer, the first time step it is no longer live ({@code > lower})
 * @param size per buffer, its size in bytes, at least 0 and at most {@code capacity}
 * @param alignment per buffer, the alignment of its offset in bytes, at least 1
 * @param costModel the execution-time model, or {@code null} for a packing instance
 */
public record MemoryInstance(String name, long capacity, String[] ids, int[] lower, int[] upper,
    long[] size, int[] alignment, CostModel costModel) implements Instance {

  public MemoryInstance {
    Objects.requireNonNull(name, "name");
    int n = ids.length;
    if (lower.length != n || upper.length != n || size.length != n || alignment.length != n) {
      throw new IllegalArgumentException("ids, lower, upper, size and alignment need one entry"
          + " per buffer (" + n + ")");
    }
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    ids = ids.clone();
    lower = lower.clone();
    upper = upper.clone();
    size = size.clone();
    alignment = alignment.clone();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      validateBuffer(i, ids[i], lower[i], upper[i], size[i], alignment[i], capacity, seen);
    }
    if (costModel != null && costModel.buffers() != n) {
      throw new IllegalArgumentException("the cost model reads " + costModel.buffers()
          + " buffers, the instance has " + n);
    }
  }

  private static void validateBuffer(int i, String id, int lower, int upper, long size,
      int alignment, long capacity, Set<String> seen) {
    String what = "buffer " + id + " (#" + i + ")";
    if (!seen.add(Objects.requireNonNull(id, "id"))) {
      throw new IllegalArgumentException(what + ": duplicate id");
    }
    if (upper <= lower) {
      throw new IllegalArgumentException(what + ": upper " + upper + " must exceed lower "
          + lower + " (live ranges are half-open [lower, upper))");
    }
    if (size < 0 || size > capacity) {
      throw new IllegalArgumentException(what + ": size " + size + " must be in 0.." + capacity);
    }
    if (alignment < 1) {
      throw new IllegalArgumentException(what + ": alignment " + alignment + " must be >= 1");
    }
  }

  /** A packing instance with alignment 1 everywhere. */
  public static MemoryInstance packing(String name, long capacity, String[] ids, int[] lower,
      int[] upper, long[] size) {
    int[] align = new int[ids.length];
    Arrays.fill(align, 1);
    return new MemoryInstance(name, capacity, ids, lower, upper, size, align, null);
  }

  /** The number of buffers. */
  public int buffers() {
    return ids.length;
  }

  /** True for a mapping instance (a cost model is present, slow memory is allowed). */
  public boolean isMapping() {
    return costModel != null;
  }

  public Optional<CostModel> cost() {
    return Optional.ofNullable(costModel);
  }

  public String idOf(int i) {
    return ids[i];
  }

  public int lowerOf(int i) {
    return lower[i];
  }

  public int upperOf(int i) {
    return upper[i];
  }

  public long sizeOf(int i) {
    return size[i];
  }

  public int alignmentOf(int i) {
    return alignment[i];
  }

  /** True when buffers {@code i} and {@code j} are live at a common time step. */
  public boolean overlapInTime(int i, int j) {
    return lower[i] < upper[j] && lower[j] < upper[i];
  }

  /** The same instance under another name. */
  public MemoryInstance withName(String newName) {
    return new MemoryInstance(newName, capacity, ids, lower, upper, size, alignment, costModel);
  }

  /** The packing part of this instance: the same buffers without the cost model. */
  public MemoryInstance asPacking() {
    return costModel == null ? this
        : new MemoryInstance(name, capacity, ids, lower, upper, size, alignment, null);
  }

  /** The same instance with another capacity. */
  public MemoryInstance withCapacity(long newCapacity) {
    return new MemoryInstance(name, newCapacity, ids, lower, upper, size, alignment, costModel);
  }

  @Override
  public String[] ids() {
    return ids.clone();
  }

  @Override
  public int[] lower() {
    return lower.clone();
  }

  @Override
  public int[] upper() {
    return upper.clone();
  }

  @Override
  public long[] size() {
    return size.clone();
  }

  @Override
  public int[] alignment() {
    return alignment.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemoryInstance other && name.equals(other.name)
        && capacity == other.capacity && Arrays.equals(ids, other.ids)
        && Arrays.equals(lower, other.lower) && Arrays.equals(upper, other.upper)
        && Arrays.equals(size, other.size) && Arrays.equals(alignment, other.alignment)
        && Objects.equals(costModel, other.costModel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, capacity, Arrays.hashCode(size), Arrays.hashCode(lower));
  }

  @Override
  public String toString() {
    return "MemoryInstance[" + name + ", " + buffers() + " buffers, capacity " + capacity
        + (isMapping() ? ", mapping" : ", packing") + "]";
  }
}
