package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageJsonFormat;
import org.allot.problem.coverage.CoverageWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot generate}, {@code solve} and {@code validate} on the coverage family. */
class CoverageCliTest {
  /** The bundled two-room instance, from the cli module's directory. */
  static final String ROOMS = "../instances/coverage/rooms-1.json";

  @TempDir
  Path dir;

  @Test
  void generateIsByteIdenticalAndNestsByDefault() throws IOException {
    Path a = dir.resolve("a.json");
    Cli r = Cli.allot("generate", "coverage", "--seed", "3", "--out", a.toString());
    assertEquals(0, r.exit(), r.toString());
    Cli again = Cli.allot("generate", "coverage", "--variant", "nests", "--seed", "3");
    assertEquals(Files.readString(a), again.out());
    CoverageInstance i = CoverageJsonFormat.INSTANCE.read(a);
    assertEquals("nests-3", i.name());
    assertEquals(30, i.width());
  }

  @Test
  void bundledInstancesAreWhatGenerateWrites() throws IOException {
    for (String v : new String[] {"nests", "items", "rooms"}) {
      Cli r = Cli.allot("generate", "coverage", "--variant", v, "--seed", "1");
      assertEquals(0, r.exit(), r.toString());
      assertEquals(Files.readString(Path.of("../instances/coverage/" + v + "-1.json")), r.out(),
          v + "-1.json differs from 'allot generate coverage --variant " + v + " --seed 1'");
    }
  }

  @Test
  void unknownVariantIsBadInput() {
    Cli r = Cli.allot("generate", "coverage", "--variant", "caves");
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains("--variant 'caves': expected nests, items or rooms"), r.toString());
  }

  @Test
  void solveValidateAndPlotEverySolver() throws IOException {
    for (String solver : new String[] {"random", "greedy", "lookahead", "reference"}) {
      Path json = dir.resolve(solver + ".json");
      Path svg = dir.resolve(solver + ".svg");
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("solve", ROOMS,
          "--solver", solver, "--time-limit", "5s", "--out", json.toString(), "--plot",
          svg.toString()));
      if (solver.equals("lookahead")) {
        args.addAll(java.util.List.of("-O", "depth=2"));
      } else if (solver.equals("reference")) {
        args.addAll(java.util.List.of("-O", "width=256"));
      }
      Cli r = Cli.allot(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.toString());
      JsonNode result = Json.read(json, json.toString());
      assertEquals("coverage", result.get("problem").textValue());
      assertTrue(result.get("feasible").booleanValue());
      assertEquals(41, result.get("solution").get("cells").size());
      assertTrue(Files.readString(svg).contains("<svg"), "an SVG picture");
      Cli v = Cli.allot("validate", ROOMS, json.toString());
      assertEquals(0, v.exit(), v.toString());
      assertTrue(v.out().startsWith("valid: coverage "), v.toString());
    }
  }

  @Test
  void greedyStaysInTheFirstRoomAndTheReferenceDoesNot() throws IOException {
    CoverageInstance rooms = CoverageJsonFormat.INSTANCE.read(Path.of(ROOMS));
    double[] value = new double[2];
    String[] solvers = {"greedy", "reference"};
    for (int k = 0; k < 2; k++) {
      Path json = dir.resolve(solvers[k] + ".json");
      Cli r = Cli.allot("solve", ROOMS, "--solver", solvers[k], "--time-limit", "5s", "--out",
          json.toString());
      assertEquals(0, r.exit(), r.toString());
      JsonNode cells = Json.read(json, "r").get("solution").get("cells");
      int[] walk = new int[cells.size()];
      for (int t = 0; t < walk.length; t++) {
        walk[t] = cells.get(t).intValue();
      }
      value[k] = Coverage.objectiveOf(rooms, new CoverageWalk(walk));
    }
    assertTrue(value[0] + 20 <= value[1], "greedy " + value[0] + ", reference " + value[1]);
  }

  @Test
  void pngPlot() throws IOException {
    Path png = dir.resolve("walk.png");
    Cli r = Cli.allot("solve", "../instances/coverage/items-1.json", "--out",
        dir.resolve("r.json").toString(), "--plot", png.toString());
    assertEquals(0, r.exit(), r.toString());
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
  }
}
