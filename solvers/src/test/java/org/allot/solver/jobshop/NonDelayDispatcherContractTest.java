package org.allot.solver.jobshop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Solver;
import org.junit.jupiter.api.Nested;

/** Every dispatching rule passes the solver contract. */
class NonDelayDispatcherContractTest {
  abstract static class RuleContract extends SolverContract<JobShopInstance, JobShopSchedule> {
    abstract PriorityRule rule();

    @Override
    protected Problem<JobShopInstance, JobShopSchedule> problem() {
      return new JobShop();
    }

    @Override
    protected Solver<JobShopInstance, JobShopSchedule> solver() {
      return new NonDelayDispatcher(rule());
    }

    @Override
    protected List<JobShopInstance> sampleInstances() {
      try {
        return List.of(StandardFormat.INSTANCE.read(Path.of("../instances/jobshop/ft06.txt")),
            new RandomJobShopGenerator(12, 6, 0, 20).generate(new SplittableRandom(5)));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    protected Optional<JobShopInstance> largeInstance() {
      return Optional.of(TaillardGenerator.benchmark("ta71"));
    }
  }

  @Nested
  class Spt extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.SPT;
    }
  }

  @Nested
  class Lpt extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.LPT;
    }
  }

  @Nested
  class Mwkr extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.MWKR;
    }
  }

  @Nested
  class Lwkr extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.LWKR;
    }
  }

  @Nested
  class Mopnr extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.MOPNR;
    }
  }

  @Nested
  class FddMwkr extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.FDD_MWKR;
    }
  }

  @Nested
  class Fifo extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.FIFO;
    }
  }

  @Nested
  class Random extends RuleContract {
    @Override
    PriorityRule rule() {
      return PriorityRule.RANDOM;
    }
  }
}
