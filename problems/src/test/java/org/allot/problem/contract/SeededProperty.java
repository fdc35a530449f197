package org.allot.problem.contract;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A minimal property runner: a property is checked on {@code tries} random cases, each drawn from
 * its own seed derived from one base seed. The base seed is printed on every run and named in
 * every failure; {@code -Dallot.seed=N} replays a run. (jqwik is deliberately not used here:
 * from 1.10 its maintainers ask that it not be used by AI coding agents, which wrote these tests.)
 */
public final class SeededProperty {
  /** The system property that fixes the base seed. */
  public static final String SEED_PROPERTY = "allot.seed";

  private SeededProperty() {}

  /** The base seed of this run: {@code -Dallot.seed} if set, else a fresh random one. */
  public static long baseSeed() {
    Long fixed = Long.getLong(SEED_PROPERTY);
    return fixed != null ? fixed : new SplittableRandom().nextLong();
  }

  /**
   * Checks {@code property} on {@code tries} cases; each gets a {@link SplittableRandom} seeded
   * from the base seed and the try's index.
   *
   * @throws AssertionError naming the property, the try, its seed and how to replay the run
   */
  public static void check(String name, int tries, Consumer<SplittableRandom> property) {
    long base = baseSeed();
    System.out.printf("property %s: %d tries, seed %d (replay: -D%s=%d)%n", name, tries, base,
        SEED_PROPERTY, base);
    SplittableRandom seeds = new SplittableRandom(base);
    for (int t = 0; t < tries; t++) {
      long seed = seeds.nextLong();
      try {
        property.accept(new SplittableRandom(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property " + name + " falsified at try " + t + " (case seed "
            + seed + "; replay the run with -D" + SEED_PROPERTY + "=" + base + "): "
            + e.getMessage(), e);
      }
    }
  }
}
