package org.allot.agent.train.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.WeightsFormat;
import org.allot.agent.djl.DjlRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every network passes, plain-Java forward and DJL twin together: on random inputs
 * (masked positions included) and random perturbed weights the two agree to 1e-5 (absolute, or
 * relative beyond magnitude 1); the twin gives every parameter a gradient; the weights
 * round-trip bit for bit through both file formats; fresh weights have the declared names and
 * shapes; the plain forward is deterministic, independent of what ran before on its scratch,
 * and allocates nothing per call (counted in bytes by the JVM, not timed). A network's test
 * subclasses this and says how to build, feed and compare it.
 *
 * @param <X> one input of the network: a vector, a set of rows with masks, an observation
 */
public abstract class NetworkContract<X> {
  /** The agreement asked of the two forwards. */
  protected static final double TOLERANCE = 1e-5;

  /**
   * A plain-Java forward pass over fixed weights, built once with its scratch: returns the
   * output of {@code input} in an array it may reuse on the next call.
   */
  @FunctionalInterface
  protected interface PlainForward<X> {
    float[] apply(X input);
  }

  /** Fresh weights of the network under test. */
  protected abstract Weights initial(RandomGenerator random);

  /** The tensor names and shapes its Javadoc declares, in order. */
  protected abstract Map<String, int[]> declaredShapes();

  /** A batch of random inputs that the DJL twin can take together (of one shape). */
  protected abstract List<X> batch(SplittableRandom random);

  /** The plain-Java forward over {@code weights}. */
  protected abstract PlainForward<X> plain(Weights weights);

  /** The DJL twin's outputs of {@code batch}, {@code [B, ...]}, each as the plain output. */
  protected abstract NDArray djl(DjlParameters parameters, List<X> batch);

  /** Which outputs of {@code input} must agree (null: all); e.g. legal actions only. */
  protected boolean[] compared(X input, int outputs) {
    return null;
  }

  /** Whether the plain forward is meant to allocate nothing per call. */
  protected boolean allocationFree() {
    return true;
  }

