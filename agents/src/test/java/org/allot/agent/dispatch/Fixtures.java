package org.allot.agent.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.StandardFormat;

/** Instances shared by the dispatching-agent tests. */
public final class Fixtures {
  private Fixtures() {}

  public static JobShopInstance ft06() {
    try {
      return StandardFormat.INSTANCE.read(Path.of("../instances/jobshop/ft06.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 2 jobs x 2 machines: job 0 runs (m0, 3) then (m1, 2); job 1 runs (m1, 4) then (m0, 1). */
  public static JobShopInstance tiny() {
    return new JobShopInstance("tiny", 2, new int[][] {{0, 1}, {1, 0}},
        new int[][] {{3, 2}, {4, 1}});
  }

  /** 3 x 3 with zero-length operations. */
  public static JobShopInstance withZeroDuration() {
    return new JobShopInstance("zero3x3", 3, new int[][] {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}},
        new int[][] {{2, 0, 3}, {0, 4, 1}, {3, 2, 0}});
  }

  /** Non-trivial weights: every tensor gets noise, so biases and gains matter too. */
  public static Weights perturbed(Weights w, SplittableRandom random) {
    var map = new java.util.LinkedHashMap<String, Weights.Tensor>();
    w.tensors().forEach((name, t) -> {
      float[] v = t.data();
      for (int i = 0; i < v.length; i++) {
        v[i] += (float) (random.nextGaussian() * 0.3);
      }
      map.put(name, new Weights.Tensor(t.shape(), v));
    });
    return new Weights(map);
  }

  /** Observations and masks along a random episode (with No-Ops). */
  public static void randomStates(JobShopInstance instance, SplittableRandom random, List<float[]> obs,
      List<boolean[]> masks) {
    randomStates(instance, random, obs, masks, true);
  }

  /** Observations and masks along a random non-delay episode (a legal job at every step). */
  public static void nonDelayStates(JobShopInstance instance, SplittableRandom random,
      List<float[]> obs, List<boolean[]> masks) {
    randomStates(instance, random, obs, masks, false);
  }

  private static void randomStates(JobShopInstance instance, SplittableRandom random,
      List<float[]> obs, List<boolean[]> masks, boolean noOps) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    while (!env.done()) {
      float[] o = new float[env.observationSize()];
      boolean[] m = new boolean[env.actionCount()];
      env.observe(o);
      env.actionMask(m);
      obs.add(o);
      masks.add(m);
      int a;
      do {
        a = random.nextInt(noOps ? m.length : m.length - 1);
      } while (!m[a]);
      env.step(a);
    }
  }
}
