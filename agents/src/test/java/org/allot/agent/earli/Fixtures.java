package org.allot.agent.earli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.XGenerator;

/** Untrained EARLI weights in a file, and small X-generator instances, for the tests. */
final class Fixtures {
  static final Weights WEIGHTS = EarliNetwork.initial(new SplittableRandom(7));
  private static Path file;

  private Fixtures() {}

  /** A file holding {@link #WEIGHTS}, written once per test JVM. */
  static synchronized Path weightsFile() {
    if (file == null) {
      try {
        file = Files.createTempFile("earli-test", ".bin");
        file.toFile().deleteOnExit();
        WEIGHTS.write(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** An X-like instance of {@code customers} from generator seed {@code seed}. */
  static CvrpInstance instance(int customers, long seed) {
    return XGenerator.random(customers).generate(new SplittableRandom(seed));
  }
}
