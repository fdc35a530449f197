package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * Random memory instances with a planted layout, cut like MiniMalloc's challenging instances
 * seem to be: the rectangle {@code [0, horizon) x [0, pressure * capacity)} of time by address is
 * cut by random guillotine cuts (on the {@code granule} grid in address, whole steps in time)
 * into {@code buffers} pieces, each a buffer live over its time extent with its address extent as
 * size, listed in random order. No piece is larger than the capacity.
 *
 * <p>With {@code pressure = 1} and no cost model the result is a packing instance that is
 * feasible at its capacity with zero slack wherever the cut is full height: the planted layout
 * ({@link #planted}) proves it. With a cost model ({@code mapping}) and pressure above 1, more
 * bytes are live than fit; the cost model has one step per time step, in which every buffer is
 * accessed when it is written (its first step), when it is last read (its last step) and, with
 * probability 1/4, at each step between, moving its whole size; the step's compute time is its
 * bytes / slow bandwidth times a factor drawn log-uniformly from [0.05, 2], so steps range from
 * memory-bound to compute-bound. Bandwidths: 1e12 (fast) and 1e11 (slow) bytes per second.
 *
 * @param buffers the number of buffers, at least 1
 * @param horizon time steps, at least 1
 * @param capacity fast-memory bytes, a positive multiple of {@code granule}
 * @param granule the address grid: every size and planted offset is a multiple, positive
 * @param alignment every buffer's alignment, a positive divisor of {@code granule}
 * @param pressure address space cut / capacity, at least 1
 * @param mapping whether to add a cost model (a mapping instance)
 */
public record RandomMemoryGenerator(int buffers, int horizon, long capacity, long granule,
    int alignment, double pressure, boolean mapping) implements Generator<MemoryInstance> {
  /** Fast and slow bandwidths of the generated cost models, bytes per second. */
  public static final double FAST_BANDWIDTH = 1e12;
  public static final double SLOW_BANDWIDTH = 1e11;

  public RandomMemoryGenerator {
    if (buffers < 1 || horizon < 1 || granule < 1 || capacity < granule
        || capacity % granule != 0 || alignment < 1 || granule % alignment != 0) {
      throw new IllegalArgumentException("need buffers, horizon >= 1, capacity a positive"
          + " multiple of granule, alignment dividing granule; got buffers " + buffers
          + ", horizon " + horizon + ", capacity " + capacity + ", granule " + granule
          + ", alignment " + alignment);
    }
    if (!(pressure >= 1) || Double.isInfinite(pressure)) {
      throw new IllegalArgumentException("pressure must be >= 1, got " + pressure);
    }
    long minimum = Math.ceilDiv(units(capacity, granule, pressure), capacity / granule);
    if (buffers < minimum) {
      throw new IllegalArgumentException("pressure " + pressure + " cuts at least " + minimum
          + " buffers, more than " + buffers);
    }
    if ((double) horizon * units(capacity, granule, pressure) < buffers) {
      throw new IllegalArgumentException("a " + horizon + " x " + units(capacity, granule,
          pressure) + " grid cannot be cut into " + buffers + " buffers; raise horizon or"
          + " capacity / granule");
    }
  }

  private static long units(long capacity, long granule, double pressure) {
    return Math.max(1, (long) Math.floor(pressure * (capacity / granule)));
  }

  /** A packing instance like MiniMalloc's: capacity 2^20, granule 1024, 1024 time steps. */
  public static RandomMemoryGenerator packing(int buffers) {
    return new RandomMemoryGenerator(buffers, 1024, 1 << 20, 1024, 1, 1, false);
  }

  /** A mapping instance: capacity 2^20, granule 1024, twice the capacity cut, max(8, n/2) steps. */
  public static RandomMemoryGenerator mapping(int buffers) {
    return new RandomMemoryGenerator(buffers, Math.max(8, buffers / 2), 1 << 20, 1024, 1, 2,
        true);
  }

  @Override
  public MemoryInstance generate(RandomGenerator random) {
    return planted(random).instance();
  }

  /**
   * An instance and its planted layout: the pieces inside {@code [0, capacity)} at their cut
   * offsets, the others {@link MemoryLayout#SLOW}. Feasible for a packing instance with pressure
   * 1 and for every mapping instance.
   */
  public Planted planted(RandomGenerator random) {
    List<long[]> pieces = cut(random);
    int n = pieces.size();
    int[] perm = permutation(n, random);
    String[] ids = new String[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    long[] offsets = new long[n];
    for (int i = 0; i < n; i++) {
      long[] p = pieces.get(perm[i]);
      ids[i] = Integer.toString(i);
      lower[i] = (int) p[0];
      upper[i] = (int) p[1];
      size[i] = (p[3] - p[2]) * granule;
      offsets[i] = p[3] * granule <= capacity ? p[2] * granule : MemoryLayout.SLOW;
    }
    int[] align = new int[n];
    Arrays.fill(align, alignment);
    CostModel cost = mapping ? cost(lower, upper, size, random) : null;
    String name = (mapping ? "random-mapping-" : "random-packing-") + n;
    return new Planted(new MemoryInstance(name, capacity, ids, lower, upper, size, align, cost),
        new MemoryLayout(offsets));
  }

  /** Guillotine cuts of the grid into {@code buffers} pieces {lower, upper, from, to}. */
  private List<long[]> cut(RandomGenerator random) {
    long units = units(capacity, granule, pressure);
    long maxUnits = capacity / granule;
    List<long[]> pieces = new ArrayList<>();
    pieces.add(new long[] {0, horizon, 0, units});
    while (pieces.size() < buffers || tooLarge(pieces, maxUnits) >= 0) {
      int k = tooLarge(pieces, maxUnits);
      long[] p = pieces.get(k >= 0 ? k : random.nextInt(pieces.size()));
      boolean canTime = p[1] - p[0] >= 2;
      boolean canAddress = p[3] - p[2] >= 2;
      if (!canTime && !canAddress) {
        continue;
      }
      boolean address = k >= 0 || !canTime || (canAddress && random.nextBoolean());
      int lo = address ? 2 : 0;
      long at = k >= 0 ? p[2] + oversizeCut(p[3] - p[2], maxUnits, random)
          : p[lo] + random.nextLong(1, p[lo + 1] - p[lo]);
      long[] q = p.clone();
      p[lo + 1] = at;
      q[lo] = at;
      pieces.add(q);
    }
    return pieces;
  }

  /**
   * Where to cut a piece {@code w > max} units tall: so that both halves fit when
   * {@code w <= 2 max}, else {@code max} from its bottom; so the fewest pieces are forced.
   */
  private static long oversizeCut(long w, long max, RandomGenerator random) {
    return w <= 2 * max ? random.nextLong(w - max, max + 1) : max;
  }

  /** The index of a piece larger than the capacity, or -1. */
  private static int tooLarge(List<long[]> pieces, long maxUnits) {
    for (int k = 0; k < pieces.size(); k++) {
      if (pieces.get(k)[3] - pieces.get(k)[2] > maxUnits) {
        return k;
      }
    }
    return -1;
  }

  private static int[] permutation(int n, RandomGenerator random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private CostModel cost(int[] lower, int[] upper, long[] size, RandomGenerator random) {
    List<List<Integer>> reads = new ArrayList<>();
    for (int t = 0; t < horizon; t++) {
      reads.add(new ArrayList<>());
    }
    for (int i = 0; i < lower.length; i++) {
      for (int t = lower[i]; t < upper[i]; t++) {
        if (t == lower[i] || t == upper[i] - 1 || random.nextInt(4) == 0) {
          reads.get(t).add(i);
        }
      }
    }
    double[] compute = new double[horizon];
    int[][] buffer = new int[horizon][];
    long[][] bytes = new long[horizon][];
    for (int t = 0; t < horizon; t++) {
      buffer[t] = reads.get(t).stream().mapToInt(Integer::intValue).toArray();
      bytes[t] = Arrays.stream(buffer[t]).mapToLong(i -> size[i]).toArray();
      double memory = Arrays.stream(bytes[t]).sum() / SLOW_BANDWIDTH;
      compute[t] = memory * Math.exp(random.nextDouble(Math.log(0.05), Math.log(2)));
    }
    return new CostModel(lower.length, FAST_BANDWIDTH, SLOW_BANDWIDTH, compute, buffer, bytes);
  }

  /** The most bytes live at one time step (over half-open ranges); 0 without buffers. */
  public static long peakLive(int[] lower, int[] upper, long[] size) {
    long[] events = new long[2 * lower.length];
    for (int i = 0; i < lower.length; i++) {
      // Key: 2 time + (1 for a start) shifted non-negative, then the index in the low 29 bits,
      // so that at equal times ends come before starts.
      events[2 * i] = ((2L * lower[i] + 1 + (1L << 32)) << 29) | i;
      events[2 * i + 1] = ((2L * upper[i] + (1L << 32)) << 29) | i;
    }
    Arrays.sort(events);
    long live = 0;
    long peak = 0;
    for (long e : events) {
      int i = (int) (e & ((1 << 29) - 1));
      live += ((e >>> 29) & 1) == 1 ? size[i] : -size[i];
      peak = Math.max(peak, live);
    }
    return peak;
  }

  /**
   * An instance with the layout it was cut from.
   *
   * @param instance the instance
   * @param layout the planted layout (see {@link #planted})
   */
  public record Planted(MemoryInstance instance, MemoryLayout layout) {}
}
