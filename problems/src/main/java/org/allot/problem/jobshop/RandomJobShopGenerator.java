package org.allot.problem.jobshop;

import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * Random job-shop instances in the manner of Taillard's: every job visits every machine once in
 * a uniformly random order, durations uniform on {@code [minDuration, maxDuration]}. The
 * defaults ({@code [1, 99]}) give the Taillard distribution that learned dispatchers train on.
 *
 * @param jobs the number of jobs, at least 1
 * @param machines the number of machines, at least 1
 * @param minDuration the smallest duration, at least 0
 * @param maxDuration the largest duration, at least {@code minDuration}
 */
public record RandomJobShopGenerator(int jobs, int machines, int minDuration, int maxDuration)
    implements Generator<JobShopInstance> {

  public RandomJobShopGenerator {
    if (jobs < 1 || machines < 1) {
      throw new IllegalArgumentException("need at least one job and one machine, got " + jobs
          + " x " + machines);
    }
    if (minDuration < 0 || maxDuration < minDuration) {
      throw new IllegalArgumentException("duration range must satisfy 0 <= min <= max, got ["
          + minDuration + ", " + maxDuration + "]");
    }
  }

  /** The Taillard distribution: durations in {@code [1, 99]}. */
  public static RandomJobShopGenerator taillardLike(int jobs, int machines) {
    return new RandomJobShopGenerator(jobs, machines, 1, 99);
  }

  @Override
  public JobShopInstance generate(RandomGenerator random) {
    return generate(random, "rand-" + jobs + "x" + machines);
  }

  /** An instance named {@code name}. */
  public JobShopInstance generate(RandomGenerator random, String name) {
    int[][] machine = new int[jobs][machines];
    int[][] duration = new int[jobs][machines];
    for (int j = 0; j < jobs; j++) {
      for (int o = 0; o < machines; o++) {
        machine[j][o] = o;
        duration[j][o] = random.nextInt(minDuration, maxDuration + 1);
      }
      for (int o = machines - 1; o > 0; o--) {
        int k = random.nextInt(o + 1);
        int t = machine[j][o];
        machine[j][o] = machine[j][k];
        machine[j][k] = t;
      }
    }
    return new JobShopInstance(name, machines, machine, duration);
  }
}
