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
 * <p><b>Observation</b> ({@link #observationSize()} floats): per job, a window of {@link #WINDOW}
 * slots (last fixed operation or a START token, next operation, the following ones or END
 * tokens) of {@link #SLOT} floats each: is-START, is-END, is-fixed, start lower bound
 * (standardised over the window slots of this observation), duration (standardised with the
 * instance's mean and deviation), is-legal (next-operation slot only), relative position
 * ({@code (index + 1) * 16 / (operations + 1)}; 0 for START, 16 for END; see {@link #POSITIONS}),
 * remaining work (the durations from this operation to the end of its job over the mean job's
 * total; not in Tassel's observation: it lets the policy express most-work-remaining, which the
 * window of five slots alone cannot); then one float, the machine of the job's next operation
 * (-1 when finished), from which the policy builds the machine-competition mask (legal jobs whose
 * next operations need the same machine). Not thread-safe; {@link #copy} for rollouts.
 */
public final class CpDispatchEnvironment implements Environment<JobShopSchedule> {
  /** Slots per job in the observation window. */
  public static final int WINDOW = 5;
  /** Floats per slot. */
  public static final int SLOT = 8;
  /** Floats per job: the window and the next operation's machine. */
  public static final int PER_JOB = WINDOW * SLOT + 1;

  /** Slot feature offsets. */
  static final int IS_START = 0;
  static final int IS_END = 1;
  static final int IS_FIXED = 2;
  static final int EST = 3;
  static final int DURATION = 4;
  static final int IS_LEGAL = 5;
  static final int POSITION = 6;
  static final int REMAINING = 7;
  /**
   * The END token's position: positions are relative, {@code (o + 1) * 16 / (operations + 1)},
   * so that jobs of any length span the range the model trained on (exactly the integer
   * positions of 15-operation jobs, as in Taillard's 15-machine training instances).
   */
  static final float POSITIONS = 16;

  private final JobShopInstance instance;
  private final int[][] machine;
  private final int[][] duration;
  private final int n;
  private final int total;
  private final float durationMean;
  private final float durationStd;
  /** Work from each operation to the end of its job, over the mean job's work. */
  private final float[][] remaining;
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
    double sum = 0;
    double sq = 0;
    for (int[] row : duration) {
      for (int d : row) {
        sum += d;
        sq += (double) d * d;
      }
    }
    double mean = sum / total;
    this.durationMean = (float) mean;
    this.durationStd = (float) Math.max(1.0, Math.sqrt(Math.max(0, sq / total - mean * mean)));
    this.remaining = new float[n][];
    double jobWork = Math.max(1e-9, sum / n);
    for (int j = 0; j < n; j++) {
      remaining[j] = new float[duration[j].length];
      double rest = 0;
      for (int o = duration[j].length - 1; o >= 0; o--) {
        rest += duration[j][o];
        remaining[j][o] = (float) (rest / jobWork);
      }
    }
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
    this.durationMean = o.durationMean;
    this.durationStd = o.durationStd;
    this.remaining = o.remaining;
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
    return n * PER_JOB;
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
    double sum = 0;
    double sq = 0;
    int count = 0;
    for (int j = 0; j < n; j++) {
      int b = j * PER_JOB;
      int ops = machine[j].length;
      int first = nextOp[j] - 1;
      int lb = unfinished(j) ? earliestStart(j) : 0;
      for (int s = 0; s < WINDOW; s++) {
        int p = b + s * SLOT;
        Arrays.fill(into, p, p + SLOT, 0f);
        int o = first + s;
        if (o < 0) {
          into[p + IS_START] = 1;
        } else if (o >= ops) {
          into[p + IS_END] = 1;
          into[p + POSITION] = POSITIONS;
        } else {
          int est;
          if (o < nextOp[j]) {
            est = start[j][o];
            into[p + IS_FIXED] = 1;
          } else {
            if (o > nextOp[j]) {
              lb += duration[j][o - 1];
              lb = duration[j][o] == 0 ? lb : Math.max(lb, machineReady[machine[j][o]]);
            }
            est = lb;
            into[p + IS_LEGAL] = o == nextOp[j] && est == time ? 1 : 0;
          }
          into[p + EST] = est;
          into[p + DURATION] = (duration[j][o] - durationMean) / durationStd;
          into[p + POSITION] = (float) (o + 1) * POSITIONS / (ops + 1);
          into[p + REMAINING] = remaining[j][o];
          sum += est;
          sq += (double) est * est;
          count++;
        }
      }
      into[b + WINDOW * SLOT] = unfinished(j) ? machine[j][nextOp[j]] : -1;
    }
    standardiseStarts(into, sum, sq, count);
  }

  private void standardiseStarts(float[] into, double sum, double sq, int count) {
    double mean = count == 0 ? 0 : sum / count;
    double var = count == 0 ? 0 : sq / count - mean * mean;
    float std = (float) Math.max(1.0, Math.sqrt(Math.max(0, var)));
    for (int j = 0; j < n; j++) {
      for (int s = 0; s < WINDOW; s++) {
        int p = j * PER_JOB + s * SLOT;
        if (into[p + IS_START] == 0 && into[p + IS_END] == 0) {
          into[p + EST] = (float) ((into[p + EST] - mean) / std);
        }
      }
    }
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
