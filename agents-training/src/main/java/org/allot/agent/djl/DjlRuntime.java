package org.allot.agent.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.Function;

/**
 * DJL set-up shared by every agent: the PyTorch engine on CPU, offline, one intra-op and one
 * inter-op thread (parallelise across Java threads instead: the default threading made small
 * batches up to 15 times slower on 2 cores), a clear failure when the native library cannot load,
 * seeding, and NDManager scoping.
 *
 * <p>The properties {@code ai.djl.offline}, {@code ai.djl.pytorch.num_threads} and
 * {@code ai.djl.pytorch.num_interop_threads} are set to {@code true}, 1 and 1 unless the JVM
 * already sets them, before the engine first loads. The launcher should also pass
 * {@code --enable-native-access=ALL-UNNAMED -XX:MaxDirectMemorySize=256m} (DJL arrays made from
 * Java data are backed by direct buffers that only the GC frees). Thread-safe.
 */
public final class DjlRuntime {
  /** The PyTorch version of the pinned native jar. */
  public static final String PYTORCH_VERSION = "2.7.1";

  private static Engine engine;

  private DjlRuntime() {}

  /**
   * The PyTorch engine, loaded on first use.
   *
   * @throws IllegalStateException naming the cause and the fix when it cannot load
   */
  public static synchronized Engine engine() {
    if (engine != null) {
      return engine;
    }
    String env = System.getenv("PYTORCH_VERSION");
    if (env != null && !env.isBlank() && !env.equals(PYTORCH_VERSION)) {
      throw new IllegalStateException("PYTORCH_VERSION=" + env + " but the bundled native"
          + " library is PyTorch " + PYTORCH_VERSION + "; unset PYTORCH_VERSION or set it to "
          + PYTORCH_VERSION + " (DJL would try to download " + env + ")");
    }
    defaultProperty("ai.djl.offline", "true");
    defaultProperty("ai.djl.pytorch.num_threads", "1");
    defaultProperty("ai.djl.pytorch.num_interop_threads", "1");
    try {
      engine = Engine.getEngine("PyTorch");
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("DJL's PyTorch engine cannot load (" + e + "). It needs"
          + " ai.djl.pytorch:pytorch-native-cpu:" + PYTORCH_VERSION + " (classifier linux-x86_64)"
          + " and pytorch-jni " + PYTORCH_VERSION + "-0.36.0 on the class path, a linux-x86_64"
          + " machine, and a writable DJL cache (~/.djl.ai, or set DJL_CACHE_DIR); offline mode"
          + " forbids downloads. Inference does not need DJL: the plain-Java forward runs without"
          + " it.", e);
    }
    return engine;
  }

  /** True when the engine loads; never throws. */
  public static boolean available() {
    try {
      engine();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * Seeds the engine's generator (parameter initialisers, dropout, sampling on tensors). Java-side
   * randomness comes from generators seeded by the caller with the same seed.
   */
  public static void seed(long seed) {
    engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
  }

  /**
   * A scalar array that stays alive until {@code manager} closes. Use it instead of the {@code
   * Number} overloads ({@code x.mul(2)}, {@code x.div(n)}) on any path that autograd
   * differentiates: DJL 0.36's PyTorch engine makes those a temporary scalar array whose memory
   * is a direct ByteBuffer ({@code torch::from_blob}) and closes it as soon as the operation
   * returns; but {@code mul} and {@code div} save that scalar for the backward pass, so once the
   * garbage collector has freed the buffer, {@code backward} reads freed memory. It gave NaN in
   * every gradient of the dispatch trainer after some thousand steps (sooner with a smaller
   * {@code -XX:MaxDirectMemorySize}), and silently wrong gradients before that.
   */
  public static NDArray scalar(NDManager manager, float value) {
    return manager.create(value);
  }

  /** A new root manager (close it; never allocate per-step arrays on it). */
  public static NDManager newManager() {
    return engine().newBaseManager();
  }

  /**
   * Runs {@code body} in a sub-manager of {@code parent} that is closed afterwards, freeing every
   * array the body made: the body must return plain Java values (or arrays it attached
   * elsewhere). One scope per step or minibatch keeps native memory flat.
   */
  public static <T> T scoped(NDManager parent, Function<NDManager, T> body) {
    try (NDManager scope = parent.newSubManager()) {
      return body.apply(scope);
    }
  }
}
