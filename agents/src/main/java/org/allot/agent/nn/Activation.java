package org.allot.agent.nn;

/**
 * The element-wise non-linearities of the plain-Java layers, named as in PyTorch. Each knows its
 * derivative as a function of its output, which is what a backward pass has at hand.
 */
public enum Activation {
  /** {@code y = x}. */
  IDENTITY,
  /** {@code y = tanh(x)}. */
  TANH,
  /** {@code y = max(0, x)}. */
  RELU;

  /** The activation of {@code x}. */
  public float apply(float x) {
    return switch (this) {
      case IDENTITY -> x;
      case TANH -> (float) Math.tanh(x);
      case RELU -> x > 0 ? x : 0f;
    };
  }

  /** dy/dx at the input whose activation is {@code y}. */
  public float slopeAt(float y) {
    return switch (this) {
      case IDENTITY -> 1f;
      case TANH -> 1f - y * y;
      case RELU -> y > 0 ? 1f : 0f;
    };
  }

  /**
   * The activation named {@code name} (case-insensitive: identity, tanh, relu).
   *
   * @throws IllegalArgumentException naming the known activations
   */
  public static Activation of(String name) {
    for (Activation a : values()) {
      if (a.name().equalsIgnoreCase(name.strip())) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown activation '" + name + "'; expected identity,"
        + " tanh or relu");
  }
}
