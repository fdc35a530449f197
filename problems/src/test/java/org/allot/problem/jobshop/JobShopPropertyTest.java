package org.allot.problem.jobshop;

import org.allot.problem.contract.SeededProperty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of random job-shop instances and schedules, checked on seeded random cases (see
 * {@link SeededProperty}: the seed is printed, {@code -Dallot.seed=N} replays a run).
 */
class JobShopPropertyTest {
  private static final int TRIES = 100;
  private final JobShop jobShop = new JobShop();
  @TempDir Path temp;

  @Test
  void theSameSeedGivesTheSameInstance() {
    SeededProperty.check("same seed, same instance", TRIES, random -> {
      RandomJobShopGenerator g = generator(random);
      long seed = random.nextLong();
      assertEquals(g.generate(new SplittableRandom(seed)), g.generate(new SplittableRandom(seed)));
    });
  }

  @Test
  void everyJobVisitsEveryMachineOnceWithDurationsInRange() {
    SeededProperty.check("rectangular, durations in range", TRIES, random -> {
      RandomJobShopGenerator g = generator(random);
      JobShopInstance i = g.generate(random);
      assertEquals(g.jobs(), i.jobs());
      assertEquals(g.machines(), i.machines());
      for (int j = 0; j < i.jobs(); j++) {
        boolean[] seen = new boolean[i.machines()];
        assertEquals(i.machines(), i.operations(j));
        for (int o = 0; o < i.operations(j); o++) {
          assertTrue(!seen[i.machineOf(j, o)], "job " + j + " revisits a machine");
          seen[i.machineOf(j, o)] = true;
          int d = i.durationOf(j, o);
          assertTrue(d >= g.minDuration() && d <= g.maxDuration(), "duration " + d);
        }
      }
    });
  }

  @Test
  void bothFormatsRoundTripAndAreDetected() {
    SeededProperty.check("write then read, both formats", TRIES, random -> {
      JobShopInstance i = generator(random).generate(random, "r");
      for (InstanceFormat<JobShopInstance> f : jobShop.formats()) {
        Path file = writeWith(f, i);
        try {
          assertEquals(i, f.read(file), f.name());
          Problems.Loaded<?, ?> loaded = Problems.read(file);
          assertEquals(f.name(), loaded.format().name(), "detected format");
          assertEquals(i, loaded.instance());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  @Test
  void aRandomDispatchOrderGivesAFeasibleScheduleWithinTheBounds() {
    SeededProperty.check("random dispatch is feasible and bounded", TRIES, random -> {
      JobShopInstance i = generator(random).generate(random);
      SemiActiveSchedule s = JobShopFixtures.randomDispatch(i, random);
      Evaluation e = jobShop.evaluate(i, s.toSchedule());
      assertTrue(e.feasible(), () -> e.violations().toString());
      assertEquals(s.makespan(), e.objective());
      assertTrue(e.objective() >= maxMachineLoad(i), "below the busiest machine's load");
      assertTrue(e.objective() >= longestJob(i), "below the longest job");
      assertTrue(e.objective() <= i.totalDuration(), "above the sum of all durations");
    });
  }

  @Test
  void dispatchingInStartOrderNeverStartsAnOperationLater() {
    SeededProperty.check("start-order dispatch dominates", TRIES, random -> {
      JobShopInstance i = generator(random).generate(random);
      int[][] start = JobShopFixtures.randomDispatch(i, random).toSchedule().start();
      int threshold = random.nextInt(1 + (int) i.totalDuration());
      int by = random.nextInt(1, 10);
      for (int[] row : start) {
        for (int o = 0; o < row.length; o++) {
          row[o] += row[o] >= threshold ? by : 0;
        }
      }
      JobShopSchedule original = new JobShopSchedule(start);
      int makespan = JobShop.makespanOf(i, original);
      SemiActiveSchedule again = JobShopFixtures.dispatchInStartOrder(i, original);
      assertTrue(again.makespan() <= makespan);
      for (int j = 0; j < i.jobs(); j++) {
        for (int o = 0; o < i.operations(j); o++) {
          assertTrue(again.startOf(j, o) <= start[j][o], "job " + j + ", op " + o);
        }
      }
    });
  }

  @Test
  void observationsStayInTheirDocumentedRanges() {
    SeededProperty.check("observation features in range", TRIES, random -> {
      JobShopInstance i = generator(random).generate(random);
      DispatchingEnvironment env = new DispatchingEnvironment(i);
      env.reset(random.nextLong());
      float[] obs = new float[env.observationSize()];
      boolean[] mask = new boolean[env.actionCount()];
      while (true) {
        env.observe(obs);
        for (int k = 0; k < obs.length; k++) {
          int feature = k % DispatchingEnvironment.FEATURES;
          assertTrue(obs[k] >= 0 && (feature >= 4 || obs[k] <= 1),
              "feature " + feature + " of job " + k / DispatchingEnvironment.FEATURES + ": "
                  + obs[k]);
        }
        if (env.done()) {
          return;
        }
        env.actionMask(mask);
        int a;
        do {
          a = random.nextInt(mask.length);
        } while (!mask[a]);
        env.step(a);
      }
    });
  }

  @Test
  void taillardsGeneratorGivesRectangularInstancesWithDurationsFrom1To99() {
    SeededProperty.check("Taillard's generator is well formed", TRIES, random -> {
      int n = random.nextInt(1, 12);
      int m = random.nextInt(1, 8);
      int t = random.nextInt(1, Integer.MAX_VALUE - 1);
      int s = random.nextInt(1, Integer.MAX_VALUE - 1);
      JobShopInstance i = TaillardGenerator.generate("g", n, m, t, s);
      assertTrue(i.isRectangular());
      for (int[] row : i.duration()) {
        for (int d : row) {
          assertTrue(d >= 1 && d <= 99, "duration " + d);
        }
      }
      assertEquals(i, TaillardGenerator.generate("g", n, m, t, s));
    });
  }

  /** A small generator: 1-8 jobs, 1-6 machines, durations in a range that may include 0. */
  private static RandomJobShopGenerator generator(SplittableRandom random) {
    int lo = random.nextInt(0, 5);
    return new RandomJobShopGenerator(random.nextInt(1, 9), random.nextInt(1, 7), lo,
        lo + random.nextInt(0, 30));
  }

  private Path writeWith(InstanceFormat<JobShopInstance> format, JobShopInstance instance) {
    try {
      StringWriter w = new StringWriter();
      format.write(instance, w);
      Path dir = Files.createDirectories(temp.resolve(format.name()));
      return Files.writeString(dir.resolve("r.txt"), w.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long maxMachineLoad(JobShopInstance i) {
    long[] load = new long[i.machines()];
    for (int j = 0; j < i.jobs(); j++) {
      for (int o = 0; o < i.operations(j); o++) {
        load[i.machineOf(j, o)] += i.durationOf(j, o);
      }
    }
    return java.util.Arrays.stream(load).max().orElse(0);
  }

  private static long longestJob(JobShopInstance i) {
    long best = 0;
    for (int[] row : i.duration()) {
      best = Math.max(best, java.util.Arrays.stream(row).asLongStream().sum());
    }
    return best;
  }
}
