package org.allot.agent.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.allot.agent.Weights;
import org.allot.problem.Sense;

/**
 * A run's weight files in its output folder: {@code weights.bin}, the latest weights (replace it
 * after every update, so that a run cut short keeps its last weights), and {@code
 * best-weights.bin}, the best-so-far by a validation score under a stated {@link Sense} (dispatch
 * minimises the makespan, a coverage agent maximises coverage). Both are replaced atomically, so
 * a reader never sees half a file. Not thread-safe.
 */
public final class Checkpoints {
  /** The latest weights' file name. */
  public static final String LATEST = "weights.bin";
  /** The best weights' file name. */
  public static final String BEST = "best-weights.bin";

  private final Path out;
  private final Sense sense;
  private double best;

  /** Checkpoints into {@code out} (it must exist), the best by {@code sense}. */
  public Checkpoints(Path out, Sense sense) {
    this.out = Objects.requireNonNull(out, "out");
    this.sense = Objects.requireNonNull(sense, "sense");
    this.best = sense.worst();
  }

  /**
   * Replaces {@code weights.bin} with {@code weights}.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public void save(Weights weights) {
    replace(weights, LATEST);
  }

  /**
   * Offers weights with their validation score: they replace {@code best-weights.bin} when the
   * score is strictly better than every score offered before (ties keep the earlier weights), or
   * when it is NaN (no validation set: the last weights offered are the best known; a NaN never
   * becomes the score to beat).
   *
   * @return whether {@code best-weights.bin} was replaced
   * @throws UncheckedIOException when it cannot be written
   */
  public boolean offer(Weights weights, double score) {
    if (Double.isNaN(score) || sense.better(score, best)) {
      best = Double.isNaN(score) ? best : score;
      replace(weights, BEST);
      return true;
    }
    return false;
  }

  /** The best score offered so far ({@link Sense#worst()} before any finite one). */
  public double best() {
    return best;
  }

  private void replace(Weights weights, String name) {
    try {
      Path tmp = out.resolve(name + ".tmp");
      weights.write(tmp);
      Files.move(tmp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the weights into " + out, e);
    }
  }
}
