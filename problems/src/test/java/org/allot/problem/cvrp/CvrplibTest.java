package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allot.problem.Evaluation;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Every CVRPLIB file of the shared benchmark folder (sets A, B, E, F, M, P and X): each
 * {@code .vrp} parses and matches {@code bks.csv}, and each {@code .sol} is feasible with a
 * recomputed cost equal to its Cost line and to the table's {@code sol_cost}. Skipped when the
 * folder is absent.
 */
class CvrplibTest {
  private final Cvrp cvrp = new Cvrp();

  @Test
  void everyInstanceParsesAndEverySolutionRecomputesToItsCost() throws IOException {
    Path root = CvrpFixtures.sharedOrSkip();
    Map<String, String[]> bks = bks(root.resolve("bks.csv"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".vrp")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int solutions = 0;
    for (Path vrp : files) {
      try {
        solutions += check(vrp, bks) ? 1 : 0;
      } catch (IOException | RuntimeException | AssertionError e) {
        failures.add(vrp.getFileName() + ": " + e.getMessage());
      }
    }
    System.out.printf("CVRPLIB: %d instances parsed, %d solutions validated%n", files.size(),
        solutions);
    if (!failures.isEmpty()) {
      fail(failures.size() + " file(s) failed:\n" + String.join("\n", failures));
    }
    assertTrue(files.size() >= 100, "only " + files.size() + " .vrp files under " + root);
    assertTrue(solutions > 0, "no .sol file under " + root);
  }

  /** Checks one instance (and its solution, if any); true when a solution was checked. */
  private boolean check(Path vrp, Map<String, String[]> bks) throws IOException {
    CvrpInstance i = VrpFormat.INSTANCE.read(vrp);
    String stem = VrpFormat.stem(vrp);
    assertEquals(stem, i.name(), "NAME");
    assertTrue(VrpFormat.INSTANCE.accepts(vrp, Problems.head(vrp)), "not detected");
    String[] row = bks.get(stem);
    if (row != null) {
      assertEquals(Integer.parseInt(row[3]), i.customers(), "n_customers");
      assertEquals(Integer.parseInt(row[4]), i.capacity(), "capacity");
    }
    Path sol = vrp.resolveSibling(stem + ".sol");
    if (!Files.exists(sol)) {
      return false;
    }
    SolutionFile file = SolutionFile.read(sol, i);
    Evaluation e = cvrp.evaluate(i, file.solution());
    assertTrue(e.feasible(), () -> "infeasible: " + e.violations());
    assertEquals(file.cost().orElseThrow(), (long) e.objective(), "recomputed cost vs Cost line");
    if (row != null && !row[6].isEmpty()) {
      assertEquals(Long.parseLong(row[6]), (long) e.objective(), "recomputed cost vs sol_cost");
      assertTrue(Long.parseLong(row[1]) <= (long) e.objective(), "solution beats the BKS");
    }
    return true;
  }

  /** The rows of bks.csv by instance: instance,bks,set,n_customers,capacity,...,sol_cost,... */
  private static Map<String, String[]> bks(Path csv) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    if (!Files.exists(csv)) {
      return rows;
    }
    List<String> lines = Files.readAllLines(csv);
    assertEquals("instance,bks,set,n_customers,capacity,proven_optimal,sol_cost,bks_source",
        lines.getFirst());
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      rows.put(f[0], f);
    }
    return rows;
  }
}
