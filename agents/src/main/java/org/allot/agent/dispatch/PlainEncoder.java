package org.allot.agent.dispatch;

import static org.allot.agent.dispatch.DispatchNetwork.D;
import static org.allot.agent.dispatch.DispatchNetwork.HIDDEN;

/**
 * The plain-Java pre-norm transformer encoder layer of {@link DispatchNetwork} (d {@link
 * DispatchNetwork#D}, one head, feed-forward {@link DispatchNetwork#HIDDEN}, ReLU) on row-major
 * {@code float[]} activations. The operation order is fixed: {@link DjlDispatchNetwork} computes
 * the same function to 1e-5, and the shipped solvers' schedules depend on it bit for bit.
 */
final class PlainEncoder {
  private static final float LN_EPS = 1e-5f;

  private PlainEncoder() {}

  /** Scratch arrays of one forward pass. */
  static final class Scratch {
    final float[] y;
    final float[] q;
    final float[] k;
    final float[] v;
    final float[] a;
    final float[] f = new float[HIDDEN];
    final float[] att;

    Scratch(int rows) {
      y = new float[rows * D];
      q = new float[rows * D];
      k = new float[rows * D];
      v = new float[rows * D];
      a = new float[rows * D];
      att = new float[rows];
    }
  }

  /**
   * One pre-norm encoder layer on {@code rows x D} in place, its 16 parameter tensors from
   * {@code p[o]} in {@link DispatchNetwork#SHAPES} order (ln1 gain and bias; q, k, v, o weight
   * and bias; ln2 gain and bias; ff1 and ff2 weight and bias); {@code group} (null: all see all)
   * restricts attention to rows of the same group.
   */
  static void layer(float[][] p, int o, float[] x, int rows, int[] group, Scratch s) {
    layerNorm(x, rows, p[o], p[o + 1], s.y);
    linear(s.y, rows, D, p[o + 2], p[o + 3], D, s.q);
    linear(s.y, rows, D, p[o + 4], p[o + 5], D, s.k);
    linear(s.y, rows, D, p[o + 6], p[o + 7], D, s.v);
    float scale = (float) (1 / Math.sqrt(D));
    java.util.Arrays.fill(s.a, 0, rows * D, 0f);
    for (int i = 0; i < rows; i++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < rows; j++) {
        if (group != null && group[i] != group[j]) {
          s.att[j] = Float.NaN;
          continue;
        }
        float dot = 0;
        for (int d = 0; d < D; d++) {
          dot += s.q[i * D + d] * s.k[j * D + d];
        }
        s.att[j] = dot * scale;
        max = Math.max(max, s.att[j]);
      }
      float sum = 0;
      for (int j = 0; j < rows; j++) {
        if (!Float.isNaN(s.att[j])) {
          s.att[j] = (float) Math.exp(s.att[j] - max);
          sum += s.att[j];
        }
      }
      for (int j = 0; j < rows; j++) {
        if (!Float.isNaN(s.att[j])) {
          float wgt = s.att[j] / sum;
          for (int d = 0; d < D; d++) {
            s.a[i * D + d] += wgt * s.v[j * D + d];
          }
        }
      }
    }
    linear(s.a, rows, D, p[o + 8], p[o + 9], D, s.q);
    for (int i = 0; i < rows * D; i++) {
      x[i] += s.q[i];
    }
    layerNorm(x, rows, p[o + 10], p[o + 11], s.y);
    float[] w1 = p[o + 12];
    float[] w2 = p[o + 14];
    float[] out = new float[D];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(p[o + 13], 0, s.f, 0, HIDDEN);
      for (int d = 0; d < D; d++) {
        float yd = s.y[r * D + d];
        for (int h = 0; h < HIDDEN; h++) {
          s.f[h] += yd * w1[d * HIDDEN + h];
        }
      }
      System.arraycopy(p[o + 15], 0, out, 0, D);
      for (int h = 0; h < HIDDEN; h++) {
        float fh = Math.max(0, s.f[h]);
        for (int d = 0; d < D; d++) {
          out[d] += fh * w2[h * D + d];
        }
      }
      for (int d = 0; d < D; d++) {
        x[r * D + d] += out[d];
      }
    }
  }

  private static void layerNorm(float[] x, int rows, float[] g, float[] b, float[] out) {
    for (int r = 0; r < rows; r++) {
      float mean = 0;
      for (int d = 0; d < D; d++) {
        mean += x[r * D + d];
      }
      mean /= D;
      float var = 0;
      for (int d = 0; d < D; d++) {
        float c = x[r * D + d] - mean;
        var += c * c;
      }
      float inv = (float) (1 / Math.sqrt(var / D + LN_EPS));
      for (int d = 0; d < D; d++) {
        out[r * D + d] = (x[r * D + d] - mean) * inv * g[d] + b[d];
      }
    }
  }

  private static void linear(float[] x, int rows, int in, float[] w, float[] b, int out,
      float[] y) {
    for (int r = 0; r < rows; r++) {
      int yo = r * out;
      System.arraycopy(b, 0, y, yo, out);
      for (int i = 0; i < in; i++) {
        float xi = x[r * in + i];
        int wo = i * out;
        for (int c = 0; c < out; c++) {
          y[yo + c] += xi * w[wo + c];
        }
      }
    }
  }
}
