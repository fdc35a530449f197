package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad CVRP inputs and options give exit 2, one "allot: " message that says where
 * (file:line:column, the JSON key path, or the option), no stack trace and no output file.
 */
class CvrpBadInputTest {
  /** A small valid instance: the depot and three customers. */
  private static final String VRP = """
      NAME : tiny
      TYPE : CVRP
      DIMENSION : 4
      EDGE_WEIGHT_TYPE : EUC_2D
      CAPACITY : 10
      NODE_COORD_SECTION
      1 0 0
      2 10 0
      3 0 10
      4 10 10
      DEMAND_SECTION
      1 0
      2 4
      3 4
      4 4
      DEPOT_SECTION
      1
      -1
      EOF
      """;

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<Path> outputs() {
    return List.of(dir.resolve("result.json"), dir.resolve("result.sol"),
        dir.resolve("routes.svg"));
  }

  /** Solves {@code instance} asking for every output, and checks the promises of exit 2. */
  private Cli solveFails(Path instance, String... more) {
    List<String> args = new ArrayList<>(List.of("solve", instance.toString(),
        "--solver", "savings", "--out", outputs().get(0).toString(), "--sol",
        outputs().get(1).toString(), "--plot", outputs().get(2).toString()));
    args.addAll(List.of(more));
    Cli r = Cli.allot(args.toArray(String[]::new));
    assertFails(r);
    return r;
  }

  private void assertFails(Cli r) {
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().startsWith("allot: "), r.toString());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    assertEquals("", r.out(), r.toString());
    for (Path p : outputs()) {
      assertFalse(Files.exists(p), p + " was left behind");
    }
  }

  @Test
  void theTinyInstanceIsFine() throws IOException {
    Cli r = Cli.allot("solve", file("tiny.vrp", VRP).toString(), "--solver", "savings");
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void missingDemandSection() throws IOException {
    String text = VRP.replaceAll("(?s)DEMAND_SECTION.*?DEPOT_SECTION", "DEPOT_SECTION");
    Path f = file("nodemand.vrp", text);
    Cli r = solveFails(f);
    assertTrue(r.err().matches("(?s)allot: " + quote(f) + ":\\d+:\\d+: .*DEMAND_SECTION.*"),
        r.toString());
  }

  @Test
  void missingCoordinates() throws IOException {
    String text = VRP.replaceAll("(?s)NODE_COORD_SECTION.*?DEMAND_SECTION", "DEMAND_SECTION");
    Path f = file("nocoords.vrp", text);
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":"), r.toString());
    assertTrue(r.err().contains("NODE_COORD_SECTION"), r.toString());
  }

  @Test
  void wrongDimension() throws IOException {
    Path f = file("dim.vrp", VRP.replace("DIMENSION : 4", "DIMENSION : 5"));
    Cli r = solveFails(f);
    assertTrue(r.err().matches("(?s)allot: " + quote(f) + ":\\d+:\\d+: .*expected 5.*"),
        r.toString());
  }

  @Test
  void demandAboveCapacity() throws IOException {
    Path f = file("demand.vrp", VRP.replace("3 4\n4 4", "3 4\n4 11"));
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":15:3: demand 11 of node 4 exceeds CAPACITY 10"),
        r.toString());
  }

  @Test
  void unknownEdgeWeightType() throws IOException {
    Path f = file("geo.vrp", VRP.replace("EUC_2D", "GEO"));
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":4:20: EDGE_WEIGHT_TYPE 'GEO' is not supported"),
        r.toString());
  }

  @Test
  void aResultRoutingToAnUnknownCustomer() throws IOException {
    Path vrp = file("tiny.vrp", VRP);
    Path json = file("r.json", """
        {"problem": "cvrp", "instance": "tiny", "objective": 40,
         "solution": {"routes": [[1, 2], [3, 4]]}}
        """);
    Cli r = Cli.allot("validate", vrp.toString(), json.toString());
    assertFails(r);
    assertTrue(r.err().contains(json + ": solution.routes[1][1]: expected a customer of tiny,"
        + " 1..3, found 4"), r.toString());
  }

  @Test
  void aResultWithTheDepotInARoute() throws IOException {
    Path vrp = file("tiny.vrp", VRP);
    Path json = file("r.json", """
        {"problem": "cvrp", "solution": {"routes": [[0, 1, 2, 3, 0]]}}
        """);
    Cli r = Cli.allot("validate", vrp.toString(), json.toString());
    assertFails(r);
    assertTrue(r.err().contains("solution.routes[0][0]") && r.err().contains("the depot is"
        + " implicit"), r.toString());
  }

  @Test
  void aResultWithoutRoutes() throws IOException {
    Path vrp = file("tiny.vrp", VRP);
    Path json = file("r.json", """
        {"problem": "cvrp", "solution": {"start": [[0]]}}
        """);
    Cli r = Cli.allot("validate", vrp.toString(), json.toString());
    assertFails(r);
    assertTrue(r.err().contains("missing key \"solution.routes\""), r.toString());
  }

  @Test
  void solOnAJobShopInstance() {
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr", "--sol",
        outputs().get(1).toString());
    assertFails(r);
    assertTrue(r.err().contains("--sol is not available for ft06, a jobshop instance"),
        r.toString());
  }

  @Test
  void ganttOnACvrpInstance() throws IOException {
    Path gantt = dir.resolve("chart.svg");
    Cli r = Cli.allot("solve", file("tiny.vrp", VRP).toString(), "--gantt", gantt.toString());
    assertFails(r);
    assertTrue(r.err().contains("--gantt is not available for tiny, a cvrp instance"),
        r.toString());
    assertFalse(Files.exists(gantt));
  }

  @Test
  void plotWithAnUnknownExtension() throws IOException {
    Path jpg = dir.resolve("routes.jpg");
    Cli r = Cli.allot("solve", file("tiny.vrp", VRP).toString(), "--plot", jpg.toString());
    assertFails(r);
    assertTrue(r.err().contains("--plot " + jpg + ": unknown picture format"), r.toString());
    assertFalse(Files.exists(jpg));
  }

  @Test
  void plotWithoutCoordinates() throws IOException {
    String explicit = """
        NAME : matrix
        TYPE : CVRP
        DIMENSION : 3
        EDGE_WEIGHT_TYPE : EXPLICIT
        EDGE_WEIGHT_FORMAT : LOWER_ROW
        CAPACITY : 10
        EDGE_WEIGHT_SECTION
        5
        7 4
        DEMAND_SECTION
        1 0
        2 3
        3 3
        DEPOT_SECTION
        1
        -1
        """;
    Cli r = solveFails(file("matrix.vrp", explicit));
    assertTrue(r.err().contains("--plot: matrix has no coordinates"), r.toString());
  }

  private static String quote(Path p) {
    return Pattern.quote(p.toString());
  }
}
