package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.contract.ProblemContract;

/**
 * The rmab family against the shared problem contract: a generated instance of every constraint
 * kind plus a hand-made one; the feasible solution is random feasible episodes, the broken ones
 * are a truncated episode and an episode with one surely infeasible action.
 */
class RmabProblemTest extends ProblemContract<RmabInstance, RmabSolution> {

  @Override
  protected Problem<RmabInstance, RmabSolution> problem() {
    return new Rmab();
  }

  @Override
  protected List<RmabInstance> sampleInstances() {
    List<RmabInstance> list = new ArrayList<>(RmabFixtures.generated());
    list.add(RmabFixtures.deterministic(4, 3, 0.5, new ActionConstraint.ArmBudget(2)));
    return list;
  }

  @Override
  protected String fileName(RmabInstance instance, InstanceFormat<RmabInstance> format) {
    return instance.name() + ".json";
  }

  @Override
  protected RmabSolution feasibleSolution(RmabInstance instance) {
    return RmabFixtures.randomEpisodes(instance, 3, 11);
  }

  @Override
  protected RmabInstance rename(RmabInstance original, RmabInstance read) {
    return original.withName(read.name());
  }

  @Override
  protected List<RmabSolution> brokenSolutions(RmabInstance instance) {
    RmabSolution good = feasibleSolution(instance);
    JointAction[][] actions = good.actions();
    List<RmabSolution> broken = new ArrayList<>();
    JointAction[][] shorter = good.actions();
    shorter[1] = Arrays.copyOf(shorter[1], shorter[1].length - 1);
    broken.add(new RmabSolution(good.seeds(), shorter));
    int t = instance.horizon() - 1;
    actions[2][t] = RmabFixtures.mutate(instance, actions[2][t], new SplittableRandom(3));
    broken.add(new RmabSolution(good.seeds(), actions));
    return broken;
  }
}
