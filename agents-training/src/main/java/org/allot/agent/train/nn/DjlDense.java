package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Dense;

/**
 * {@link Dense}'s function in DJL: {@code act(x W + b)} over the last axis of {@code x} (any
 * leading axes), from the parameters {@code <prefix>.w} ({@code [in, out]}) and {@code
 * <prefix>.b} ({@code [out]}). Stateless and thread-safe.
 *
 * @param prefix the tensor-name prefix, as the plain layer's
 * @param in the input width
 * @param out the output width
 * @param activation the activation of the outputs
 */
public record DjlDense(String prefix, int in, int out, Activation activation) {
  public DjlDense {
    if (in <= 0 || out <= 0) {
      throw new IllegalArgumentException("widths must be positive, got " + in + " and " + out);
    }
  }

  /** The layer on {@code x} ({@code [..., in]} to {@code [..., out]}). */
  public NDArray forward(DjlParameters p, NDArray x) {
    NDArray y = x.matMul(p.array(prefix + ".w", in, out)).add(p.array(prefix + ".b", out));
    return apply(activation, y);
  }

  /** {@code activation} element-wise on {@code y}, as {@link Activation#apply} does. */
  static NDArray apply(Activation activation, NDArray y) {
    return switch (activation) {
      case IDENTITY -> y;
      case TANH -> y.tanh();
      case RELU -> ai.djl.nn.Activation.relu(y);
    };
  }
}
