package org.allot.problem.memory;

import java.util.Arrays;
import org.allot.problem.Environment;
import org.allot.problem.Step;

/**
 * The mallocGame: the buffers of an instance are presented one by one in XLA's
 * memory-boundedness order ({@link MemoryBoundedness}; decreasing size for a packing instance),
 * and each is left in slow memory or placed at a canonical offset ({@link CanonicalOffsets}).
 * An episode has exactly {@code n} steps. The dynamics are deterministic; the seed of
 * {@link #reset} is unused.
 *
 * <p><b>Actions</b> ({@code K + 1} of them, {@code K} = {@link #candidateLimit()}, 64 by
 * default): action 0 is SLOW; action {@code k >= 1} places the current buffer at the
 * {@code k}-th lowest canonical offset where it fits. Only fitting offsets are listed, so that an
 * occupied low offset never hides a free higher one; when more than {@code K} offsets fit, the
 * lowest {@code K} are offered (so the lowest fit always is; the best fit may not be).
 * The mask allows actions {@code 1..min(K, fitting)}; SLOW is always allowed for a mapping
 * instance, and for a packing instance only when nothing fits (the episode then goes on, and the
 * evaluator flags the layout with {@code slow-in-packing}). Because the order is fixed, a packing
 * that exists may still be out of the game's reach (a buffer may need to rest on one presented
 * later); MiniMalloc-style search, which chooses the order, does not have that limit.
 *
 * <p><b>Reward.</b> Mapping: the time the step saves, {@code totalTime(before) -
 * totalTime(after)} of {@link CostModel} under the current placement, recomputed exactly over
 * the steps that read the buffer (savings are not additive: a step stops gaining once it is
 * compute-bound). An episode's rewards sum to {@code allSlowTime - totalTime(final layout)},
 * the evaluator's objective subtracted from the all-slow time. SLOW earns 0. Packing: minus the
 * increase of the peak address {@code max(offset + size)}, so rewards sum to minus the
 * evaluator's objective; a forced SLOW earns {@code -capacity}, worse than any placement.
 * Rewards are in seconds (mapping) or bytes (packing); agents scale them as they need.
 *
 * <p><b>Observation</b> ({@link #FEATURES} + 2K floats), for the current buffer {@code b}:
 * <ol start="0">
 *   <li>size / capacity;
 *   <li>live-range length / horizon, where horizon = max upper - min lower of the instance;
 *   <li>(lower - min lower) / horizon; <li>(upper - min lower) / horizon;
 *   <li>static benefit / the largest benefit (0 for packing or when every benefit is 0);
 *   <li>marginal benefit, the time placing {@code b} now would save / the largest benefit
 *       (at most feature 4);
 *   <li>buffers decided / n; <li>buffers in fast memory / n;
 *   <li>free bytes at the tightest instant of {@code b}'s live range / capacity
 *       ({@code capacity - livePeak});
 *   <li>free bytes above every placed time-overlapping buffer / capacity
 *       ({@code capacity - floor}, at least 0);
 *   <li>fitting canonical offsets / K, at most 1;
 *   <li>progress: current total time / all-slow time (mapping) or peak / capacity (packing);
 * </ol>
 * then K floats, the offered offsets / capacity, and K floats, the free gap above each offered
 * offset / capacity, both -1 where no offset is offered. After the last step features 0-5 and
 * 8-10 are 0 and no offset is offered. Not thread-safe; {@link #copy} for rollouts and search.
 */
public final class MallocGameEnvironment implements Environment<MemoryLayout> {
  /** Floats before the candidate block of the observation. */
  public static final int FEATURES = 12;
  /** The default number of offset actions. */
  public static final int DEFAULT_CANDIDATES = 64;

  private final GameTables game;
  private final CanonicalOffsets canonical;
  private final long[] offsets;
  private final boolean[] inFast;
  private final double[] stepTime;
  private final long[] cand;
  private final long[] room;
  private int position;
  private int fastCount;
  private long peak;
  private double total;
  private int fitting = -1;

  /** The game with {@link #DEFAULT_CANDIDATES} offset actions. */
  public MallocGameEnvironment(MemoryInstance instance) {
    this(instance, DEFAULT_CANDIDATES);
  }

  /**
   * The game with {@code candidates} offset actions.
   *
   * @throws IllegalArgumentException when {@code candidates < 1}
   */
  public MallocGameEnvironment(MemoryInstance instance, int candidates) {
    if (candidates < 1) {
      throw new IllegalArgumentException("need at least 1 offset action, got " + candidates);
    }
    this.game = new GameTables(instance);
    this.canonical = new CanonicalOffsets(instance);
    int n = instance.buffers();
    this.offsets = new long[n];
    this.inFast = new boolean[n];
    this.stepTime = game.slowStepTime.clone();
    this.cand = new long[candidates];
    this.room = new long[candidates];
    reset(0);
  }

  private MallocGameEnvironment(MallocGameEnvironment o) {
    this.game = o.game;
    this.canonical = o.canonical.fork();
    this.offsets = o.offsets.clone();
    this.inFast = o.inFast.clone();
    this.stepTime = o.stepTime.clone();
    this.cand = o.cand.clone();
    this.room = o.room.clone();
    this.position = o.position;
    this.fastCount = o.fastCount;
    this.peak = o.peak;
    this.total = o.total;
    this.fitting = o.fitting;
  }

