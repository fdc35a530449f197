package org.allot.problem.coverage;

import java.util.Locale;
import org.allot.problem.Generator;

/** The generated variants of the coverage family, after SubPO's grid worlds. */
public enum CoverageVariant {
  /** Weighted coverage of a Gaussian-mixture nest density, 30 x 30 ({@link NestDensityGenerator}). */
  NESTS(NestDensityGenerator.subpo()),
  /** Item collection with requirements, 15 x 7 ({@link ItemCollectionGenerator}). */
  ITEMS(new ItemCollectionGenerator()),
  /** Two rooms and a corridor, where greedy gets stuck ({@link TwoRoomGenerator}). */
  ROOMS(new TwoRoomGenerator());

  private final Generator<CoverageInstance> generator;

  CoverageVariant(Generator<CoverageInstance> generator) {
    this.generator = generator;
  }

  /** The variant's generator. */
  public Generator<CoverageInstance> generator() {
    return generator;
  }

  /** The lower-case name, as {@code allot generate coverage --variant} takes it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The instance of seed {@code seed}, named {@code <variant>-<seed>}: the generator driven by
   * {@code java.util.SplittableRandom(seed)}.
   */
  public CoverageInstance generate(long seed) {
    return generator.generate(new java.util.SplittableRandom(seed)).withName(id() + "-" + seed);
  }

  /**
   * The variant named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known variants
   */
  public static CoverageVariant of(String id) {
    for (CoverageVariant v : values()) {
      if (v.id().equalsIgnoreCase(id.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown coverage variant '" + id + "'; expected nests,"
        + " items or rooms");
  }
}
