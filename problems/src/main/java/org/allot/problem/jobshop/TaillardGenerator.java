package org.allot.problem.jobshop;

import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Taillard's published generator (E. Taillard, "Benchmarks for basic scheduling problems",
 * EJOR 64(2):278-285, 1993), which regenerates the benchmark instances ta01-ta80 exactly from
 * their seeds. The random numbers come from the Lehmer "minimal standard" generator
 * {@code x = 16807 x mod (2^31 - 1)}, evaluated with Schrage's method so that every intermediate
 * fits in a signed 32-bit int. Durations are drawn first, row by row, from the time seed in
 * {@code [1, 99]}; then each job's machine order is a Fisher-Yates-style shuffle of
 * {@code 1..m} driven by the machine seed.
 */
public final class TaillardGenerator {
  private static final int A = 16807;
  private static final int M = Integer.MAX_VALUE;
  private static final int Q = M / A;
  private static final int R = M % A;

  /** Time seed and machine seed of ta01..ta80, from Taillard (1993). */
  private static final int[][] SEEDS = {
    {840612802, 398197754}, {1314640371, 386720536}, {1227221349, 316176388},
    {342269428, 1806358582}, {1603221416, 1501949241}, {1357584978, 1734077082},
    {44531661, 1374316395}, {302545136, 2092186050}, {1153780144, 1393392374},
    {73896786, 1544979948}, {533484900, 317419073}, {1894307698, 1474268163},
    {874340513, 509669280}, {1124986343, 1209573668}, {1463788335, 529048107},
    {1056908795, 25321885}, {195672285, 1717580117}, {961965583, 1353003786},
    {1610169733, 1734469503}, {532794656, 998486810}, {1035939303, 773961798},
    {5997802, 1872541150}, {1357503601, 722225039}, {806159563, 1166962073},
    {1902815253, 1879990068}, {1503184031, 1850351876}, {1032645967, 99711329},
    {229894219, 1158117804}, {823349822, 108033225}, {1297900341, 489486403},
    {98640593, 1981283465}, {1839268120, 248890888}, {573875290, 2081512253},
    {1670898570, 788294565}, {1118914567, 1074349202}, {178750207, 294279708},
    {1549372605, 596993084}, {798174738, 151685779}, {553410952, 1329272528},
    {1661531649, 1173386294}, {1841414609, 1357882888}, {2116959593, 1546338557},
    {796392706, 1230864158}, {532496463, 254174057}, {2020525633, 978943053},
    {524444252, 185526083}, {1569394691, 487269855}, {1460267840, 1631446539},
    {198324822, 1937476577}, {38071822, 1541985579}, {17271, 718939},
    {660481279, 449650254}, {352229765, 949737911}, {1197518780, 166840558},
    {1376020303, 483922052}, {2106639239, 955932362}, {1765352082, 1209982549},
    {1105092880, 1349003108}, {907248070, 919544535}, {2011630757, 1845447001},
    {8493988, 2738939}, {1991925010, 709517751}, {342093237, 786960785},
    {1634043183, 973178279}, {341706507, 286513148}, {320167954, 1411193018},
    {1089696753, 298068750}, {433032965, 1589656152}, {615974477, 331205412},
    {236150141, 592292984}, {302034063, 1203569070}, {1437643198, 1692025209},
    {1792475497, 1039908559}, {1647273132, 1012841433}, {696480901, 1689682358},
    {1785569423, 1092647459}, {117806902, 739059626}, {1639154709, 1319962509},
    {2007423389, 749368241}, {682761130, 262763021},
  };

  /** Jobs x machines of the eight groups of ten: ta01-10 15x15, ..., ta71-80 100x20. */
  private static final int[][] SIZES = {
    {15, 15}, {20, 15}, {20, 20}, {30, 15}, {30, 20}, {50, 15}, {50, 20}, {100, 20},
  };

  private int seed;

  private TaillardGenerator(int seed) {
    this.seed = seed;
  }

  /** The number of benchmark instances (80). */
  public static int benchmarkCount() {
    return SEEDS.length;
  }

  /** The benchmark names ta01..ta80. */
  public static String benchmarkName(int index) {
    return String.format(Locale.ROOT, "ta%02d", index);
  }

  /**
   * The benchmark instance {@code ta01} .. {@code ta80}.
   *
   * @throws NoSuchElementException for another name
   */
  public static JobShopInstance benchmark(String name) {
    int k = benchmarkIndex(name);
    int[] size = SIZES[(k - 1) / 10];
    return generate(benchmarkName(k), size[0], size[1], SEEDS[k - 1][0], SEEDS[k - 1][1]);
  }

  /** The 1-based index of {@code ta01}..{@code ta80} (also accepts {@code ta1}, {@code TA01}). */
  public static int benchmarkIndex(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.matches("ta\\d{1,2}")) {
      int k = Integer.parseInt(n.substring(2));
      if (k >= 1 && k <= SEEDS.length) {
        return k;
      }
    }
    throw new NoSuchElementException("unknown Taillard instance '" + name
        + "'; expected ta01 .. ta80");
  }

  /** The time seed and machine seed of benchmark instance {@code index} (1-based). */
  public static int[] seeds(int index) {
    return SEEDS[index - 1].clone();
  }

  /**
   * An instance from Taillard's generator.
   *
   * @param jobs the number of jobs
   * @param machines the number of machines
   * @param timeSeed the seed of the durations, in {@code [1, 2^31 - 2]}
   * @param machineSeed the seed of the machine orders, in {@code [1, 2^31 - 2]}
   */
  public static JobShopInstance generate(String name, int jobs, int machines, int timeSeed,
      int machineSeed) {
    if (timeSeed <= 0 || machineSeed <= 0) {
      throw new IllegalArgumentException("Taillard seeds must be positive, got " + timeSeed
          + " and " + machineSeed);
    }
    TaillardGenerator time = new TaillardGenerator(timeSeed);
    TaillardGenerator order = new TaillardGenerator(machineSeed);
    int[][] duration = new int[jobs][machines];
    for (int j = 0; j < jobs; j++) {
      for (int o = 0; o < machines; o++) {
        duration[j][o] = time.draw(1, 99);
      }
    }
    int[][] machine = new int[jobs][machines];
    for (int j = 0; j < jobs; j++) {
      for (int o = 0; o < machines; o++) {
        machine[j][o] = o;
      }
      for (int o = 0; o < machines; o++) {
        int k = order.draw(o, machines - 1);
        int t = machine[j][o];
        machine[j][o] = machine[j][k];
        machine[j][k] = t;
      }
    }
    return new JobShopInstance(name, machines, machine, duration);
  }

  /** One draw, uniform on {@code [low, high]}; advances the seed. */
  int draw(int low, int high) {
    int k = seed / Q;
    seed = A * (seed % Q) - k * R;
    if (seed < 0) {
      seed += M;
    }
    double u = (double) seed / M;
    return low + (int) Math.floor(u * (high - low + 1));
  }
}
