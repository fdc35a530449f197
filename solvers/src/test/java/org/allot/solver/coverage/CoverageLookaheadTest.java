package org.allot.solver.coverage;

import java.util.List;
import java.util.Optional;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.solver.Solver;

/** {@link CoverageLookahead} against the shared solver contract. */
class CoverageLookaheadTest extends SolverContract<CoverageInstance, CoverageWalk> {
  @Override
  protected Problem<CoverageInstance, CoverageWalk> problem() {
    return new Coverage();
  }

  @Override
  protected Solver<CoverageInstance, CoverageWalk> solver() {
    return new CoverageLookahead(3);
  }

  @Override
  protected List<CoverageInstance> sampleInstances() {
    return CoverageSamples.small();
  }

  /** SubPO's 30 x 30 nest grid with horizon 400. */
  @Override
  protected Optional<CoverageInstance> largeInstance() {
    return Optional.of(CoverageVariant.NESTS.generate(1).withHorizon(400));
  }
}
