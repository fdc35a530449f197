package org.allot.agent.nn;

import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/** The fresh tensors of the layers' {@code initial} methods, drawn as PyTorch draws them. */
final class Initialisation {
  private Initialisation() {}

  /** Values uniform in {@code ±bound}, drawn in row-major order. */
  static Weights.Tensor uniform(double bound, RandomGenerator random, int... shape) {
    float[] v = new float[size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return new Weights.Tensor(shape, v);
  }

  /** Every value {@code value}. */
  static Weights.Tensor constant(float value, int... shape) {
    float[] v = new float[size(shape)];
    java.util.Arrays.fill(v, value);
    return new Weights.Tensor(shape, v);
  }

  private static int size(int[] shape) {
    int size = 1;
    for (int d : shape) {
      size *= d;
    }
    return size;
  }

  /**
   * @throws IllegalArgumentException naming {@code what} when a dimension is not positive
   */
  static int positive(String what, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
    return value;
  }
}
