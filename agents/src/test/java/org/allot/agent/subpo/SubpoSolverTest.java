package org.allot.agent.subpo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;

/** {@code subpo} (fresh weights, a fixed number of updates) against the shared solver contract. */
class SubpoSolverTest extends SolverContract<CoverageInstance, CoverageWalk> {
  @Override
  protected Problem<CoverageInstance, CoverageWalk> problem() {
    return new Coverage();
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Solver<CoverageInstance, CoverageWalk> solver() {
    return (Solver<CoverageInstance, CoverageWalk>) new SubpoProvider().create(SolverOptions.of(
        Map.of("model", "none", "updates", "3", "batch", "8")));
  }

  @Override
  protected List<CoverageInstance> sampleInstances() {
    return List.of(CoverageVariant.ROOMS.generate(1).withHorizon(12),
        CoverageVariant.ITEMS.generate(2).withHorizon(12),
        CoverageVariant.NESTS.generate(3).withHorizon(12));
  }

  /** Until the limit: SubPO's 30 x 30 nest grid with horizon 400. */
  @Override
  protected Optional<CoverageInstance> largeInstance() {
    return Optional.of(CoverageVariant.NESTS.generate(1).withHorizon(400));
  }

  /** The time-limit test runs the until-the-limit variant. */
  static final class UntilTheLimit extends SolverContract<CoverageInstance, CoverageWalk> {
    @Override
    protected Problem<CoverageInstance, CoverageWalk> problem() {
      return new Coverage();
    }

    @SuppressWarnings("unchecked")
    @Override
    protected Solver<CoverageInstance, CoverageWalk> solver() {
      return (Solver<CoverageInstance, CoverageWalk>) new SubpoProvider().create(
          SolverOptions.of(Map.of("model", "none", "batch", "16")));
    }

    @Override
    protected List<CoverageInstance> sampleInstances() {
      return List.of(CoverageVariant.ROOMS.generate(4).withHorizon(10));
    }

    @Override
    protected org.allot.solver.Budget budget() {
      return org.allot.solver.Budget.of(java.time.Duration.ofMillis(300));
    }

    @Override
    protected boolean deterministic() {
      return false;
    }

    @Override
    protected Optional<CoverageInstance> largeInstance() {
      return Optional.of(CoverageVariant.NESTS.generate(1).withHorizon(400));
    }
  }
}
