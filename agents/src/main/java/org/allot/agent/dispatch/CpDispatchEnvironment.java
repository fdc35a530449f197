package org.allot.agent.dispatch;

import java.util.Arrays;
import org.allot.problem.Environment;
import org.allot.problem.Step;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/**
 * The job-shop dispatching MDP on the constraint-programming encoding of Tassel, Gebser and
 * Schekotihin (ICAPS 2023): one interval per operation, precedences along each job, one
 * no-overlap per machine; a decision fixes a start.
 *
 * <p><b>State, time and actions.</b> The state is the lower bound of every operation's start
 * (the CP domains after propagation). The current time is the smallest lower bound of the jobs'
 * next operations. A job is legal when its next operation can start now; action {@code j < n}
 * fixes that start to the current time. Action {@code n} is No-Op: legal when some next
 * operation has a later lower bound, it posts "start at least the next time point" on every next
 * operation, so the policy may leave machines idle (leave the non-delay space). Episodes end when
 * every operation is fixed; a step's reward is minus the increase of the makespan of the fixed
 * operations (No-Op: 0), so an episode's rewards sum to minus its makespan.
 *
 * <p><b>Propagation.</b> The environment runs its own propagation instead of a CP solver, because
 * with these decisions the fixed point has a closed form. Decisions are taken in non-decreasing
 * time, so every fixed operation starts at or before the current time, which is at or below the
 * lower bound of every unfixed one. No-overlap against a fixed interval can then only push an
 * unfixed operation after it (it cannot fit before), so a machine contributes the end of the last
 * interval fixed on it; two unfixed intervals prune nothing (as the pairwise disjunctive
 * decomposition and Tassel's hand-written propagation); precedence adds the chain along the job.
 * So {@code lb(next) = max(job ready, machine ready, No-Op floor)} and {@code lb(o+1) =
 * max(lb(o) + d(o), ready(machine(o+1)))}: O(1) per legality test instead of a propagation
 * fix-point (the Choco cross-check is in the tests). Zero-length operations occupy no machine, as in
 * the job-shop evaluator.
 *
 * <p><b>Observation</b> ({@link #observationSize()} floats): per job, a window of operations
 * and the machine of its next operation, encoded by {@link DispatchObservation}. Not thread-safe;
 * {@link #copy} for rollouts.
 */
public final class CpDispatchEnvironment implements Environment<JobShopSchedule> {
  private final JobShopInstance instance;
  private final int[][] machine;
  private final int[][] duration;
  private final int n;
  private final int total;
  private final DispatchObservation observation;
  private final int[] nextOp;
  private final int[] jobReady;
  private final int[] machineReady;
  private final int[][] start;
  private int floor;
  private int time;
  private int scheduled;
  private int makespan;

  public CpDispatchEnvironment(JobShopInstance instance) {
    this.instance = instance;
    this.machine = instance.machine();
    this.duration = instance.duration();
    this.n = instance.jobs();
    this.total = instance.totalOperations();
    this.observation = new DispatchObservation(instance);
    this.nextOp = new int[n];
    this.jobReady = new int[n];
    this.machineReady = new int[instance.machines()];
    this.start = new int[n][];
    for (int j = 0; j < n; j++) {
      start[j] = new int[machine[j].length];
    }
  }

  private CpDispatchEnvironment(CpDispatchEnvironment o) {
    this.instance = o.instance;
    this.machine = o.machine;
    this.duration = o.duration;
    this.n = o.n;
    this.total = o.total;
    this.observation = o.observation;
    this.nextOp = o.nextOp.clone();
    this.jobReady = o.jobReady.clone();
    this.machineReady = o.machineReady.clone();
    this.start = new int[n][];
    for (int j = 0; j < n; j++) {
      start[j] = o.start[j].clone();
    }
    this.floor = o.floor;
    this.time = o.time;
    this.scheduled = o.scheduled;
    this.makespan = o.makespan;
  }

  public JobShopInstance instance() {
    return instance;
  }

  @Override
  public int actionCount() {
    return n + 1;
  }

  /** The No-Op action. */
  public int noOp() {
    return n;
  }

  @Override
  public int observationSize() {
    return n * DispatchObservation.PER_JOB;
  }

  @Override
  public void reset(long seed) {
    Arrays.fill(nextOp, 0);
    Arrays.fill(jobReady, 0);
    Arrays.fill(machineReady, 0);
    floor = 0;
    scheduled = 0;
    makespan = 0;
    time = 0;
  }

  /** The current time: the smallest start lower bound of the jobs' next operations. */
  public int time() {
    return time;
  }

