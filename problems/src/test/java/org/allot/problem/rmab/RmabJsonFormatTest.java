package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.allot.problem.InstanceFormatException;
import org.junit.jupiter.api.Test;

/** Reading, writing and the located error messages of the rmab JSON format. */
class RmabJsonFormatTest {
  private static final RmabJsonFormat F = RmabJsonFormat.INSTANCE;

  /** Three 2-state arms; line numbers matter to the error tests below. */
  static final String SMALL = """
      {
        "problem": "rmab",
        "name": "small",
        "states": 2,
        "horizon": 5,
        "discount": 0.9,
        "arms": [
          {"passive": [[0.9, 0.1], [0.6, 0.4]], "active": [[0.2, 0.8], [0.1, 0.9]], "reward": [0, 1], "initial": [1, 0]},
          {"passive": [[0.9, 0.1], [0.6, 0.4]], "active": [[0.2, 0.8], [0.1, 0.9]], "reward": [0, 1], "initial": [1, 0]},
          {"passive": [[0.9, 0.1], [0.6, 0.4]], "active": [[0.2, 0.8], [0.1, 0.9]], "reward": [0, 2], "initial": [0.5, 0.5]}
        ],
        "constraint": {"kind": "path", "budget": 2, "maxSteps": 4, "source": 0, "edges": [[0, 1], [1, 2]]}
      }
      """;

  @Test
  void readsTheDocumentedShape() throws IOException {
    RmabInstance in = F.read("small.json", SMALL);
    assertEquals("small", in.name());
    assertEquals(3, in.arms());
    assertEquals(2, in.states());
    assertEquals(0.8, in.transition(0, true, 0, 1));
    assertEquals(2, in.rewardOf(2, 1));
    assertEquals(new ActionConstraint.Path(2, 4, 0, new int[][] {{0, 1}, {1, 2}}),
        in.constraint());
  }

  @Test
  void everyKindRoundTripsExactlyAndDeterministically() throws IOException {
    for (RmabInstance in : RmabFixtures.generated()) {
      String text = write(in);
      RmabInstance back = F.read(in.name() + ".json", text);
      assertEquals(in, back, in.name());
      assertEquals(text, write(back), "writing is not stable for " + in.name());
    }
  }

  @Test
  void detectsInstancesButNotResultFiles() {
    Path p = Path.of("x.json");
    assertTrue(F.accepts(p, SMALL));
    assertFalse(F.accepts(Path.of("x.txt"), SMALL));
    assertFalse(F.accepts(p, "{\"problem\": \"rmab\", \"solver\": \"myopic\", \"solution\": {}}"));
    assertFalse(F.accepts(p, SMALL.replace("\"rmab\"", "\"memory\"")));
  }

  @Test
  void renormalisesRowsOffByLessThanTheTolerance() throws IOException {
    RmabInstance in = F.read("t.json", SMALL.replace("[[0.9, 0.1], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 2]",
        "[[0.9, 0.1000005], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 2]"));
    assertEquals(1, in.transition(2, false, 0, 0) + in.transition(2, false, 0, 1), 1e-12);
  }

  @Test
  void nonStochasticRowNamesArmActionStateAndSum() {
    String bad = SMALL.replace("{\"passive\": [[0.9, 0.1], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 1], \"initial\": [1, 0]},\n    {",
        "{\"passive\": [[0.9, 0.1], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 1], \"initial\": [1, 0]},\n    {\"passive\": [[0.9, 0.1], [0.5, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 1], \"initial\": [1, 0]},\n    {");
    bad = bad.replace("\"reward\": [0, 1], \"initial\": [1, 0]},\n    {\"passive\": [[0.9, 0.1], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 2]",
        "\"reward\": [0, 1], \"initial\": [1, 0]},\n    {\"passive\": [[0.9, 0.1], [0.6, 0.4]], \"active\": [[0.2, 0.8], [0.1, 0.9]], \"reward\": [0, 2]");
    InstanceFormatException e = error(bad);
    assertEquals("bad.json:9:30: passive transition row of arm 1, state 1 sums to 0.9,"
        + " expected 1 (a row must be a probability distribution over the next states)",
        e.getMessage());
  }

  @Test
  void wrongMatrixShapesAreNamed() {
    InstanceFormatException rows = error(SMALL.replaceFirst(
        "\"active\": \\[\\[0.2, 0.8\\], \\[0.1, 0.9\\]\\]", "\"active\": [[0.2, 0.8]]"));
    assertEquals("bad.json:8:53: expected arm 0 \"active\" to be a 2x2 matrix (one row per"
        + " state), found 1 rows", rows.getMessage());
    InstanceFormatException cols = error(SMALL.replaceFirst("\\[0.6, 0.4\\]", "[0.6, 0.4, 0]"));
    assertTrue(cols.getMessage().startsWith("bad.json:8:30: expected arm 0 \"passive\" row 1 to"
        + " have 2 entries (one per state), found 3"), cols.getMessage());
    InstanceFormatException reward = error(SMALL.replaceFirst("\"reward\": \\[0, 1\\]",
        "\"reward\": [0]"));
    assertTrue(reward.getMessage().contains("arm 0 \"reward\" to have 2 entries"),
        reward.getMessage());
  }

