package org.allot.agent.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/**
 * Turns a schedule into the actions that rebuild it in {@link CpDispatchEnvironment}: the
 * expert's actions for imitation. The operations not yet fixed are first left-justified with the
 * schedule's machine sequences (each starts as soon as its job, its machine and the current time
 * allow; starts never move later), which makes every start equal to its lower bound in the
 * environment when its turn comes. Replay then takes, at each time, the lowest legal job whose
 * target start is now, and No-Op when there is none: the next time point never passes the
 * smallest target start (that operation's own lower bound is one), so the schedule is reached.
 */
final class ExpertReplay {
  /** Receives each replayed decision before it is applied. */
  @FunctionalInterface
  interface Recorder {
    void decision(CpDispatchEnvironment env, int action);
  }

  private ExpertReplay() {}

  /**
   * The left-justified starts of {@code target}'s operations that {@code env} has not fixed yet,
   * keeping the fixed ones and the machine sequences of {@code target}.
   */
  static int[][] leftJustify(CpDispatchEnvironment env, int[][] target) {
    JobShopInstance instance = env.instance();
    int n = instance.jobs();
    int[] jobReady = new int[n];
    int[] machineReady = new int[instance.machines()];
    int[][] start = new int[n][];
    List<int[]> free = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      jobReady[j] = env.jobReady(j);
      start[j] = new int[instance.operations(j)];
      for (int o = 0; o < start[j].length; o++) {
        if (o < env.nextOp(j)) {
          start[j][o] = env.startOf(j, o);
        } else {
          free.add(new int[] {target[j][o], j, o});
        }
      }
    }
    for (int m = 0; m < machineReady.length; m++) {
      machineReady[m] = env.machineReady(m);
    }
    free.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1])
        .thenComparingInt(a -> a[2]));
    for (int[] op : free) {
      int j = op[1];
      int o = op[2];
      int d = instance.durationOf(j, o);
      int m = instance.machineOf(j, o);
      int s = Math.max(jobReady[j], env.time());
      if (d > 0) {
        s = Math.max(s, machineReady[m]);
        machineReady[m] = s + d;
      }
      start[j][o] = s;
      jobReady[j] = s + d;
    }
    return start;
  }

  /**
   * Steps {@code env} until done, rebuilding the left-justified {@code target}.
   *
   * @throws IllegalStateException when the target is not reachable from the state (a bug)
   */
  static void replay(CpDispatchEnvironment env, int[][] target, Recorder recorder) {
    int[][] goal = leftJustify(env, target);
    int n = env.instance().jobs();
    while (!env.done()) {
      int action = env.noOp();
      for (int j = 0; j < n; j++) {
        if (env.legal(j) && goal[j][env.nextOp(j)] == env.time()) {
          action = j;
          break;
        }
      }
      if (action == env.noOp() && !env.noOpLegal()) {
        throw new IllegalStateException("the target schedule is not reachable at time "
            + env.time() + " on " + env.instance().name());
      }
      recorder.decision(env, action);
      env.step(action);
    }
  }

  /**
   * Steps {@code env} until done without waiting while a job can start (the actions of a
   * non-delay policy): at each time the legal job whose next operation starts earliest in the
   * left-justified {@code target} (ties to the lower job), so the machine sequences of the target
   * become priorities. Reaches the target only when it is itself non-delay; the caller measures
   * the makespan it does reach.
   */
  static void replayNonDelay(CpDispatchEnvironment env, int[][] target, Recorder recorder) {
    int[][] goal = leftJustify(env, target);
    int n = env.instance().jobs();
    while (!env.done()) {
      int action = -1;
      for (int j = 0; j < n; j++) {
        if (env.legal(j) && (action < 0
            || goal[j][env.nextOp(j)] < goal[action][env.nextOp(action)])) {
          action = j;
        }
      }
      if (action < 0) {
        action = env.noOp();
      }
      recorder.decision(env, action);
      env.step(action);
    }
  }

  /**
   * Replays {@code target} with the actions {@code network} has: exactly ({@link #replay}) for a
   * model that may wait, as priorities ({@link #replayNonDelay}) for a non-delay one.
   */
  static void replayFor(DispatchNetwork network, CpDispatchEnvironment env, int[][] target,
      Recorder recorder) {
    if (network.waits()) {
      replay(env, target, recorder);
    } else {
      replayNonDelay(env, target, recorder);
    }
  }

  /** A fresh environment stepped through the whole (left-justified) {@code schedule}. */
  static CpDispatchEnvironment replayAll(JobShopInstance instance, JobShopSchedule schedule) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    replay(env, schedule.start(), (e, a) -> { });
    return env;
  }
}
