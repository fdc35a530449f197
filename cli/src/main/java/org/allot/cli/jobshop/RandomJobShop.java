package org.allot.cli.jobshop;

import java.util.SplittableRandom;
import org.allot.cli.UserError;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;

/**
 * The parameters of one random job-shop instance of {@code allot generate jobshop}, checked
 * with the option names in the messages.
 *
 * @param jobs the number of jobs, at least 1
 * @param machines the number of machines, at least 1
 * @param seed the seed of {@link SplittableRandom}
 * @param minDuration the smallest duration, at least 0
 * @param maxDuration the largest duration, at least {@code minDuration}
 * @param name the instance's name
 */
record RandomJobShop(int jobs, int machines, long seed, int minDuration, int maxDuration,
    String name) {

  RandomJobShop {
    if (jobs < 1) {
      throw new UserError("--jobs " + jobs + ": need at least 1 job");
    }
    if (machines < 1) {
      throw new UserError("--machines " + machines + ": need at least 1 machine");
    }
    if (minDuration < 0) {
      throw new UserError("--min-duration " + minDuration + ": durations cannot be negative");
    }
    if (maxDuration < minDuration) {
      throw new UserError("--max-duration " + maxDuration + " is below --min-duration "
          + minDuration + "; raise it or lower --min-duration");
    }
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new UserError("--name '" + name + "': use letters, digits, '.', '_' and '-' only"
          + " (it becomes a file name with --out-dir)");
    }
  }

  /** The instance: {@link RandomJobShopGenerator} driven by {@code new SplittableRandom(seed)}. */
  JobShopInstance generate() {
    return new RandomJobShopGenerator(jobs, machines, minDuration, maxDuration)
        .generate(new SplittableRandom(seed), name);
  }

  /** The first header line: what the instance is. */
  String description() {
    return name + ": random job-shop instance, " + jobs + " jobs x " + machines + " machines,"
        + " durations uniform on [" + minDuration + ", " + maxDuration + "], each job visits"
        + " every machine once in a uniformly random order (java.util.SplittableRandom(" + seed
        + "))";
  }

  /** The command that regenerates it. */
  String command() {
    return "allot generate jobshop --jobs " + jobs + " --machines " + machines + " --seed "
        + seed + " --min-duration " + minDuration + " --max-duration " + maxDuration
        + " --name " + name;
  }
}
