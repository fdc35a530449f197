package org.allot.problem.cvrp;

import java.util.BitSet;
import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * Random "X-like" instances after Uchoa, Pecin, Pessoa, Poggi, Vidal and Subramanian, "New
 * benchmark instances for the capacitated vehicle routing problem", EJOR 257(3):845-858, 2017.
 * Every attribute left {@code null} is drawn from the random generator, uniformly among the
 * enum's values, so {@code XGenerator.random(100)} samples the whole X distribution at n = 100.
 *
 * <p>The recipe, in the order the random numbers are drawn:
 * <ol>
 *   <li>n (if null: uniform on {@code 100..1000}, the X range), then the depot positioning, the
 *       customer positioning and the demand distribution, then the average route size
 *       r ~ triangular(3, 6, 25) (inverse-CDF sampling);
 *   <li>the depot: (500, 500), (0, 0) or a uniform grid point;
 *   <li>the customers, integer points of [0, 1000]^2, all distinct and none on the depot (a
 *       drawn point that is taken is drawn again). RANDOM: uniform. CLUSTERED: S ~ U{3..8} seeds
 *       (at most n) placed uniformly, then each other customer at
 *       {@code round(seed + d (cos a, sin a))} around a uniformly chosen seed, a ~ U[0, 2 pi),
 *       d ~ Exp(mean 40), rejected when outside the grid (the sampling of the NLNS
 *       re-implementation; after 10,000 rejections in a row a uniform point is taken, so that a
 *       crowded cluster cannot stall). RANDOM_CLUSTERED: the first n - floor(n/2) customers
 *       clustered as above, the other floor(n/2) uniform. Customers are numbered in placement
 *       order (seeds first);
 *   <li>the demands, per customer: UNITARY 1; SMALL_LARGE_CV U{1..10}; SMALL_SMALL_CV U{5..10};
 *       LARGE_LARGE_CV U{1..100}; LARGE_SMALL_CV U{50..100}; QUADRANT U{51..100} when x and y
 *       are both below 500 or both at least 500 (CVRPLIB's script), else U{1..50};
 *       MANY_SMALL_FEW_LARGE: a share p ~ U[0.70, 0.95) is drawn once, then each customer is
 *       small, U{1..10}, with probability p, else large, U{50..100};
 *   <li>the capacity Q = max(max demand, ceil(r * total demand / n)).
 * </ol>
 * The default name is {@code X-n<n+1>-k<ceil(total demand / Q)>_<depot>_<customers>_<demand>}
 * with the paper's codes, for example {@code X-n101-k25_R_C_1-100}; it never holds a seed.
 * Distances are EUC_2D (rounded) and the fleet unlimited. The same random state gives the same
 * instance. Immutable and thread-safe (the random generator passed in is not).
 *
 * @param customers n, in {@code 1..100000}, or null to draw it
 * @param depot the depot positioning, or null to draw it
 * @param positioning the customer positioning, or null to draw it
 * @param demand the demand distribution, or null to draw it
 * @param routeSize r, the average number of customers per route (positive), or null to draw it
 */
public record XGenerator(Integer customers, DepotPositioning depot,
    CustomerPositioning positioning, DemandDistribution demand, Double routeSize)
    implements Generator<CvrpInstance> {

  /** The grid's largest coordinate. */
  public static final int GRID = 1000;
  /** The largest n: the grid must keep room for distinct points. */
  public static final int MAX_CUSTOMERS = 100_000;
  private static final double CLUSTER_MEAN_DISTANCE = 40;
  private static final int MAX_REJECTIONS = 10_000;

  /** Where the depot lies (the paper's C, E, R). */
  public enum DepotPositioning {
    /** (500, 500). */
    CENTRAL("C"),
    /** The corner (0, 0). */
    ECCENTRIC("E"),
    /** A uniform grid point. */
    RANDOM("R");

    private final String code;

    DepotPositioning(String code) {
      this.code = code;
    }

    /** The paper's code. */
    public String code() {
      return code;
    }
  }

  /** How the customers spread (the paper's R, C, RC). */
  public enum CustomerPositioning {
    RANDOM("R"), CLUSTERED("C"), RANDOM_CLUSTERED("RC");

    private final String code;

    CustomerPositioning(String code) {
      this.code = code;
    }

    /** The paper's code. */
    public String code() {
      return code;
    }
  }

  /** The demand distributions of the paper, with its codes. */
  public enum DemandDistribution {
    UNITARY("U"), SMALL_LARGE_CV("1-10"), SMALL_SMALL_CV("5-10"), LARGE_LARGE_CV("1-100"),
    LARGE_SMALL_CV("50-100"), QUADRANT("Q"), MANY_SMALL_FEW_LARGE("SL");

    private final String code;

    DemandDistribution(String code) {
      this.code = code;
    }

    /** The paper's code. */
    public String code() {
      return code;
    }
  }

  public XGenerator {
    if (customers != null && (customers < 1 || customers > MAX_CUSTOMERS)) {
      throw new IllegalArgumentException("customers must be in 1.." + MAX_CUSTOMERS + ", got "
          + customers);
    }
    if (routeSize != null && !(routeSize > 0 && Double.isFinite(routeSize))) {
      throw new IllegalArgumentException("routeSize must be positive and finite, got "
          + routeSize);
    }
  }

  /** n customers, every other attribute drawn per instance. */
  public static XGenerator random(int customers) {
    return new XGenerator(customers, null, null, null, null);
  }

  @Override
  public CvrpInstance generate(RandomGenerator random) {
    return generate(random, null);
  }

  /** An instance named {@code name}, or by the default rule when {@code name} is null. */
  public CvrpInstance generate(RandomGenerator random, String name) {
    int n = customers != null ? customers : random.nextInt(100, 1001);
    DepotPositioning d = depot != null ? depot : pick(random, DepotPositioning.values());
    CustomerPositioning p = positioning != null ? positioning
        : pick(random, CustomerPositioning.values());
    DemandDistribution dd = demand != null ? demand : pick(random, DemandDistribution.values());
    double r = routeSize != null ? routeSize : triangular(random, 3, 6, 25);
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    new Placement(random, x, y).place(d, p);
    int[] q = demands(random, dd, x, y);
    long total = 0;
    int max = 0;
    for (int v : q) {
      total += v;
      max = Math.max(max, v);
    }
    int capacity = (int) Math.max(max, Math.ceil(r * total / n));
    String label = name != null ? name : "X-n" + (n + 1) + "-k" + ((total + capacity - 1)
        / capacity) + "_" + d.code() + "_" + p.code() + "_" + dd.code();
    return CvrpInstance.euclidean(label, capacity, q, x, y);
  }

  /** A draw from the triangular distribution on [a, b] with mode c (inverse CDF). */
  static double triangular(RandomGenerator random, double a, double c, double b) {
    double u = random.nextDouble();
    double f = (c - a) / (b - a);
    return u < f ? a + Math.sqrt(u * (b - a) * (c - a))
        : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }

  private static <E> E pick(RandomGenerator random, E[] values) {
    return values[random.nextInt(values.length)];
  }

  private static int[] demands(RandomGenerator random, DemandDistribution type, double[] x,
      double[] y) {
    int[] q = new int[x.length];
    double small = type == DemandDistribution.MANY_SMALL_FEW_LARGE
        ? random.nextDouble(0.70, 0.95) : 0;
    for (int i = 1; i < q.length; i++) {
      q[i] = switch (type) {
        case UNITARY -> 1;
        case SMALL_LARGE_CV -> random.nextInt(1, 11);
        case SMALL_SMALL_CV -> random.nextInt(5, 11);
        case LARGE_LARGE_CV -> random.nextInt(1, 101);
        case LARGE_SMALL_CV -> random.nextInt(50, 101);
        case QUADRANT -> (x[i] < 500) == (y[i] < 500) ? random.nextInt(51, 101)
            : random.nextInt(1, 51);
        case MANY_SMALL_FEW_LARGE -> random.nextDouble() < small ? random.nextInt(1, 11)
            : random.nextInt(50, 101);
      };
    }
    return q;
  }

  /** Places the depot (node 0) and the customers on distinct grid points. */
  private static final class Placement {
    private final RandomGenerator random;
    private final double[] x;
    private final double[] y;
    private final BitSet taken = new BitSet((GRID + 1) * (GRID + 1));
    private int next = 1;

    Placement(RandomGenerator random, double[] x, double[] y) {
      this.random = random;
      this.x = x;
      this.y = y;
    }

    void place(DepotPositioning depot, CustomerPositioning positioning) {
      switch (depot) {
        case CENTRAL -> put(0, GRID / 2, GRID / 2);
        case ECCENTRIC -> put(0, 0, 0);
        case RANDOM -> put(0, random.nextInt(GRID + 1), random.nextInt(GRID + 1));
      }
      int n = x.length - 1;
      int clustered = switch (positioning) {
        case RANDOM -> 0;
        case CLUSTERED -> n;
        case RANDOM_CLUSTERED -> n - n / 2;
      };
      if (clustered > 0) {
        clustered(clustered);
      }
      while (next <= n) {
        uniform();
      }
    }

    private void clustered(int count) {
      int seeds = Math.min(count, random.nextInt(3, 9));
      int first = next;
      for (int s = 0; s < seeds; s++) {
        uniform();
      }
      for (int k = seeds; k < count; k++) {
        attracted(first, seeds);
      }
    }

    private void attracted(int first, int seeds) {
      for (int tries = 0; tries < MAX_REJECTIONS; tries++) {
        int s = first + random.nextInt(seeds);
        double a = random.nextDouble(2 * Math.PI);
        double d = CLUSTER_MEAN_DISTANCE * random.nextExponential();
        long px = Math.round(x[s] + d * Math.cos(a));
        long py = Math.round(y[s] + d * Math.sin(a));
        if (px >= 0 && px <= GRID && py >= 0 && py <= GRID && free((int) px, (int) py)) {
          put(next++, (int) px, (int) py);
          return;
        }
      }
      uniform();
    }

    private void uniform() {
      int px;
      int py;
      do {
        px = random.nextInt(GRID + 1);
        py = random.nextInt(GRID + 1);
      } while (!free(px, py));
      put(next++, px, py);
    }

    private boolean free(int px, int py) {
      return !taken.get(px * (GRID + 1) + py);
    }

    private void put(int node, int px, int py) {
      x[node] = px;
      y[node] = py;
      taken.set(px * (GRID + 1) + py);
    }
  }
}
