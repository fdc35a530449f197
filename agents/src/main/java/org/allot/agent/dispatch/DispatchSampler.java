package org.allot.agent.dispatch;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * {@code dispatch-sample}: {@code samples} episodes of the learned policy, episode {@code i} sampled
 * at temperature {@code 0.5 + 1.5 i / samples} (spread over [0.5, 2) as in Tassel et al.'s
 * evaluation), the best schedule kept. Each episode has its own generator split from the budget's
 * seed, in index order, so one seed gives one result whatever the number of threads unless the
 * time limit cuts the run: with one thread the episodes run one after the other and each is
 * offered at once; with {@code threads > 1} they run on that many threads and are offered in index
 * order when all are done. The limit is checked every step; an episode it cuts is dropped.
 * Thread-safe.
 */
public final class DispatchSampler implements Solver<JobShopInstance, JobShopSchedule> {
  /** The solver's id. */
  public static final String ID = "dispatch-sample";

  private final DispatchNetwork network;
  private final int samples;

  /** @throws IllegalArgumentException when {@code samples} is below 1 */
  public DispatchSampler(DispatchNetwork network, int samples) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    this.network = network;
    this.samples = samples;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
      IncumbentListener<? super JobShopSchedule> listener) {
    Deadline deadline = budget.start();
    Incumbents<JobShopInstance, JobShopSchedule> best =
        new Incumbents<>(new JobShop(), instance, deadline, listener);
    sample(instance, network, samples, budget.seed(), budget.threads(), deadline, best);
    return best.outcome(Double.NaN);
  }

  /** Offers up to {@code samples} sampled schedules to {@code best}, stopping at the deadline. */
  static void sample(JobShopInstance instance, DispatchNetwork network, int samples, long seed,
      int threads, Deadline deadline, Incumbents<JobShopInstance, JobShopSchedule> best) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] random = new SplittableRandom[samples];
    for (int i = 0; i < samples; i++) {
      random[i] = root.split();
    }
    if (threads <= 1) {
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      for (int i = 0; i < samples && !deadline.expired(); i++) {
        JobShopSchedule s = episode(env, network, temperature(i, samples), random[i], deadline);
        if (s != null) {
          best.offer(s);
        }
      }
      return;
    }
    JobShopSchedule[] found = new JobShopSchedule[samples];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      try {
        for (int i = next.getAndIncrement(); i < samples && !deadline.expired();
            i = next.getAndIncrement()) {
          found[i] = episode(env, network, temperature(i, samples), random[i], deadline);
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    };
    Thread[] pool = new Thread[Math.min(threads, samples)];
    for (int t = 0; t < pool.length; t++) {
      pool[t] = Thread.ofPlatform().name("dispatch-sample-" + t).start(worker);
    }
    for (Thread t : pool) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sampling", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    for (JobShopSchedule s : found) {
      if (s != null) {
        best.offer(s);
      }
    }
  }

  /** Episode {@code i}'s temperature: spread over [0.5, 2). */
  static double temperature(int i, int samples) {
    return 0.5 + 1.5 * i / samples;
  }

  /**
   * One episode in {@code env} (reset first) at {@code temperature} (0: greedy), or null when the
   * deadline cuts it.
   */
  static JobShopSchedule episode(CpDispatchEnvironment env, DispatchNetwork network,
      double temperature, SplittableRandom random, Deadline deadline) {
    float[] obs = new float[env.observationSize()];
    boolean[] mask = new boolean[env.actionCount()];
    float[] logits = new float[env.actionCount()];
    env.reset(0);
    while (!env.done()) {
      if (deadline.expired()) {
        return null;
      }
      env.observe(obs);
      env.actionMask(mask);
      network.restrict(mask);
      network.logits(obs, mask, logits);
      env.step(temperature == 0 ? DispatchPolicy.greedy(logits, mask)
          : DispatchPolicy.sample(logits, mask, temperature, random));
    }
    return env.solution();
  }
}