  public MemoryInstance instance() {
    return game.instance;
  }

  /** K, the number of offset actions. */
  public int candidateLimit() {
    return cand.length;
  }

  /** The order in which buffers are presented (buffer indices). */
  public int[] order() {
    return game.order.clone();
  }

  /** The buffer to decide now, or -1 when the episode is over. */
  public int current() {
    return done() ? -1 : game.order[position];
  }

  /** The estimated execution time of the current partial layout (mapping; 0 for packing). */
  public double totalTime() {
    return total;
  }

  /**
   * The offsets the actions {@code 1..} stand for now: writes up to {@code into.length} of them.
   *
   * @return how many offset actions are legal now
   */
  public int offeredOffsets(long[] into) {
    int k = offered();
    System.arraycopy(cand, 0, into, 0, Math.min(k, into.length));
    return k;
  }

  @Override
  public int actionCount() {
    return cand.length + 1;
  }

  @Override
  public int observationSize() {
    return FEATURES + 2 * cand.length;
  }

  @Override
  public void reset(long seed) {
    Arrays.fill(offsets, MemoryLayout.SLOW);
    Arrays.fill(inFast, false);
    System.arraycopy(game.slowStepTime, 0, stepTime, 0, stepTime.length);
    position = 0;
    fastCount = 0;
    peak = 0;
    total = game.allSlow;
    fitting = -1;
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action > cand.length) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.."
          + cand.length + " (0 = SLOW, k = the k-th fitting offset)");
    }
    if (done()) {
      throw new IllegalStateException("the episode is over; call reset");
    }
    int k = offered();
    int b = game.order[position];
    double reward;
    if (action == 0) {
      if (!game.instance.isMapping() && k > 0) {
        throw new IllegalArgumentException("action 0 (SLOW) is masked: buffer "
            + game.instance.idOf(b) + " fits, and a packing instance must place every buffer");
      }
      reward = game.instance.isMapping() ? 0 : -game.instance.capacity();
    } else if (action > k) {
      throw new IllegalArgumentException("action " + action + " is masked: buffer "
          + game.instance.idOf(b) + " fits at " + k + " canonical offset(s)");
    } else {
      reward = place(b, cand[action - 1]);
    }
    position++;
    fitting = -1;
    return new Step(reward, done(), false);
  }

  private double place(int b, long offset) {
    offsets[b] = offset;
    inFast[b] = true;
    fastCount++;
    if (!game.instance.isMapping()) {
      long before = peak;
      peak = Math.max(peak, offset + game.instance.sizeOf(b));
      return before - peak;
    }
    double saved = 0;
    for (int k = game.stepFrom[b]; k < game.stepFrom[b + 1]; k++) {
      int t = game.steps[k];
      double now = game.cost.stepTime(t, inFast);
      saved += stepTime[t] - now;
      stepTime[t] = now;
    }
    total -= saved;
    return saved;
  }

  /** The number of offset actions legal now (computing the candidates once per state). */
  private int offered() {
    if (fitting < 0) {
      fitting = done() ? 0 : canonical.fitting(offsets, game.order[position], cand, room);
    }
    return Math.min(fitting, cand.length);
  }

  @Override
  public void actionMask(boolean[] into) {
    int k = offered();
    into[0] = !done() && (game.instance.isMapping() || k == 0);
    for (int a = 1; a <= cand.length; a++) {
      into[a] = a <= k;
    }
  }

  @Override
  public void observe(float[] into) {
    Arrays.fill(into, 0f);
    int n = game.instance.buffers();
    int k = offered();
    into[6] = n == 0 ? 1 : (float) position / n;
    into[7] = n == 0 ? 0 : (float) fastCount / n;
    float capacity = game.instance.capacity();
    into[11] = game.instance.isMapping() ? (float) (total / game.timeScale()) : peak / capacity;
    if (!done()) {
      game.describe(game.order[position], into);
      into[5] = (float) (marginal(game.order[position]) / game.maxBenefit);
      int b = game.order[position];
      into[8] = (capacity - canonical.livePeak(offsets, b)) / capacity;
      into[9] = Math.max(0, capacity - canonical.floor(offsets, b)) / capacity;
      into[10] = Math.min(1f, (float) fitting / cand.length);
    }
    for (int c = 0; c < cand.length; c++) {
      into[FEATURES + c] = c < k ? cand[c] / capacity : -1;
      into[FEATURES + cand.length + c] = c < k ? room[c] / capacity : -1;
    }
  }

  /** The time placing {@code b} in fast memory now would save. */
  private double marginal(int b) {
    if (!game.instance.isMapping()) {
      return 0;
    }
    inFast[b] = true;
    double saved = 0;
    for (int k = game.stepFrom[b]; k < game.stepFrom[b + 1]; k++) {
      int t = game.steps[k];
      saved += stepTime[t] - game.cost.stepTime(t, inFast);
    }
    inFast[b] = false;
    return saved;
  }

  @Override
  public boolean done() {
    return position == game.order.length;
  }

  @Override
  public MemoryLayout solution() {
    if (!done()) {
      throw new IllegalStateException("the episode is not over: " + position + " of "
          + game.order.length + " buffers decided");
    }
    return new MemoryLayout(offsets);
  }

  @Override
  public MallocGameEnvironment copy() {
    return new MallocGameEnvironment(this);
  }
}
