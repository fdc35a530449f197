package org.allot.problem.jobshop;

/**
 * A partial schedule built by appending operations: dispatching job {@code j} starts its next
 * operation at the earliest time both the job (its previous operation has ended) and the
 * machine (the operation dispatched to it last has ended) allow. The schedules it builds are
 * semi-active, and every semi-active schedule, an optimal one included, is reachable by
 * dispatching operations in the order of their start times. A zero-length operation does not
 * occupy its machine (as in {@link JobShop}'s evaluator): it starts when its job allows and
 * leaves the machine's ready time alone. This is the hot loop of every
 * dispatching rule and environment: primitive arrays, no allocation per step. Not thread-safe.
 */
public final class SemiActiveSchedule {
  private final JobShopInstance instance;
  private final int[][] machine;
  private final int[][] duration;
  private final int[] nextOp;
  private final int[] jobReady;
  private final int[] machineReady;
  private final int[][] start;
  private int scheduled;
  private int makespan;
  private final int total;

  public SemiActiveSchedule(JobShopInstance instance) {
    this.instance = instance;
    this.machine = instance.machine();
    this.duration = instance.duration();
    int n = instance.jobs();
    this.nextOp = new int[n];
    this.jobReady = new int[n];
    this.machineReady = new int[instance.machines()];
    this.start = new int[n][];
    for (int j = 0; j < n; j++) {
      start[j] = new int[instance.operations(j)];
    }
    this.total = instance.totalOperations();
  }

  private SemiActiveSchedule(SemiActiveSchedule o) {
    this.instance = o.instance;
    this.machine = o.machine;
    this.duration = o.duration;
    this.nextOp = o.nextOp.clone();
    this.jobReady = o.jobReady.clone();
    this.machineReady = o.machineReady.clone();
    this.start = JobShopInstance.deepCopy(o.start);
    this.scheduled = o.scheduled;
    this.makespan = o.makespan;
    this.total = o.total;
  }

  /** An independent copy. */
  public SemiActiveSchedule copy() {
    return new SemiActiveSchedule(this);
  }

  /** Forgets every dispatched operation. */
  public void clear() {
    java.util.Arrays.fill(nextOp, 0);
    java.util.Arrays.fill(jobReady, 0);
    java.util.Arrays.fill(machineReady, 0);
    scheduled = 0;
    makespan = 0;
  }

  public JobShopInstance instance() {
    return instance;
  }

  /** True when job {@code j} still has an operation to dispatch. */
  public boolean unfinished(int j) {
    return nextOp[j] < machine[j].length;
  }

  /** The index of job {@code j}'s next operation (its operation count when finished). */
  public int nextOp(int j) {
    return nextOp[j];
  }

  /** The machine of job {@code j}'s next operation; the job must be unfinished. */
  public int nextMachine(int j) {
    return machine[j][nextOp[j]];
  }

  /** The duration of job {@code j}'s next operation; the job must be unfinished. */
  public int nextDuration(int j) {
    return duration[j][nextOp[j]];
  }

  /** The earliest start of job {@code j}'s next operation; the job must be unfinished. */
  public int earliestStart(int j) {
    int o = nextOp[j];
    return duration[j][o] == 0 ? jobReady[j] : Math.max(jobReady[j], machineReady[machine[j][o]]);
  }

  /** The time job {@code j}'s last dispatched operation ends (0 before the first). */
  public int jobReady(int j) {
    return jobReady[j];
  }

  /** The time machine {@code m}'s last dispatched operation ends. */
  public int machineReady(int m) {
    return machineReady[m];
  }

  /**
   * Dispatches job {@code j}'s next operation at its earliest start.
   *
   * @return the start time
   * @throws IllegalArgumentException when the job is finished
   */
  public int dispatch(int j) {
    int o = nextOp[j];
    if (o >= machine[j].length) {
      throw new IllegalArgumentException("job " + j + " has no operation left to dispatch");
    }
    int s = earliestStart(j);
    int e = s + duration[j][o];
    start[j][o] = s;
    jobReady[j] = e;
    if (e > s) {
      machineReady[machine[j][o]] = e;
    }
    nextOp[j] = o + 1;
    scheduled++;
    if (e > makespan) {
      makespan = e;
    }
    return s;
  }

  /** The number of operations dispatched so far. */
  public int scheduled() {
    return scheduled;
  }

  /** True when every operation is dispatched. */
  public boolean complete() {
    return scheduled == total;
  }

  /** The latest end of the dispatched operations. */
  public int makespan() {
    return makespan;
  }

  /** The start time of a dispatched operation. */
  public int startOf(int j, int o) {
    return start[j][o];
  }

  /**
   * The finished schedule.
   *
   * @throws IllegalStateException when operations remain
   */
  public JobShopSchedule toSchedule() {
    if (!complete()) {
      throw new IllegalStateException(
          (total - scheduled) + " operations are not dispatched yet");
    }
    return new JobShopSchedule(start);
  }
}
