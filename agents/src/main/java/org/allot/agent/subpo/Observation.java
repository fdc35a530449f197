package org.allot.agent.subpo;

import java.util.Locale;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;

/**
 * What the SubPO policy sees at each step of a walk, as a float vector.
 *
 * <ul>
 *   <li>{@link #HISTORY} (the default; SubPO-NM's history policy in a form that transfers to
 *       unseen maps): an egocentric window of {@value #SIDE} x {@value #SIDE} cells around the
 *       walker, each with the marginal gain a visit of that cell would earn now divided by the
 *       footprint size (0 outside the grid or on an obstacle), then the same window's "blocked"
 *       flags (1 outside the grid or on an obstacle), then a coarse egocentric map of
 *       {@value #COARSE} x {@value #COARSE} blocks of {@value #BLOCK} x {@value #BLOCK} cells
 *       centred on the walker, each the value left in the block ({@link CoverageState#cellValue})
 *       divided by the block's cell count, and last the fraction of the horizon left. The
 *       coverage so far enters through the gains and the values left, so the policy is a
 *       function of the history, not of the position alone.
 *   <li>{@link #MARKOV} (SubPO-M, as the public code: a time-indexed Markov policy): the
 *       walker's {@code x / (width - 1)}, {@code y / (height - 1)} and {@code t / horizon}. It
 *       knows nothing of the map, so it is trained per instance only.
 * </ul>
 */
public enum Observation {
  /** The transferable history encoding (window of gains, blocked flags, coarse map, time left). */
  HISTORY,
  /** Position and time only (SubPO-M). */
  MARKOV;

  /** The window's radius in cells. */
  public static final int RADIUS = 4;
  /** The window's side. */
  public static final int SIDE = 2 * RADIUS + 1;
  /** The coarse map's side in blocks. */
  public static final int COARSE = 5;
  /** A coarse block's side in cells. */
  public static final int BLOCK = 6;

  private static final int WINDOW = SIDE * SIDE;

  /** The length of the vector. */
  public int size() {
    return switch (this) {
      case HISTORY -> 2 * WINDOW + COARSE * COARSE + 1;
      case MARKOV -> 3;
    };
  }

  /** The encoder of this observation for {@code instance}. */
  public Encoder encoder(CoverageInstance instance) {
    return new Encoder(this, instance);
  }

  /**
   * The observation of one instance, with its constants precomputed. Immutable; thread-safe when
   * each thread passes its own state and array.
   */
  public static final class Encoder {
    private final Observation kind;
    private final CoverageInstance instance;
    private final float footprintCells;

    private Encoder(Observation kind, CoverageInstance instance) {
      this.kind = kind;
      this.instance = instance;
      int r = instance.footprint().reach();
      int n = 0;
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          n += instance.footprint().covers(dx, dy) ? 1 : 0;
        }
      }
      this.footprintCells = Math.max(1, n);
    }

    /** The observation kind. */
    public Observation kind() {
      return kind;
    }

    /** The vector's length. */
    public int size() {
      return kind.size();
    }

    /**
     * Writes the observation of a walker at {@code cell} after {@code t} steps, with {@code
     * state} the coverage so far, into {@code into} (length {@link #size()}).
     */
    public void encode(CoverageState state, int cell, int t, float[] into) {
      int w = instance.width();
      int h = instance.height();
      int x = cell % w;
      int y = cell / w;
      int horizon = instance.horizon();
      float left = horizon == 0 ? 0 : (float) (horizon - t) / horizon;
      if (kind == MARKOV) {
        into[0] = w == 1 ? 0 : (float) x / (w - 1);
        into[1] = h == 1 ? 0 : (float) y / (h - 1);
        into[2] = 1 - left;
        return;
      }
      int k = 0;
      for (int dy = -RADIUS; dy <= RADIUS; dy++) {
        for (int dx = -RADIUS; dx <= RADIUS; dx++, k++) {
          int c = instance.cellAt(x + dx, y + dy);
          boolean blocked = c < 0 || instance.isObstacle(c);
          into[k] = blocked ? 0 : (float) (state.gain(c) / footprintCells);
          into[WINDOW + k] = blocked ? 1 : 0;
        }
      }
      coarse(instance, state, x, y, into, 2 * WINDOW);
      into[kind.size() - 1] = left;
    }
  }

  private static void coarse(CoverageInstance instance, CoverageState state, int x, int y,
      float[] into, int offset) {
    int half = COARSE / 2;
    int w = instance.width();
    for (int by = 0; by < COARSE; by++) {
      int y0 = y + (by - half) * BLOCK - BLOCK / 2;
      for (int bx = 0; bx < COARSE; bx++) {
        int x0 = x + (bx - half) * BLOCK - BLOCK / 2;
        double sum = 0;
        for (int yy = Math.max(0, y0); yy < Math.min(instance.height(), y0 + BLOCK); yy++) {
          for (int xx = Math.max(0, x0); xx < Math.min(w, x0 + BLOCK); xx++) {
            int c = yy * w + xx;
            if (!instance.isObstacle(c)) {
              sum += state.cellValue(c);
            }
          }
        }
        into[offset + by * COARSE + bx] = (float) (sum / (BLOCK * BLOCK));
      }
    }
  }

  /** The lower-case name, as options take it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The observation named {@code id} (history or markov).
   *
   * @throws IllegalArgumentException naming the known ones
   */
  public static Observation of(String id) {
    for (Observation o : values()) {
      if (o.id().equalsIgnoreCase(id.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown observation '" + id + "'; expected history or"
        + " markov");
  }
}