  /** True when job {@code j} still has an operation to fix. */
  public boolean unfinished(int j) {
    return nextOp[j] < machine[j].length;
  }

  /** The index of job {@code j}'s next operation (its operation count when finished). */
  public int nextOp(int j) {
    return nextOp[j];
  }

  /** The start lower bound of job {@code j}'s next operation; the job must be unfinished. */
  public int earliestStart(int j) {
    int o = nextOp[j];
    int s = Math.max(jobReady[j], floor);
    return duration[j][o] == 0 ? s : Math.max(s, machineReady[machine[j][o]]);
  }

  /** True when job {@code j}'s next operation can start now. */
  public boolean legal(int j) {
    return unfinished(j) && earliestStart(j) == time;
  }

  /** True when some next operation can only start later than now. */
  public boolean noOpLegal() {
    for (int j = 0; j < n; j++) {
      if (unfinished(j) && earliestStart(j) > time) {
        return true;
      }
    }
    return false;
  }

  /** The end of job {@code j}'s last fixed operation (0 before the first). */
  public int jobReady(int j) {
    return jobReady[j];
  }

  /** The end of the last interval fixed on machine {@code m} (0 before the first). */
  public int machineReady(int m) {
    return machineReady[m];
  }

  /**
   * The start lower bound of every operation after propagation: fixed operations their start,
   * the others the precedence chain from their job's next operation over the machines' ready
   * times (per job, per operation).
   */
  int[][] lowerBounds() {
    int[][] lb = new int[n][];
    for (int j = 0; j < n; j++) {
      lb[j] = start[j].clone();
      if (unfinished(j)) {
        int o = nextOp[j];
        lb[j][o] = earliestStart(j);
        for (o++; o < lb[j].length; o++) {
          int s = lb[j][o - 1] + duration[j][o - 1];
          lb[j][o] = duration[j][o] == 0 ? s : Math.max(s, machineReady[machine[j][o]]);
        }
      }
    }
    return lb;
  }

  /** The bound No-Op posted on every next operation (0 before the first No-Op). */
  int floor() {
    return floor;
  }

  /** The fixed start of operation {@code o} of job {@code j}. */
  public int startOf(int j, int o) {
    return start[j][o];
  }

  /** The number of fixed operations. */
  public int scheduled() {
    return scheduled;
  }

  /** The makespan of the fixed operations. */
  public int makespan() {
    return makespan;
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action > n) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.." + n);
    }
    if (done()) {
      throw new IllegalStateException("the episode is over; call reset");
    }
    if (action == n) {
      int next = nextTimePoint();
      if (next == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("action " + n + " (No-Op) is masked: every next"
            + " operation can start now at " + time);
      }
      floor = next;
      time = next;
      return new Step(0, false, false);
    }
    if (!legal(action)) {
      throw new IllegalArgumentException("action " + action + " is masked: job " + action
          + (unfinished(action) ? " cannot start at time " + time : " is finished"));
    }
    int before = makespan;
    fix(action);
    return new Step(before - makespan, done(), false);
  }

  private void fix(int j) {
    int o = nextOp[j];
    int end = time + duration[j][o];
    start[j][o] = time;
    jobReady[j] = end;
    if (duration[j][o] > 0) {
      machineReady[machine[j][o]] = end;
    }
    nextOp[j] = o + 1;
    scheduled++;
    makespan = Math.max(makespan, end);
    time = smallestEarliestStart();
  }

  private int smallestEarliestStart() {
    int min = Integer.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      if (unfinished(j)) {
        min = Math.min(min, earliestStart(j));
      }
    }
    return min == Integer.MAX_VALUE ? time : min;
  }

  private int nextTimePoint() {
    int next = Integer.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      if (unfinished(j)) {
        int est = earliestStart(j);
        if (est > time && est < next) {
          next = est;
        }
      }
    }
    return next;
  }

  @Override
  public void actionMask(boolean[] into) {
    boolean later = false;
    for (int j = 0; j < n; j++) {
      if (unfinished(j)) {
        int est = earliestStart(j);
        into[j] = est == time;
        later |= est > time;
      } else {
        into[j] = false;
      }
    }
    into[n] = later;
  }

  @Override
  public void observe(float[] into) {
    observation.encode(this, into);
  }

  @Override
  public boolean done() {
    return scheduled == total;
  }

  @Override
  public JobShopSchedule solution() {
    if (!done()) {
      throw new IllegalStateException((total - scheduled) + " operations are not fixed yet");
    }
    return new JobShopSchedule(start);
  }

  @Override
  public CpDispatchEnvironment copy() {
    return new CpDispatchEnvironment(this);
  }
}
