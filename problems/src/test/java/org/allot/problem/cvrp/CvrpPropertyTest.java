package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of random CVRP instances and solutions, checked on seeded random cases (see
 * {@link SeededProperty}: the seed is printed, {@code -Dallot.seed=N} replays a run).
 */
class CvrpPropertyTest {
  private static final int TRIES = 60;
  private final Cvrp cvrp = new Cvrp();
  @TempDir Path temp;

  @Test
  void generatedInstancesRoundTripThroughVrpFiles() {
    SeededProperty.check("vrp write then read", TRIES, random -> {
      CvrpInstance i = XGenerator.random(random.nextInt(1, 120)).generate(random);
      CvrpInstance back = writeAndRead(i);
      assertEquals(i, back);
      CvrpInstance explicit = new CvrpInstance(i.name(), i.capacity(), i.demand(), null, null,
          EdgeWeightType.EXPLICIT, i.distances(), random.nextInt(0, 5));
      assertEquals(explicit, writeAndRead(explicit));
    });
  }

  @Test
  void theEvaluatorAgreesWithTheSolutionsCostAndTheCapacityRule() {
    SeededProperty.check("evaluator cost and capacity", TRIES, random -> {
      CvrpInstance i = XGenerator.random(random.nextInt(1, 80)).generate(random);
      CvrpSolution s = randomRoutes(i, random);
      Evaluation e = cvrp.evaluate(i, s);
      assertEquals(s.cost(i), (long) e.objective());
      boolean fits = true;
      for (int[] route : s.routes()) {
        long load = 0;
        for (int c : route) {
          load += i.demandOf(c);
        }
        fits &= load <= i.capacity();
      }
      assertEquals(fits, e.feasible(), e.violations()::toString);
      e.violations().forEach(v -> assertEquals("capacity", v.constraint()));
    });
  }

  @Test
  void solutionFilesRoundTrip() {
    SeededProperty.check("sol write then read", TRIES, random -> {
      CvrpInstance i = XGenerator.random(random.nextInt(1, 80)).generate(random);
      CvrpSolution s = randomRoutes(i, random);
      try {
        StringWriter w = new StringWriter();
        SolutionFile.of(i, s).write(w);
        Path f = Files.writeString(temp.resolve("p.sol"), w.toString());
        SolutionFile back = SolutionFile.read(f, i);
        assertArrayEquals(nonEmpty(s), back.solution().routes());
        assertEquals(s.cost(i), back.cost().orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A random permutation of the customers cut into random routes, some empty. */
  private static CvrpSolution randomRoutes(CvrpInstance i, SplittableRandom random) {
    int n = i.customers();
    int[] perm = new int[n];
    for (int k = 0; k < n; k++) {
      int j = random.nextInt(k + 1);
      perm[k] = perm[j];
      perm[j] = k + 1;
    }
    List<int[]> routes = new ArrayList<>();
    int start = 0;
    while (start < n || routes.isEmpty()) {
      int len = random.nextInt(0, Math.min(n - start, 12) + 1);
      routes.add(Arrays.copyOfRange(perm, start, start + len));
      start += len;
    }
    return new CvrpSolution(routes.toArray(int[][]::new));
  }

  private static int[][] nonEmpty(CvrpSolution s) {
    return Arrays.stream(s.routes()).filter(r -> r.length > 0).toArray(int[][]::new);
  }

  private CvrpInstance writeAndRead(CvrpInstance i) {
    try {
      StringWriter w = new StringWriter();
      VrpFormat.INSTANCE.write(i, w);
      Path f = Files.writeString(temp.resolve("p.vrp"), w.toString());
      return VrpFormat.INSTANCE.read(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
