package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * The tensors of a {@link Weights} as NDArrays of one manager, by name: what the DJL twins of the
 * layers read their parameters from. Make them in the scope of one training minibatch (with
 * gradients) or one batched forward, so that the Java weights stay the source of truth and no
 * array outlives its step (see {@link DjlRuntime#scoped}).
 *
 * @param manager the manager that owns the arrays, and the scalars the layers make
 * @param arrays the arrays by tensor name, in the weights' order
 */
public record DjlParameters(NDManager manager, Map<String, NDArray> arrays) {
  public DjlParameters {
    arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
  }

  /** Every tensor of {@code weights} as an array in {@code manager}, with gradients when asked. */
  public static DjlParameters of(NDManager manager, Weights weights, boolean train) {
    return of(manager, weights, weights.tensors().keySet(), train);
  }

  /**
   * The tensors {@code names} of {@code weights}, in that order, as arrays in {@code manager},
   * with gradients when {@code train}.
   *
   * @throws IllegalArgumentException when a tensor is missing
   */
  public static DjlParameters of(NDManager manager, Weights weights, Collection<String> names,
      boolean train) {
    Map<String, NDArray> arrays = new LinkedHashMap<>();
    for (String name : names) {
      Weights.Tensor t = weights.tensor(name);
      long[] shape = Arrays.stream(t.shape()).asLongStream().toArray();
      NDArray a = manager.create(t.data(), new Shape(shape));
      a.setRequiresGradient(train);
      arrays.put(name, a);
    }
    return new DjlParameters(manager, arrays);
  }

  /**
   * The array called {@code name}, which must have this shape.
   *
   * @throws IllegalArgumentException when there is none, or its shape differs
   */
  public NDArray array(String name, long... shape) {
    NDArray a = arrays.get(name);
    if (a == null) {
      throw new IllegalArgumentException("no parameter '" + name + "'; have " + arrays.keySet());
    }
    if (!Arrays.equals(a.getShape().getShape(), shape)) {
      throw new IllegalArgumentException("parameter '" + name + "' has shape " + a.getShape()
          + ", expected " + new Shape(shape));
    }
    return a;
  }

  /** A scalar array of {@link #manager} (see {@link DjlRuntime#scalar} for why not a Number). */
  public NDArray scalar(float value) {
    return DjlRuntime.scalar(manager, value);
  }

  /**
   * The gradients after a backward pass, by tensor name, as Java arrays (row-major, like the
   * tensors); what {@link org.allot.agent.Adam#step} takes.
   */
  public Map<String, float[]> gradients() {
    Map<String, float[]> g = new LinkedHashMap<>();
    arrays.forEach((name, a) -> g.put(name, a.getGradient().toFloatArray()));
    return g;
  }
}
