package org.allot.agent.train;

import java.util.SplittableRandom;
import org.allot.agent.djl.DjlRuntime;

/**
 * The first step of every training run: one seed for the Java generator that drives sampling,
 * shuffling and instance draws, and for DJL's engine (parameter initialisers, dropout, sampling
 * on tensors). A run that takes all its randomness from these two replays bit for bit.
 */
public final class Seeding {
  private Seeding() {}

  /**
   * Seeds DJL's engine with {@code seed} and returns the run's Java generator, seeded with it too.
   *
   * @throws IllegalStateException when DJL's engine cannot load (see {@link DjlRuntime#engine})
   */
  public static SplittableRandom start(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DjlRuntime.seed(seed);
    return random;
  }
}
