package org.allot.agent.dispatch;

import java.util.Arrays;
import org.allot.problem.jobshop.JobShopInstance;

/**
 * The observation of {@link CpDispatchEnvironment} (Tassel, Gebser, Schekotihin, ICAPS 2023, plus
 * one feature): per job, a window of {@link #WINDOW} slots (last fixed operation or a START token,
 * next operation, the following ones or END tokens) of {@link #SLOT} floats each: is-START,
 * is-END, is-fixed, start lower bound (standardised over the window slots of this observation),
 * duration (standardised with the instance's mean and deviation), is-legal (next-operation slot
 * only), relative position ({@code (index + 1) * 16 / (operations + 1)}; 0 for START, 16 for END;
 * see {@link #POSITIONS}), remaining work (the durations from this operation to the end of its job
 * over the mean job's total; not in Tassel's observation: it lets the policy express
 * most-work-remaining, which the window of five slots alone cannot); then one float, the machine
 * of the job's next operation (-1 when finished), from which the policy builds the
 * machine-competition mask (legal jobs whose next operations need the same machine).
 *
 * <p>Kept apart from the environment's dynamics so that a feature can change without touching
 * the propagation. Holds only per-instance constants, so copies of an environment share it.
 */
public final class DispatchObservation {
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

  private final int[][] machine;
  private final int[][] duration;
  private final float durationMean;
  private final float durationStd;
  /** Work from each operation to the end of its job, over the mean job's work. */
  private final float[][] remaining;

  DispatchObservation(JobShopInstance instance) {
    this.machine = instance.machine();
    this.duration = instance.duration();
    int n = instance.jobs();
    double sum = 0;
    double sq = 0;
    for (int[] row : duration) {
      for (int d : row) {
        sum += d;
        sq += (double) d * d;
      }
    }
    double mean = sum / instance.totalOperations();
    this.durationMean = (float) mean;
    this.durationStd = (float) Math.max(1.0,
        Math.sqrt(Math.max(0, sq / instance.totalOperations() - mean * mean)));
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
  }

  /** Writes the observation of {@code env}'s state into {@code into} ({@code n * PER_JOB}). */
  void encode(CpDispatchEnvironment env, float[] into) {
    double sum = 0;
    double sq = 0;
    int count = 0;
    for (int j = 0; j < machine.length; j++) {
      int b = j * PER_JOB;
      int next = env.nextOp(j);
      int lb = env.unfinished(j) ? env.earliestStart(j) : 0;
      for (int s = 0; s < WINDOW; s++) {
        int p = b + s * SLOT;
        Arrays.fill(into, p, p + SLOT, 0f);
        int o = next - 1 + s;
        if (o < 0) {
          into[p + IS_START] = 1;
        } else if (o >= machine[j].length) {
          into[p + IS_END] = 1;
          into[p + POSITION] = POSITIONS;
        } else {
          int est;
          if (o < next) {
            est = env.startOf(j, o);
            into[p + IS_FIXED] = 1;
          } else {
            if (o > next) {
              lb += duration[j][o - 1];
              lb = duration[j][o] == 0 ? lb : Math.max(lb, env.machineReady(machine[j][o]));
            }
            est = lb;
            into[p + IS_LEGAL] = o == next && est == env.time() ? 1 : 0;
          }
          operation(into, p, j, o, est);
          sum += est;
          sq += (double) est * est;
          count++;
        }
      }
      into[b + WINDOW * SLOT] = env.unfinished(j) ? machine[j][next] : -1;
    }
    standardiseStarts(into, sum, sq, count);
  }

  /** The features of a real operation's slot at {@code p}, its start lower bound raw. */
  private void operation(float[] into, int p, int j, int o, int est) {
    into[p + EST] = est;
    into[p + DURATION] = (duration[j][o] - durationMean) / durationStd;
    into[p + POSITION] = (float) (o + 1) * POSITIONS / (machine[j].length + 1);
    into[p + REMAINING] = remaining[j][o];
  }

  private void standardiseStarts(float[] into, double sum, double sq, int count) {
    double mean = count == 0 ? 0 : sum / count;
    double var = count == 0 ? 0 : sq / count - mean * mean;
    float std = (float) Math.max(1.0, Math.sqrt(Math.max(0, var)));
    for (int j = 0; j < machine.length; j++) {
      for (int s = 0; s < WINDOW; s++) {
        int p = j * PER_JOB + s * SLOT;
        if (into[p + IS_START] == 0 && into[p + IS_END] == 0) {
          into[p + EST] = (float) ((into[p + EST] - mean) / std);
        }
      }
    }
  }
}
