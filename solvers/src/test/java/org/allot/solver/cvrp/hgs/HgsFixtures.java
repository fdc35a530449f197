package org.allot.solver.cvrp.hgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.VrpFormat;

/** Instances for the HGS tests: random euclidean ones and the shared CVRPLIB X set. */
final class HgsFixtures {
  /** The shared CVRPLIB folder, relative to the module directory; absent on some machines. */
  static final Path SHARED_CVRP = Path.of("../../shared/instances/cvrp");

  private HgsFixtures() {}

  /** An X instance from the shared folder, when present. */
  static Optional<CvrpInstance> shared(String name) {
    Path file = SHARED_CVRP.resolve("X").resolve(name + ".vrp");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(VrpFormat.INSTANCE.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best known cost of {@code name} from the shared bks.csv, when present. */
  static OptionalLong bks(String name) {
    Path file = SHARED_CVRP.resolve("bks.csv");
    if (!Files.exists(file)) {
      return OptionalLong.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        String[] f = line.split(",");
        if (f[0].equals(name)) {
          return OptionalLong.of(Long.parseLong(f[1]));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code n} customers uniform on a 1000 x 1000 integer grid, the depot in the middle, demands
   * uniform in {@code 0..maxDemand} (at least 1 when {@code positive}), capacity about
   * {@code perRoute} average demands.
   */
  static CvrpInstance random(SplittableRandom random, int n, int maxDemand, int perRoute) {
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    int[] demand = new int[n + 1];
    x[0] = 500;
    y[0] = 500;
    long total = 0;
    int max = 1;
    for (int i = 1; i <= n; i++) {
      x[i] = random.nextInt(1001);
      y[i] = random.nextInt(1001);
      demand[i] = random.nextInt(maxDemand + 1);
      total += demand[i];
      max = Math.max(max, demand[i]);
    }
    int capacity = (int) Math.max(max, Math.ceil((double) total * perRoute / n));
    return CvrpInstance.euclidean("random-" + n + "-" + maxDemand, Math.max(1, capacity), demand,
        x, y);
  }
}
