package org.allot.problem.memory;

import java.util.Arrays;

/**
 * The execution-time model of a mapping instance. Time step {@code t} takes
 * {@code max(compute[t], sum over its reads of bytes / bandwidth of the memory the buffer is in)};
 * the objective is the sum over steps. Because of the max, moving a buffer to fast memory saves
 * time only while its step is memory-bound, so savings are not additive per buffer.
 *
 * <p>Reads are sparse: step {@code t} reads {@code readBytes[t][k]} bytes of buffer
 * {@code readBuffer[t][k]}. Times are in seconds, bandwidths in bytes per second.
 *
 * @param buffers the number of buffers of the instance
 * @param fastBandwidth bytes per second of fast memory, positive
 * @param slowBandwidth bytes per second of slow memory, positive, at most the fast one
 * @param compute per step, the compute time in seconds, non-negative
 * @param readBuffer per step, the buffers read (indices into the instance)
 * @param readBytes per step, the bytes read of each of those buffers, non-negative
 */
public record CostModel(int buffers, double fastBandwidth, double slowBandwidth,
    double[] compute, int[][] readBuffer, long[][] readBytes) {

  public CostModel {
    if (!(fastBandwidth > 0) || !(slowBandwidth > 0) || slowBandwidth > fastBandwidth) {
      throw new IllegalArgumentException("bandwidths must satisfy 0 < slow <= fast, got slow "
          + slowBandwidth + ", fast " + fastBandwidth);
    }
    if (readBuffer.length != compute.length || readBytes.length != compute.length) {
      throw new IllegalArgumentException("compute, readBuffer and readBytes need one entry per"
          + " step (" + compute.length + ")");
    }
    compute = compute.clone();
    readBuffer = deepCopy(readBuffer);
    long[][] bytes = new long[readBytes.length][];
    for (int t = 0; t < compute.length; t++) {
      bytes[t] = readBytes[t].clone();
      validateStep(t, buffers, compute[t], readBuffer[t], bytes[t]);
    }
    readBytes = bytes;
  }

  private static void validateStep(int t, int buffers, double compute, int[] buf, long[] bytes) {
    if (!(compute >= 0) || Double.isInfinite(compute)) {
      throw new IllegalArgumentException("step " + t + ": compute time " + compute
          + " must be finite and >= 0");
    }
    if (buf.length != bytes.length) {
      throw new IllegalArgumentException("step " + t + ": " + buf.length + " buffers but "
          + bytes.length + " byte counts");
    }
    for (int k = 0; k < buf.length; k++) {
      if (buf[k] < 0 || buf[k] >= buffers || bytes[k] < 0) {
        throw new IllegalArgumentException("step " + t + ": read of buffer " + buf[k] + " ("
            + bytes[k] + " bytes) is out of range: buffers 0.." + (buffers - 1) + ", bytes >= 0");
      }
    }
  }

  private static int[][] deepCopy(int[][] a) {
    int[][] c = new int[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** The number of time steps. */
  public int steps() {
    return compute.length;
  }

  /**
   * The estimated execution time when the buffers with {@code inFast[i]} live in fast memory.
   */
  public double totalTime(boolean[] inFast) {
    double total = 0;
    for (int t = 0; t < compute.length; t++) {
      total += stepTime(t, inFast);
    }
    return total;
  }

  /** The time of step {@code t} under the placement {@code inFast}. */
  public double stepTime(int t, boolean[] inFast) {
    double memory = 0;
    for (int k = 0; k < readBuffer[t].length; k++) {
      memory += readBytes[t][k] / (inFast[readBuffer[t][k]] ? fastBandwidth : slowBandwidth);
    }
    return Math.max(compute[t], memory);
  }

  /** The execution time with every buffer in slow memory. */
  public double allSlowTime() {
    return totalTime(new boolean[buffers]);
  }

  @Override
  public double[] compute() {
    return compute.clone();
  }

  @Override
  public int[][] readBuffer() {
    return deepCopy(readBuffer);
  }

  @Override
  public long[][] readBytes() {
    long[][] c = new long[readBytes.length][];
    for (int t = 0; t < c.length; t++) {
      c[t] = readBytes[t].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CostModel c && buffers == c.buffers && fastBandwidth == c.fastBandwidth
        && slowBandwidth == c.slowBandwidth && Arrays.equals(compute, c.compute)
        && Arrays.deepEquals(readBuffer, c.readBuffer) && Arrays.deepEquals(readBytes, c.readBytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compute) * 31 + Arrays.deepHashCode(readBuffer);
  }

  @Override
  public String toString() {
    return "CostModel[" + steps() + " steps, fast " + fastBandwidth + " B/s, slow "
        + slowBandwidth + " B/s]";
  }
}
