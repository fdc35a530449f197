package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.cli.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suite files: what a good one resolves to, and that every bad one fails before any run. */
class SuiteParserTest {
  @TempDir
  Path dir;

  @BeforeEach
  void instances() throws IOException {
    Bench.copyJobShop(dir, "ft06");
    Bench.copyJobShop(dir, "ta01");
    Bench.copyJobShop(dir, "ta11");
  }

  private String error(String json) throws IOException {
    Path file = Bench.suite(dir, "bad.json", json);
    UserError e = assertThrows(UserError.class, () -> SuiteParser.parse(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e.getMessage();
  }

  /** A ./ or ../ option value is a file next to the suite, whatever the working directory. */
  @Test
  void optionPathsAreRelativeToTheSuiteFile() throws IOException {
    Path weights = dir.resolve("models/w.bin");
    Files.createDirectories(weights.getParent());
    org.allot.agent.dispatch.DispatchNetwork.initial(new java.util.SplittableRandom(1), false)
        .write(weights);
    Path file = Bench.suite(dir, "w.json", "{'instances': ['ft06.txt'], 'solvers': [{'id':"
        + " 'dispatch', 'options': {'weights': './models/w.bin'}}, {'id': 'spt'}]}");
    Suite s = SuiteParser.parse(file);
    assertEquals(weights.toAbsolutePath().normalize().toString(),
        s.solvers().getFirst().options().string("weights", ""));
  }

  @Test
  void resolvesGlobsGroupsBestKnownAndLabels() throws IOException {
    Files.writeString(dir.resolve("bks.csv"), "instance,value\nta01,1231\nta11,1357\n");
    Path file = Bench.suite(dir, "s.json", "{'instances': ['ta*.txt', 'ft06.txt'],"
        + " 'bestKnown': {'file': 'bks.csv', 'values': {'ft06': 55}},"
        + " 'solvers': ['spt', {'id': 'cpsat', 'timeLimit': 2, 'threads': 2}],"
        + " 'seeds': [1, 2], 'repetitions': 2}");
    Suite s = SuiteParser.parse(file);
    assertEquals("s", s.name());
    assertEquals(List.of("ta01", "ta11", "ft06"), s.instances().stream()
        .map(Suite.Entry::name).toList());
    assertEquals(List.of("15x15", "20x15", "6x6"), s.instances().stream()
        .map(Suite.Entry::group).toList());
    assertEquals(List.of(1231.0, 1357.0, 55.0), s.instances().stream()
        .map(Suite.Entry::bestKnown).toList());
    assertEquals(2, s.solvers().get(1).threads());
    assertEquals(2000, s.solvers().get(1).timeLimit().toMillis());
    assertEquals(10_000, s.solvers().get(0).timeLimit().toMillis());
    assertEquals(3 * 2 * 2 * 2, s.tasks().size());
    assertEquals("ta01.txt|spt|1|0", s.tasks().getFirst().cell());
    assertEquals(s.tasks().size(), s.tasks().stream().map(Task::cell).distinct().count());
  }

  @Test
  void jsplibBoundsFileAndItsJsSuffixAndRegexGroups() throws IOException {
    Files.writeString(dir.resolve("bks.json"), "[{\"instance\": \"ta01js\", \"upper_bound\":"
        + " 1231, \"lower_bound\": 1231}, {\"instance\": \"ft06\", \"upper_bound\": 55}]");
    Path file = Bench.suite(dir, "s.json", "{'instances': ['ta01.txt', 'ft06.txt', 'ta11.txt'],"
        + " 'bestKnown': {'file': 'bks.json', 'column': 'upper_bound'},"
        + " 'groups': {'regex': '^([a-z]+)'}, 'solvers': ['spt']}");
    Suite s = SuiteParser.parse(file);
    assertEquals(1231.0, s.instances().get(0).bestKnown());
    assertEquals(55.0, s.instances().get(1).bestKnown());
    assertNull(s.instances().get(2).bestKnown());
    assertEquals(List.of("ta", "ft", "ta"), s.instances().stream().map(Suite.Entry::group)
        .toList());
    Path optional = Bench.suite(dir, "o.json", "{'instances': ['ft06.txt'], 'bestKnown':"
        + " {'file': 'absent.csv', 'optional': true}, 'solvers': ['spt']}");
    assertNull(SuiteParser.parse(optional).instances().getFirst().bestKnown());
  }

  @Test
  void optionalDataThatIsAbsentIsSkippedAndCounted() throws IOException {
    Path file = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt',"
        + " {'glob': '../no-such-dir/*.txt', 'optional': true},"
        + " {'path': 'absent.txt', 'optional': true}], 'solvers': ['spt']}");
    Suite s = SuiteParser.parse(file);
    assertEquals(1, s.instances().size());
    assertEquals(2, s.skipped().size());
  }

  @Test
  void generatorParamsAndSpecTextGiveTheSameInstances() throws IOException {
    Path file = Bench.suite(dir, "s.json", "{'instances': [{'generate': 'jobshop', 'params':"
        + " {'jobs': 4, 'machines': 3, 'seed': 7}}, {'generate': 'jobshop:jobs=4,machines=3,"
        + "seed=8'}, {'generate': 'jobshop', 'args': ['--jobs', 4, '--machines', 3, '--seed',"
        + " 7]}], 'solvers': ['spt'], 'groups': 'all'}");
    Suite s = SuiteParser.parse(file);
    assertEquals(List.of("jobshop:jobs=4,machines=3,seed=7", "jobshop:jobs=4,machines=3,seed=8",
        "generate jobshop --jobs 4 --machines 3 --seed 7"),
        s.instances().stream().map(Suite.Entry::file).toList());
    assertEquals(s.instances().get(0).loaded().instance(), s.instances().get(2).loaded()
        .instance());
    assertEquals("rand-4x3-s7", s.instances().get(0).loaded().instance().name());
  }

  @Test
  void aSpecWithACountGivesOneEntryPerInstance() throws IOException {
    Path file = Bench.suite(dir, "s.json", "{'problem': 'coverage', 'instances': [{'generate':"
        + " 'coverage', 'params': {'variant': 'rooms', 'seed': 101, 'count': 3}}],"
        + " 'solvers': ['greedy']}");
    Suite s = SuiteParser.parse(file);
    assertEquals(List.of("coverage:variant=rooms,seed=101,count=3#rooms-101",
        "coverage:variant=rooms,seed=101,count=3#rooms-102",
        "coverage:variant=rooms,seed=101,count=3#rooms-103"),
        s.instances().stream().map(Suite.Entry::file).toList());
  }

  @Test
  void badGeneratorSpecsNameTheKeyTheParameterAndTheValidOnes() throws IOException {
    String unknown = error("{'instances': [{'generate': 'coverage', 'params': {'variants':"
        + " 'rooms'}}], 'solvers': ['greedy']}");
    assertTrue(unknown.contains("instances[0]: coverage:variants=rooms: variants is not a"
        + " parameter of coverage; its parameters: variant, seed, count"), unknown);
    String value = error("{'instances': [{'generate': 'coverage:variant=caves'}],"
        + " 'solvers': ['greedy']}");
    assertTrue(value.contains("instances[0]: coverage:variant=caves: variant 'caves':"
        + " expected nests, items or rooms"), value);
    String both = error("{'instances': [{'generate': 'coverage', 'params': {}, 'args': []}],"
        + " 'solvers': ['greedy']}");
    assertTrue(both.contains("instances[0]: give \"params\" or \"args\", not both"), both);
    String family = error("{'instances': [{'generate': 'tsp', 'params': {}}],"
        + " 'solvers': ['greedy']}");
    assertTrue(family.contains("no generator family 'tsp'; families with generators:"), family);
  }

  @Test
  void argsFormSpecsKeepTheirCommandAsTheirLabel() throws IOException {
    Path file = Bench.suite(dir, "s.json", "{'instances': [{'generate': 'jobshop', 'args':"
        + " ['--jobs', 4, '--machines', 3, '--seed', 7]}], 'solvers': ['spt'],"
        + " 'groups': 'all'}");
    Suite s = SuiteParser.parse(file);
    assertEquals(1, s.instances().size());
    assertEquals("generate jobshop --jobs 4 --machines 3 --seed 7",
        s.instances().getFirst().file());
    assertEquals("all", s.instances().getFirst().group());
    assertNull(s.instances().getFirst().bestKnown());
  }

  @Test
  void unknownSolverNamesTheKeyAndTheKnownSolvers() throws IOException {
    String m = error("{'instances': ['ft06.txt'], 'solvers': ['spt', {'id': 'sptt'}]}");
    assertTrue(m.contains("solvers[1].id: unknown solver 'sptt' for jobshop; known solvers:"),
        m);
  }

  @Test
  void unknownOptionNamesTheSolverAndItsOptions() throws IOException {
    String m = error("{'instances': ['ft06.txt'], 'solvers': [{'id': 'spt', 'options':"
        + " {'depth': 3}}]}");
    assertTrue(m.contains("solvers[0].options: solver spt has no option 'depth'"), m);
  }

  @Test
  void missingInstanceNamesThePathAndWhereItLooked() throws IOException {
    String m = error("{'instances': ['ft06.txt', 'ta99.txt'], 'solvers': ['spt']}");
    assertTrue(m.contains("instances[1]: 'ta99.txt' is not a file"), m);
    String g = error("{'instances': ['zz*.txt'], 'solvers': ['spt']}");
    assertTrue(g.contains("instances[0]: 'zz*.txt' matches no file"), g);
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws IOException {
    String m = error("{'instances': ['ft06.txt'],\n 'solvers': ['spt',]\n}");
    assertTrue(m.matches("(?s).*bad\\.json:2:\\d+: malformed JSON.*"), m);
  }

  @Test
  void unknownKeySuggestsTheNearestKnownOne() throws IOException {
    String m = error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'timelimit': '1s'}");
    assertTrue(m.contains("timelimit: unknown key; did you mean 'timeLimit'?"), m);
    String s = error("{'instances': ['ft06.txt'], 'solvers': [{'id': 'spt', 'thread': 2}]}");
    assertTrue(s.contains("solvers[0].thread: unknown key; did you mean 'threads'?"), s);
  }

  @Test
  void badValuesNameTheirKey() throws IOException {
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': [{'id': 'spt', 'timeLimit':"
        + " '10x'}]}").contains("solvers[0].timeLimit: '10x' is not a time limit"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'timeLimit': 0}")
        .contains("timeLimit: '0' is not a usable time limit"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'threads': 0}")
        .contains("threads: 0 is out of range"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt', 'spt']}")
        .contains("solvers[1].label: label 'spt' is used by an earlier entry"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'seeds': [1, 1]}")
        .contains("seeds[1]: seed 1 is given twice"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'problem': 'cvrp'}")
        .contains("ft06.txt is a jobshop instance, but the suite is for cvrp"));
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'bestKnown':"
        + " {'file': 'none.csv'}}").contains("bestKnown.file: 'none.csv' is not a file"));
    assertTrue(error("{'instances': [], 'solvers': ['spt']}").contains("instances: expected a"
        + " non-empty array"));
  }

  @Test
  void checkpointsAreTimesWithinTheLargestTimeLimit() throws IOException {
    Path file = Bench.suite(dir, "c.json", "{'instances': ['ft06.txt'], 'solvers': ['spt',"
        + " {'id': 'cpsat', 'timeLimit': '10s'}], 'timeLimit': '1s',"
        + " 'checkpoints': ['1s', 2, '5s', '10s']}");
    assertEquals("1s,2s,5s,10s", SuiteParser.parse(file).checkpoints().toString());
    Path none = Bench.suite(dir, "n.json", "{'instances': ['ft06.txt'], 'solvers': ['spt']}");
    assertTrue(SuiteParser.parse(none).checkpoints().isEmpty());
  }

  @Test
  void badCheckpointsNameTheKey() throws IOException {
    String suite = "{'instances': ['ft06.txt'], 'solvers': ['spt'], 'timeLimit': '10s',"
        + " 'checkpoints': %s}";
    assertTrue(error(suite.formatted("['1s', '20s']")).contains("checkpoints: 20s is after the"
        + " largest time limit, 10s"));
    assertTrue(error(suite.formatted("['2s', '1s']")).contains("checkpoints: 1s (item 2) does"
        + " not come after 2s"));
    assertTrue(error(suite.formatted("['1s', '0s']")).contains("checkpoints[1]: '0s' is not a"
        + " usable time limit"));
    assertTrue(error(suite.formatted("[]")).contains("checkpoints: expected a non-empty array"));
    assertTrue(error(suite.formatted("'1s'")).contains("checkpoints: expected a non-empty"
        + " array"));
  }

  @Test
  void bestSeenIsABooleanOfBestKnown() throws IOException {
    Path file = Bench.suite(dir, "b.json", "{'instances': ['ft06.txt'], 'solvers': ['spt'],"
        + " 'bestKnown': {'bestSeen': true, 'values': {'ft06': 55}}}");
    assertEquals(55.0, SuiteParser.parse(file).instances().getFirst().bestKnown());
    assertTrue(error("{'instances': ['ft06.txt'], 'solvers': ['spt'], 'bestKnown':"
        + " {'bestSeen': 'yes'}}").contains("bestKnown.bestSeen: expected true or false"));
  }

  @Test
  void badSuiteFailsInTheCommandBeforeAnyRunWithExitTwo() throws IOException {
    Path file = Bench.suite(dir, "bad.json", "{'instances': ['ft06.txt'], 'solvers':"
        + " [{'id': 'nope'}]}");
    Path out = dir.resolve("results");
    Bench b = Bench.allot("bench", file.toString(), "--out", out.toString());
    assertEquals(2, b.exit(), b.toString());
    assertTrue(b.err().contains(file + ": solvers[0].id: unknown solver 'nope'"), b.toString());
    assertFalse(Files.exists(out), "nothing may be written for a bad suite");
  }

  @Test
  void naturalOrderComparesDigitRunsAsNumbers() {
    List<String> names = new java.util.ArrayList<>(List.of("ta10", "ta2", "X-n1001-k43",
        "X-n101-k25", "ta01"));
    names.sort(NaturalOrder.INSTANCE);
    assertEquals(List.of("X-n101-k25", "X-n1001-k43", "ta01", "ta2", "ta10"), names);
  }
}
