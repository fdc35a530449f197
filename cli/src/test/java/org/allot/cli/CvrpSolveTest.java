package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.allot.cli.cvrp.CvrpCodec;
import org.allot.problem.Evaluation;
import org.allot.problem.Problems;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.problem.cvrp.SolutionFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot solve} and {@code allot validate} on a CVRP instance, with --sol and --plot. */
class CvrpSolveTest {
  @TempDir
  Path dir;

  private Path vrp;
  private CvrpInstance instance;

  @BeforeEach
  void generate() throws IOException {
    vrp = dir.resolve("c60.vrp");
    Cli r = Cli.allot("generate", "cvrp", "--customers", "60", "--seed", "3", "--out",
        vrp.toString());
    assertEquals(0, r.exit(), r.toString());
    instance = (CvrpInstance) Problems.read(vrp).instance();
  }

  @Test
  void savingsGivesValidRoutesAndANativeSolutionFile() throws IOException {
    Path json = dir.resolve("c60.json");
    Path sol = dir.resolve("c60.sol");
    Cli r = Cli.allot("solve", vrp.toString(), "--solver", "savings", "--out", json.toString(),
        "--sol", sol.toString());
    assertEquals(0, r.exit(), r.toString());
    JsonNode result = Json.read(json, "c60.json");
    assertEquals("cvrp", result.get("problem").textValue());
    assertEquals("savings", result.get("solver").textValue());
    assertTrue(result.get("feasible").booleanValue());
    CvrpSolution routes = new CvrpCodec().read(instance, result.get("solution"), "c60.json");
    Evaluation e = new Cvrp().evaluate(instance, routes);
    assertTrue(e.feasible(), e.violations().toString());
    assertEquals(e.objective(), result.get("objective").doubleValue());

    SolutionFile file = SolutionFile.read(sol, instance);
    assertEquals(routes, file.solution(), "the .sol holds the JSON's routes");
    assertEquals((long) e.objective(), file.cost().orElseThrow());
    assertTrue(Files.readString(sol).startsWith("Route #1: "));
  }

  @Test
  void validateAcceptsTheResult() {
    Path json = dir.resolve("c60.json");
    assertEquals(0, Cli.allot("solve", vrp.toString(), "--solver", "savings", "--out",
        json.toString()).exit());
    Cli v = Cli.allot("validate", vrp.toString(), json.toString());
    assertEquals(0, v.exit(), v.toString());
    assertTrue(v.out().startsWith("valid: distance "), v.out());
  }

  @Test
  void validateListsTheViolationsOfAnEditedResult() throws IOException {
    Path json = dir.resolve("c60.json");
    assertEquals(0, Cli.allot("solve", vrp.toString(), "--solver", "savings", "--out",
        json.toString()).exit());
    String text = Files.readString(json);
    String edited = text.replaceFirst("\\[ (\\d+), ", "[ ");
    Files.writeString(json, edited);
    Cli v = Cli.allot("validate", vrp.toString(), json.toString());
    assertEquals(Exit.FAILED.code(), v.exit(), v.toString());
    assertTrue(v.out().contains("missing-customer"), v.out());
  }

  @Test
  void plotsAreWrittenAsSvgAndPng() throws IOException {
    Path svg = dir.resolve("routes.svg");
    Path png = dir.resolve("routes.png");
    Cli r = Cli.allot("solve", vrp.toString(), "--solver", "savings", "--plot", svg.toString());
    assertEquals(0, r.exit(), r.toString());
    String text = Files.readString(svg);
    assertTrue(text.startsWith("<?xml") && text.endsWith("</svg>\n"));
    assertTrue(text.contains("by savings: distance "), "titled with the distance");
    assertTrue(text.split("<line ").length > instance.customers(), "one segment per arc");
    r = Cli.allot("solve", vrp.toString(), "--solver", "savings", "--plot", png.toString());
    assertEquals(0, r.exit(), r.toString());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 5000, "non-empty: " + bytes.length);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
  }

  @Test
  void orToolsSolvesWithinAShortLimit() throws IOException {
    Path json = dir.resolve("o.json");
    Cli r = Cli.allot("solve", vrp.toString(), "--solver", "ortools", "--time-limit", "3s",
        "--out", json.toString());
    assertEquals(0, r.exit(), r.toString());
    JsonNode result = Json.read(json, "o.json");
    assertTrue(result.get("feasible").booleanValue());
    assertTrue(result.get("seconds").doubleValue() < 3.5, result.toString());
  }

  @Test
  void listShowsTheCvrpSolvers() {
    Cli r = Cli.allot("list");
    assertEquals(0, r.exit(), r.toString());
    String cvrp = r.out().substring(r.out().indexOf("cvrp: "));
    String family = cvrp.substring(0, cvrp.indexOf("\n\n"));
    assertTrue(family.contains("  savings ") && family.contains("  ortools "), r.out());
  }
}