  @Test
  void plainAndDjlForwardsAgree() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 3; trial++) {
      Weights w = perturbed(initial(random), random);
      List<X> batch = batch(random);
      float[] djl = djlOutputs(w, batch, false);
      PlainForward<X> plain = plain(w);
      int width = djl.length / batch.size();
      for (int b = 0; b < batch.size(); b++) {
        float[] out = plain.apply(batch.get(b));
        assertEquals(width, out.length, "outputs per input, plain and DJL");
        boolean[] compared = compared(batch.get(b), width);
        for (int o = 0; o < width; o++) {
          if (compared == null || compared[o]) {
            assertClose(out[o], djl[b * width + o], TOLERANCE,
                "trial " + trial + ", input " + b + ", output " + o);
          }
        }
      }
    }
  }

  @Test
  void djlTwinGivesEveryParameterAGradient() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    assumeTrue(!declaredShapes().isEmpty(), "a layer without parameters");
    SplittableRandom random = new SplittableRandom(12);
    Weights w = perturbed(initial(random), random);
    List<X> batch = batch(random);
    try (NDManager root = DjlRuntime.newManager()) {
      Map<String, float[]> gradients = DjlRuntime.scoped(root, m -> {
        DjlParameters p = DjlParameters.of(m, w, declaredShapes().keySet(), true);
        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
          NDArray out = djl(p, batch);
          gc.backward(out.mul(m.create(projection(batch, out, random), out.getShape())).sum());
        }
        return p.gradients();
      });
      for (Map.Entry<String, int[]> e : declaredShapes().entrySet()) {
        float[] g = gradients.get(e.getKey());
        assertEquals(w.tensor(e.getKey()).size(), g.length, e.getKey());
        boolean nonZero = false;
        for (float v : g) {
          assertTrue(Float.isFinite(v), e.getKey() + " has a gradient of " + v);
          nonZero |= v != 0;
        }
        assertTrue(nonZero, "tensor '" + e.getKey() + "' gets no gradient: the twin ignores it");
      }
    }
  }

  @Test
  void weightsRoundTripBitForBitInBothFormats(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(13);
    Weights w = perturbed(initial(random), random);
    X input = batch(random).getFirst();
    float[] expected = plain(w).apply(input).clone();
    for (WeightsFormat format : WeightsFormat.values()) {
      Path file = dir.resolve("weights" + format.extension());
      w.write(file);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out, format);
      for (Weights back : List.of(Weights.read(file),
          Weights.read(new ByteArrayInputStream(out.toByteArray()), "memory"))) {
        assertEquals(List.copyOf(w.tensors().keySet()), List.copyOf(back.tensors().keySet()));
        w.tensors().forEach((name, t) -> assertArrayEquals(bits(t.data()),
            bits(back.tensor(name).data()), format + " " + name));
        assertArrayEquals(bits(expected), bits(plain(back).apply(input)), format.toString());
      }
    }
  }

  @Test
  void initialWeightsHaveTheDeclaredNamesAndShapes() {
    Weights w = initial(new SplittableRandom(14));
    assertEquals(List.copyOf(declaredShapes().keySet()), List.copyOf(w.tensors().keySet()));
    declaredShapes().forEach((name, shape) ->
        assertArrayEquals(shape, w.tensor(name).shape(), name));
    assertEquals(null, w.firstNonFinite());
    assertEquals(w, initial(new SplittableRandom(14)), "the same seed gives the same weights");
    for (float v : plain(w).apply(batch(new SplittableRandom(15)).getFirst())) {
      assertTrue(Float.isFinite(v), "fresh weights give finite outputs");
    }
  }

  @Test
  void plainForwardIsDeterministicAndForgetsEarlierInputs() {
    SplittableRandom random = new SplittableRandom(16);
    Weights w = perturbed(initial(random), random);
    List<X> batch = batch(random);
    assumeTrue(batch.size() >= 2, "needs two inputs");
    PlainForward<X> plain = plain(w);
    float[] first = plain.apply(batch.get(0)).clone();
    float[] other = plain.apply(batch.get(1)).clone();
    assertArrayEquals(bits(first), bits(plain.apply(batch.get(0))), "after another input");
    assertArrayEquals(bits(first), bits(plain(w).apply(batch.get(0))), "a second instance");
    assertFalse(java.util.Arrays.equals(first, other), "different inputs, different outputs");
  }

  @Test
  void plainForwardAllocatesNothing() {
    assumeTrue(allocationFree(), "this network's forward allocates by design");
    SplittableRandom random = new SplittableRandom(17);
    PlainForward<X> plain = plain(perturbed(initial(random), random));
    List<X> batch = batch(random);
    int calls = 1000;
    for (int i = 0; i < 5 * calls; i++) {
      plain.apply(batch.get(i % batch.size()));
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < calls; i++) {
      plain.apply(batch.get(i % batch.size()));
    }
    long bytes = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(bytes < calls, bytes + " bytes allocated in " + calls + " forward passes");
  }

  /** Non-trivial weights: every value gets Gaussian noise (0.3), biases and gains included. */
  protected static Weights perturbed(Weights w, SplittableRandom random) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    w.tensors().forEach((name, tensor) -> {
      float[] v = tensor.data();
      for (int i = 0; i < v.length; i++) {
        v[i] += (float) (random.nextGaussian() * 0.3);
      }
      t.put(name, new Weights.Tensor(tensor.shape(), v));
    });
    return new Weights(t);
  }

  /** Gaussian values, about one in six exactly 0 (sparse inputs take another path). */
  protected static float[] gaussian(int size, SplittableRandom random) {
    float[] v = new float[size];
    for (int i = 0; i < size; i++) {
      v[i] = random.nextInt(6) == 0 ? 0f : (float) random.nextGaussian();
    }
    return v;
  }

  /** The inputs of {@code batch} side by side, as one array. */
  protected static float[] concat(List<float[]> batch) {
    int size = batch.getFirst().length;
    float[] all = new float[batch.size() * size];
    for (int b = 0; b < batch.size(); b++) {
      System.arraycopy(batch.get(b), 0, all, b * size, size);
    }
    return all;
  }

  /** Asserts {@code |expected - actual| <= tolerance * max(1, |expected|)}. */
  protected static void assertClose(double expected, double actual, double tolerance,
      String what) {
    double bound = tolerance * Math.max(1, Math.abs(expected));
    assertTrue(Math.abs(expected - actual) <= bound, () -> what + ": plain " + expected
        + ", DJL " + actual + ", difference " + Math.abs(expected - actual) + " > " + bound);
  }

  private float[] djlOutputs(Weights w, List<X> batch, boolean train) {
    try (NDManager root = DjlRuntime.newManager()) {
      return DjlRuntime.scoped(root, m -> djl(
          DjlParameters.of(m, w, declaredShapes().keySet(), train), batch).toFloatArray());
    }
  }

  /** Random coefficients of the compared outputs (0 elsewhere): a loss that uses them all. */
  private float[] projection(List<X> batch, NDArray out, SplittableRandom random) {
    int width = (int) (out.size() / batch.size());
    float[] c = new float[(int) out.size()];
    for (int b = 0; b < batch.size(); b++) {
      boolean[] compared = compared(batch.get(b), width);
      for (int o = 0; o < width; o++) {
        c[b * width + o] = compared == null || compared[o] ? (float) random.nextGaussian() : 0;
      }
    }
    return c;
  }

  private static int[] bits(float[] v) {
    int[] b = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = Float.floatToRawIntBits(v[i]);
    }
    return b;
  }
}
