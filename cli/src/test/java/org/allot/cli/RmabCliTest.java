package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code allot generate rmab}, {@code solve} and {@code validate} on restless bandits. */
class RmabCliTest {
  private static final String[] KINDS = {"budget", "interventions", "path", "matching",
      "capacity"};
  private static final Pattern SUMMARY = Pattern.compile(
      "mean return \\d+(\\.\\d+)? ± \\d+(\\.\\d+)? \\(95% CI, 2 episodes\\)");

  @TempDir
  Path dir;

  static String bundled(String kind) {
    return "../instances/rmab/" + kind + "-20-5.json";
  }

  @Test
  void generateIsDeterministicAndMatchesTheBundledFiles() throws IOException {
    for (String kind : KINDS) {
      Cli a = Cli.allot("generate", "rmab", "--constraint", kind, "--arms", "20", "--budget",
          "5", "--seed", "1");
      assertEquals(0, a.exit(), a.toString());
      assertEquals(a.out(), Cli.allot("generate", "rmab", "--constraint", kind, "--arms", "20",
          "--budget", "5", "--seed", "1").out());
      assertEquals(Files.readString(Path.of(bundled(kind))), a.out(), kind);
    }
    Cli other = Cli.allot("generate", "rmab", "--constraint", "path", "--seed", "2");
    assertFalse(other.out().equals(Cli.allot("generate", "rmab", "--constraint", "path",
        "--seed", "1").out()));
  }

  @Test
  void generateRejectsBadOptionsWithExitTwoAndNoFile() {
    Path out = dir.resolve("g.json");
    Cli r = Cli.allot("generate", "rmab", "--constraint", "path", "--arms", "5", "--budget",
        "6", "--out", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("--budget 6: expected 1..5 (at most arms 5)"), r.toString());
    assertFalse(Files.exists(out));
    Cli k = Cli.allot("generate", "rmab", "--constraint", "tour");
    assertEquals(2, k.exit(), k.toString());
    assertTrue(k.err().contains("--constraint 'tour': expected budget, interventions, path,"
        + " matching or capacity"), k.toString());
    Cli iv = Cli.allot("generate", "rmab", "--constraint", "interventions", "--arms", "4",
        "--budget", "2");
    assertEquals(2, iv.exit(), iv.toString());
    assertTrue(iv.err().contains("interventions need at least 6 arms"), iv.toString());
  }

  @Test
  void generateHelpTeachesTheKinds() {
    Cli r = Cli.allot("generate", "rmab", "--help");
    assertEquals(0, r.exit());
    for (String kind : KINDS) {
      assertTrue(r.out().contains("  " + kind + " "), kind + " in " + r.out());
    }
    assertTrue(Cli.allot("generate", "--help").out().contains("allot generate rmab"));
  }

  /** Every baseline solves every bundled kind, and validate accepts what solve wrote. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"budget", "interventions", "path", "matching", "capacity"})
  void solveThenValidate(String kind) throws IOException {
    for (String solver : new String[] {"random", "myopic"}) {
      Path out = dir.resolve(kind + "-" + solver + ".json");
      Cli s = Cli.allot("solve", bundled(kind), "--solver", solver, "-O", "episodes=2",
          "--out", out.toString());
      assertEquals(0, s.exit(), s.toString());
      assertTrue(SUMMARY.matcher(s.err()).find(), s.toString());
      JsonNode json = Json.MAPPER.readTree(Files.readString(out));
      assertEquals("rmab", json.get("problem").asText());
      assertTrue(json.get("feasible").booleanValue());
      JsonNode sol = json.get("solution");
      assertEquals(2, sol.get("episodes").intValue());
      assertTrue(sol.get("ci95").doubleValue() >= 0);
      assertEquals(2, sol.get("seeds").size());
      assertEquals(20, sol.get("chosen").get(0).size());
      double mean = 0;
      for (JsonNode v : sol.get("returns")) {
        mean += v.doubleValue() / 2;
      }
      assertEquals(json.get("objective").doubleValue(), mean, 1e-9);
      Cli v = Cli.allot("validate", bundled(kind), out.toString());
      assertEquals(0, v.exit(), v.toString());
      assertTrue(v.out().startsWith("valid: mean return "), v.toString());
    }
  }

  @Test
  void validateRejectsATamperedAction() throws IOException {
    Path out = dir.resolve("r.json");
    assertEquals(0, Cli.allot("solve", bundled("budget"), "--solver", "random", "-O",
        "episodes=2", "--out", out.toString()).exit());
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(Files.readString(out));
    ArrayNode step = (ArrayNode) json.get("solution").get("chosen").get(1).get(3);
    step.removeAll();
    for (int j = 0; j < 7; j++) {
      step.add(j);
    }
    Path bad = dir.resolve("bad.json");
    Files.write(bad, Json.bytes(json));
    Cli v = Cli.allot("validate", bundled("budget"), bad.toString());
    assertEquals(1, v.exit(), v.toString());
    assertTrue(v.out().contains("budget at episode 1, step 3: 7 arms acted, at most 5"),
        v.toString());
  }

  @Test
  void validateNamesTheKeyPathOfABadShape() throws IOException {
    Path out = dir.resolve("r.json");
    assertEquals(0, Cli.allot("solve", bundled("path"), "--solver", "random", "-O",
        "episodes=2", "--out", out.toString()).exit());
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(Files.readString(out));
    ((ArrayNode) json.get("solution").get("witness")).remove(1);
    Path bad = dir.resolve("bad.json");
    Files.write(bad, Json.bytes(json));
    Cli v = Cli.allot("validate", bundled("path"), bad.toString());
    assertEquals(2, v.exit(), v.toString());
    assertTrue(v.err().contains(bad + ": solution.witness: expected one episode per seed (2),"
        + " found 1"), v.toString());
    ((ObjectNode) json.get("solution")).put("seeds", "x");
    Files.write(bad, Json.bytes(json));
    Cli s = Cli.allot("validate", bundled("path"), bad.toString());
    assertEquals(2, s.exit(), s.toString());
    assertTrue(s.err().contains("solution.seeds: expected a non-empty array of integer episode"
        + " seeds, found a string"), s.toString());
  }
}