  @Test
  void budgetAboveArmsIsAnError() {
    InstanceFormatException e = error(SMALL.replace("\"budget\": 2", "\"budget\": 4"));
    assertEquals("bad.json:12:44: budget 4 is above the number of arms 3; use a budget in 0..3",
        e.getMessage());
  }

  @Test
  void disconnectedPathSourceIsAnError() {
    InstanceFormatException e = error(SMALL.replace("[[0, 1], [1, 2]]", "[[1, 2]]"));
    assertEquals("bad.json:12:84: disconnected path source: node 1 is unreachable from source 0;"
        + " add an edge that connects it", e.getMessage());
  }

  @Test
  void edgeOutOfRangeSelfLoopsAndDuplicatesAreErrors() {
    assertTrue(error(SMALL.replace("[1, 2]]", "[1, 3]]")).getMessage()
        .contains("edge 1 endpoint 3 is out of range; nodes are the arms 0..2"));
    assertTrue(error(SMALL.replace("[1, 2]]", "[1, 2], [2, 2]]")).getMessage()
        .contains("edge 2 [2, 2] is a self-loop"));
    assertTrue(error(SMALL.replace("[1, 2]]", "[1, 2], [2, 1]]")).getMessage()
        .contains("edge 2 [2, 1] is a duplicate"));
    assertTrue(error(SMALL.replace("[1, 2]]", "[1, 2, 0]]")).getMessage()
        .contains("expected edge 1 to be a pair [u, v], found 3 entries"));
  }

  @Test
  void schemaErrorsAreLocated() {
    assertTrue(error(SMALL.replace("\"horizon\"", "\"horizont\"")).getMessage()
        .startsWith("bad.json:5:15: unknown key \"horizont\" in the instance"));
    assertTrue(error(SMALL.replace("\"path\"", "\"walk\"")).getMessage()
        .contains("unknown constraint kind \"walk\"; known kinds: budget, interventions"));
    assertTrue(error(SMALL.replace("0.9,\n", "1.5,\n")).getMessage()
        .contains("\"discount\" must be in (0, 1], found 1.5"));
    assertTrue(error(SMALL.replace("\"initial\": [0.5, 0.5]", "\"initial\": [0.5, 0.6]"))
        .getMessage().contains("initial distribution of arm 2 sums to 1.1"));
    assertTrue(error(SMALL.replace("[0.2, 0.8], [0.1, 0.9]]", "[1.2, -0.2], [0.1, 0.9]]"))
        .getMessage().contains("active transition row of arm 0, state 0: probability 1.2"));
    assertTrue(error(SMALL.replace("\"states\": 2", "\"states\": 0")).getMessage()
        .contains("expected \"states\" in 1.."));
  }

  @Test
  void constraintSpecificErrors() {
    String matching = SMALL.replaceFirst("\\{\"kind\": \"path\".*\\}\n",
        "{\"kind\": \"matching\", \"budget\": 2, \"slots\": 3, \"armSlots\": [[0, 1], [1, 2], [0, 5]],"
            + " \"workerSlots\": [[0, 1, 2]]}\n");
    assertTrue(error(matching).getMessage()
        .contains("slot 5 in \"armSlots\" entry 2 is out of range 0..2"), error(matching).getMessage());
    String capacity = SMALL.replaceFirst("\\{\"kind\": \"path\".*\\}\n",
        "{\"kind\": \"capacity\", \"cost\": [2, 0, 3], \"capacity\": [4]}\n");
    assertTrue(error(capacity).getMessage()
        .contains("expected \"cost\" entry 1 in 1..2147483647, found 0"));
    String interventions = SMALL.replaceFirst("\\{\"kind\": \"path\".*\\}\n",
        "{\"kind\": \"interventions\", \"budget\": 3, \"weight\": [[3, 3, 0], [0, 3, 3]],"
            + " \"alpha\": [1, 1, 1], \"beta\": [1, 1, 1], \"x0\": [1, 1, 1]}\n");
    assertTrue(error(interventions).getMessage().contains("budget 3 must be in 1..2"));
    String budget = SMALL.replaceFirst("\\{\"kind\": \"path\".*\\}\n",
        "{\"kind\": \"budget\", \"budget\": 9}\n");
    assertTrue(error(budget).getMessage().contains("budget 9 is above the number of arms 3"));
  }

  private static InstanceFormatException error(String text) {
    return assertThrows(InstanceFormatException.class, () -> F.read("bad.json", text));
  }

  private static String write(RmabInstance in) throws IOException {
    StringWriter w = new StringWriter();
    F.write(in, w);
    return w.toString();
  }
}
