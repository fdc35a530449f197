package org.allot.solver.rmab;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSolution;
import org.allot.solver.Budget;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;
import org.junit.jupiter.api.Nested;

/**
 * The shared solver contract for the five baselines on one small instance of every constraint
 * kind: every returned solution re-validated by the {@link Rmab} evaluator with the claimed
 * objective, same seed same result, and (for the MIP policies) the time limit honoured on a
 * large path instance.
 */
class RmabSolverContractTest {
  @SuppressWarnings("unchecked")
  static Solver<RmabInstance, RmabSolution> solver(SolverProvider provider, int episodes) {
    return (Solver<RmabInstance, RmabSolution>) provider.create(
        SolverOptions.of(Map.of(RmabBaselineProvider.EPISODES, "" + episodes)));
  }

  abstract static class Base extends SolverContract<RmabInstance, RmabSolution> {
    abstract SolverProvider provider();

    @Override
    protected Problem<RmabInstance, RmabSolution> problem() {
      return new Rmab();
    }

    @Override
    protected Solver<RmabInstance, RmabSolution> solver() {
      return RmabSolverContractTest.solver(provider(), 4);
    }

    @Override
    protected List<RmabInstance> sampleInstances() {
      return RmabTestKit.smallInstances(11);
    }

    @Override
    protected Budget budget() {
      return Budget.of(Duration.ofSeconds(30)).withSeed(5);
    }
  }

  @Nested
  class NoneContract extends Base {
    @Override
    SolverProvider provider() {
      return new RmabBaselineProvider.None();
    }
  }

  @Nested
  class RandomContract extends Base {
    @Override
    SolverProvider provider() {
      return new RmabBaselineProvider.Random();
    }
  }

  @Nested
  class SamplingContract extends Base {
    @Override
    SolverProvider provider() {
      return new RmabBaselineProvider.Sampling();
    }
  }

  @Nested
  class MyopicContract extends Base {
    @Override
    SolverProvider provider() {
      return new RmabBaselineProvider.Myopic();
    }

    @Override
    protected Optional<RmabInstance> largeInstance() {
      return Optional.of(RmabGenerator.generate("path", 100, 20, 1));
    }
  }

  @Nested
  class WhittleContract extends Base {
    @Override
    SolverProvider provider() {
      return new RmabBaselineProvider.Whittle();
    }

    @Override
    protected Optional<RmabInstance> largeInstance() {
      return Optional.of(RmabGenerator.generate("capacity", 100, 20, 1));
    }
  }
}
