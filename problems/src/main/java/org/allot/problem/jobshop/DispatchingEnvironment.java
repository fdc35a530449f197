package org.allot.problem.jobshop;

import org.allot.problem.Environment;
import org.allot.problem.Step;

/**
 * The dispatching MDP of a job-shop instance. An action is a job: its next operation starts at
 * the earliest time its job and its machine allow ({@link SemiActiveSchedule}), so episodes
 * build semi-active schedules, and an optimal schedule is reachable. The mask allows every
 * unfinished job. The reward of a step is minus the increase of the partial makespan, so an
 * episode's rewards sum to minus the makespan. The dynamics are deterministic; the seed of
 * {@link #reset} is unused.
 *
 * <p>Observation: {@link #FEATURES} floats per job, job after job:
 * <ol start="0">
 *   <li>1 when the job is finished, else 0;
 *   <li>duration of its next operation / the instance's largest duration;
 *   <li>remaining work of the job (next operation included) / its total work;
 *   <li>remaining operations / its operation count;
 *   <li>(earliest start of the next operation - the smallest earliest start over unfinished
 *       jobs) / the largest duration;
 *   <li>idle time the next operation would leave on its machine (earliest start - machine
 *       ready) / the largest duration.
 * </ol>
 * Features 1, 4 and 5 are 0 for finished jobs. Not thread-safe; {@link #copy} for rollouts.
 */
public final class DispatchingEnvironment implements Environment<JobShopSchedule> {
  /** Floats per job in the observation. */
  public static final int FEATURES = 6;

  private final JobShopInstance instance;
  private final SemiActiveSchedule schedule;
  private final int[] remainingWork;
  private final int[] totalWork;
  private final float scale;

  public DispatchingEnvironment(JobShopInstance instance) {
    this.instance = instance;
    this.schedule = new SemiActiveSchedule(instance);
    int n = instance.jobs();
    this.totalWork = new int[n];
    int max = 1;
    for (int j = 0; j < n; j++) {
      for (int o = 0; o < instance.operations(j); o++) {
        totalWork[j] += instance.durationOf(j, o);
        max = Math.max(max, instance.durationOf(j, o));
      }
    }
    this.remainingWork = totalWork.clone();
    this.scale = max;
  }

  private DispatchingEnvironment(DispatchingEnvironment o) {
    this.instance = o.instance;
    this.schedule = o.schedule.copy();
    this.totalWork = o.totalWork;
    this.remainingWork = o.remainingWork.clone();
    this.scale = o.scale;
  }

  public JobShopInstance instance() {
    return instance;
  }

  /** The partial schedule (read it, do not dispatch on it directly). */
  public SemiActiveSchedule schedule() {
    return schedule;
  }

  @Override
  public int actionCount() {
    return instance.jobs();
  }

  @Override
  public int observationSize() {
    return instance.jobs() * FEATURES;
  }

  @Override
  public void reset(long seed) {
    schedule.clear();
    System.arraycopy(totalWork, 0, remainingWork, 0, totalWork.length);
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action >= instance.jobs()) {
      throw new IllegalArgumentException(
          "action " + action + " is out of range 0.." + (instance.jobs() - 1));
    }
    if (schedule.complete()) {
      throw new IllegalStateException("the episode is over; call reset");
    }
    if (!schedule.unfinished(action)) {
      throw new IllegalArgumentException("action " + action + " is masked: job " + action
          + " is finished");
    }
    int before = schedule.makespan();
    remainingWork[action] -= schedule.nextDuration(action);
    schedule.dispatch(action);
    return new Step(before - schedule.makespan(), schedule.complete(), false);
  }

  @Override
  public void actionMask(boolean[] into) {
    for (int j = 0; j < instance.jobs(); j++) {
      into[j] = schedule.unfinished(j);
    }
  }

  @Override
  public void observe(float[] into) {
    int n = instance.jobs();
    int minEst = Integer.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      if (schedule.unfinished(j)) {
        minEst = Math.min(minEst, schedule.earliestStart(j));
      }
    }
    for (int j = 0; j < n; j++) {
      int b = j * FEATURES;
      int ops = instance.operations(j);
      into[b + 2] = totalWork[j] == 0 ? 0 : (float) remainingWork[j] / totalWork[j];
      into[b + 3] = (float) (ops - schedule.nextOp(j)) / ops;
      if (schedule.unfinished(j)) {
        int est = schedule.earliestStart(j);
        into[b] = 0;
        into[b + 1] = schedule.nextDuration(j) / scale;
        into[b + 4] = (est - minEst) / scale;
        // A zero-length operation may start before its machine is ready: it leaves no idle time.
        into[b + 5] = Math.max(0, est - schedule.machineReady(schedule.nextMachine(j))) / scale;
      } else {
        into[b] = 1;
        into[b + 1] = 0;
        into[b + 4] = 0;
        into[b + 5] = 0;
      }
    }
  }

  @Override
  public boolean done() {
    return schedule.complete();
  }

  @Override
  public JobShopSchedule solution() {
    return schedule.toSchedule();
  }

  @Override
  public DispatchingEnvironment copy() {
    return new DispatchingEnvironment(this);
  }
}
