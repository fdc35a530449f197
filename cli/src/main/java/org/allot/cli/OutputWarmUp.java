package org.allot.cli;

import java.io.IOException;
import java.util.Optional;
import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.ImageFormat;
import org.allot.plot.Rgb;
import org.allot.solver.Status;

/**
 * Loads and initialises what {@code allot solve} needs after the solve (Jackson; Java2D and its
 * fonts for a PNG chart) on a background thread while the instance is read. Cold, these take a
 * few hundred milliseconds; done before the solver's budget is set, that time is counted against
 * the limit instead of overrunning it.
 */
final class OutputWarmUp {
  private final Thread thread;

  private OutputWarmUp(Thread thread) {
    this.thread = thread;
  }

  /** Starts warming up the JSON writer and, when given, the picture format. */
  static OutputWarmUp start(Optional<ImageFormat> picture) {
    return new OutputWarmUp(Thread.ofPlatform().daemon().name("allot-warm-up")
        .start(() -> run(picture)));
  }

  private static void run(Optional<ImageFormat> picture) {
    try {
      Json.bytes(new ResultEnvelope("warm-up", "warm-up", "warm-up", Status.UNKNOWN, 1.5, 1,
          false, 0, 0, null).toJson());
      if (picture.isPresent()) {
        Canvas c = picture.get().canvas(16, 16);
        c.rect(1, 1, 4, 4, Rgb.distinct(1), Rgb.WHITE);
        c.text(8, 8, "0", 12, true, Rgb.BLACK, Anchor.MIDDLE);
        c.encode();
      }
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the real write reports any problem.
    }
  }

  /** Waits until the warm-up is done. */
  void await() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
