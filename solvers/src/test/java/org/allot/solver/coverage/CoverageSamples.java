package org.allot.solver.coverage;

import java.util.List;
import org.allot.problem.coverage.CoverageFixtures;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;

/** Instances shared by the coverage solver tests. */
final class CoverageSamples {
  private CoverageSamples() {}

  /** Small instances of every kind: hand-made, and one of each generated variant. */
  static List<CoverageInstance> small() {
    return List.of(CoverageFixtures.wall(), CoverageFixtures.items(),
        CoverageVariant.ITEMS.generate(1), CoverageVariant.ROOMS.generate(1),
        CoverageVariant.NESTS.generate(1).withHorizon(12));
  }
}
