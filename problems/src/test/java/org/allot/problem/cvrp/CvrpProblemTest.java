package org.allot.problem.cvrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.contract.ProblemContract;

/**
 * The CVRP family against the shared problem contract: integer, decimal and explicit instances,
 * a limited fleet and X-like random ones; each broken solution breaks one rule.
 */
class CvrpProblemTest extends ProblemContract<CvrpInstance, CvrpSolution> {

  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return new Cvrp();
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    return List.of(CvrpFixtures.tiny(), CvrpFixtures.tinyExplicit(),
        CvrpFixtures.tinyTwoVehicles(), CvrpFixtures.decimals(), CvrpFixtures.x(1, 30),
        CvrpFixtures.x(2, 60));
  }

  @Override
  protected String fileName(CvrpInstance instance, InstanceFormat<CvrpInstance> format) {
    return instance.name() + ".vrp";
  }

  @Override
  protected CvrpSolution feasibleSolution(CvrpInstance instance) {
    return CvrpFixtures.nextFit(instance);
  }

  @Override
  protected CvrpInstance rename(CvrpInstance original, CvrpInstance read) {
    return original.withName(read.name());
  }

  @Override
  protected List<CvrpSolution> brokenSolutions(CvrpInstance instance) {
    int[][] good = feasibleSolution(instance).routes();
    int n = instance.customers();
    List<CvrpSolution> broken = new ArrayList<>();
    int[][] missing = good.clone();
    missing[0] = Arrays.copyOf(good[0], good[0].length - 1);
    broken.add(new CvrpSolution(missing));
    broken.add(new CvrpSolution(append(good, new int[] {good[0][0]})));
    broken.add(new CvrpSolution(append(good, new int[] {n + 1})));
    broken.add(new CvrpSolution(append(good, new int[] {-1})));
    int[][] depotInside = good.clone();
    depotInside[0] = Arrays.copyOf(good[0], good[0].length + 1);
    broken.add(new CvrpSolution(depotInside));
    if (instance.totalDemand() > instance.capacity()) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i + 1);
      broken.add(new CvrpSolution(new int[][] {all}));
    }
    if (instance.vehicles() > 0) {
      int[][] singles = new int[n][];
      Arrays.setAll(singles, i -> new int[] {i + 1});
      broken.add(new CvrpSolution(singles));
    }
    return broken;
  }

  private static int[][] append(int[][] routes, int[] route) {
    int[][] c = Arrays.copyOf(routes, routes.length + 1);
    c[routes.length] = route;
    return c;
  }
}
