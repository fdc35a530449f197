package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.allot.problem.Problems;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Solvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running suites: records judged by the evaluator, failures isolated, resume exact. */
class SuiteRunTest {
  @TempDir
  Path dir;

  private static Map<String, RunRecord> byLabel(List<RunRecord> records) {
    return records.stream().collect(Collectors.toMap(RunRecord::label, Function.identity()));
  }

  @Test
  void everyVerdictComesFromTheEvaluatorAndFailuresStayInTheirRun() throws IOException {
    Bench.copyJobShop(dir, "ft06");
    Path suite = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt'], 'bestKnown':"
        + " {'values': {'ft06': 55}}, 'solvers': ['zz-bench-crash', 'spt', 'zz-bench-broken',"
        + " 'zz-bench-liar'], 'timeLimit': '2s'}");
    Path out = dir.resolve("out");
    Bench b = Bench.allot("bench", suite.toString(), "--out", out.toString(), "--jobs", "2",
        "--no-report");
    assertEquals(1, b.exit(), b.toString());
    assertTrue(b.err().contains("1 run(s) returned an invalid solution and 1 failed"), b.err());
    Map<String, RunRecord> r = byLabel(ResultsFile.read(out));
    assertEquals(4, r.size());

    JobShopInstance ft06 = (JobShopInstance) Problems.read(dir.resolve("ft06.txt")).instance();
    JobShopSchedule spt = Solvers.create(new JobShop(), "spt").solve(ft06, Budget.of(
        java.time.Duration.ofSeconds(2))).best().orElseThrow();
    double sptMakespan = new JobShop().evaluate(ft06, spt).objective();

    RunRecord good = r.get("spt");
    assertEquals(RunRecord.Status.FEASIBLE, good.status());
    assertEquals(Boolean.TRUE, good.valid());
    assertEquals(sptMakespan, good.objective());
    assertEquals((sptMakespan - 55) / 55, good.gap(), 1e-12);
    assertFalse(good.trace().isEmpty());
    assertEquals("6x6", good.group());
    assertEquals("ft06.txt|spt|0|0", good.cell());
    assertEquals(2.0, good.timeLimit());

    RunRecord broken = r.get("zz-bench-broken");
    assertEquals(RunRecord.Status.OPTIMAL, broken.status(), "the solver's claim is kept");
    assertEquals(Boolean.FALSE, broken.valid(), "but the evaluator's verdict decides");
    assertFalse(broken.violations().isEmpty());
    assertTrue(broken.violations().size() <= RunRecord.MAX_VIOLATIONS);
    assertNull(broken.gap(), "an invalid run has no gap");

    RunRecord liar = r.get("zz-bench-liar");
    assertEquals(Boolean.TRUE, liar.valid());
    assertEquals(sptMakespan, liar.objective(), "the evaluator's objective, not the claim");

    RunRecord crash = r.get("zz-bench-crash");
    assertEquals(RunRecord.Status.ERROR, crash.status());
    assertTrue(crash.error().contains("boom on ft06"), crash.error());
    assertNull(crash.valid());
    assertNull(crash.objective());
  }

  @Test
  void resumeAfterAKillRunsOnlyTheMissingCellsWithoutDuplicatesOrTornLines()
      throws Exception {
    Bench.copyJobShop(dir, "ft06");
    Bench.copyJobShop(dir, "ta01");
    Path suite = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt', 'ta01.txt'],"
        + " 'solvers': ['spt', 'mwkr', 'random'], 'seeds': [0, 1]}");
    Path out = dir.resolve("out");
    Suite parsed = SuiteParser.parse(suite);
    List<String> cells = parsed.tasks().stream().map(Task::cell).toList();
    assertEquals(12, cells.size());

    // The first run is killed after 5 finished runs, in the middle of writing the 6th line.
    SuiteRun first = new SuiteRun(parsed, new SuiteRun.Settings(out, 2, false, null, false),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    TaskRunner killed = (tasks, done) -> {
      LocalPool.of(1).run(tasks.subList(0, 5), done);
      throw new InterruptedException("killed");
    };
    assertThrows(InterruptedException.class, () -> first.run(killed));
    Path results = out.resolve(ResultsFile.NAME);
    List<String> before = Files.readAllLines(results);
    assertEquals(5, before.size());
    String torn = before.getFirst().replace(cells.getFirst(), cells.get(5));
    Files.writeString(results, torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);

    Bench refused = Bench.allot("bench", suite.toString(), "--out", out.toString());
    assertEquals(2, refused.exit(), refused.toString());
    assertTrue(refused.err().contains("add --resume to finish it"), refused.err());

    Bench resumed = Bench.allot("bench", suite.toString(), "--out", out.toString(),
        "--resume", "--no-report");
    assertEquals(0, resumed.exit(), resumed.toString());
    assertTrue(resumed.err().contains("dropped 1 torn or repeated line(s)"), resumed.err());
    assertTrue(resumed.err().contains("12 runs, 5 already done, 7 to run"), resumed.err());

    String text = Files.readString(results, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\n"));
    List<String> lines = text.lines().toList();
    assertEquals(12, lines.size());
    assertEquals(before, lines.subList(0, 5), "finished runs are kept as they were");
    List<String> recorded = lines.stream().map(l -> RunRecord.read(l).cell()).sorted().toList();
    assertEquals(cells.stream().sorted().toList(), recorded, "every cell exactly once");

    Bench again = Bench.allot("bench", suite.toString(), "--out", out.toString(), "--resume",
        "--no-report");
    assertTrue(again.err().contains("12 already done, 0 to run"), again.err());
    assertEquals(12, Files.readAllLines(results).size());
  }

  @Test
  void filterSelectsCellsAndTheSuiteCopyIsSaved() throws IOException {
    Bench.copyJobShop(dir, "ft06");
    Bench.copyJobShop(dir, "ta01");
    Path suite = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt', 'ta01.txt'],"
        + " 'solvers': ['spt', 'mwkr']}");
    Path out = dir.resolve("out");
    Bench b = Bench.allot("bench", suite.toString(), "--out", out.toString(), "--filter",
        "^ta01.*\\|mwkr", "--no-report");
    assertEquals(0, b.exit(), b.toString());
    List<RunRecord> records = ResultsFile.read(out);
    assertEquals(1, records.size());
    assertEquals("ta01.txt|mwkr|0|0", records.getFirst().cell());
    assertEquals(Files.readString(suite), Files.readString(out.resolve(SuiteRun.SUITE_COPY)));
    assertNotNull(records.getFirst().machine());
  }

  @Test
  void aRunWithTThreadsTakesTSlots() {
    LocalPool pool = LocalPool.of(2);
    Suite.SolverEntry one = new Suite.SolverEntry("spt", "a", org.allot.solver.SolverOptions
        .none(), java.time.Duration.ofSeconds(1), 1);
    Suite.SolverEntry four = new Suite.SolverEntry("spt", "b", org.allot.solver.SolverOptions
        .none(), java.time.Duration.ofSeconds(1), 4);
    Suite.Entry e = new Suite.Entry(new Problems.Loaded<>(new JobShop(), null,
        new JobShopInstance("x", 1, new int[][] {{0}}, new int[][] {{1}})), "x", "1x1", null);
    assertEquals(1, pool.weight(new Task("s", e, one, 0, 0)));
    assertEquals(2, pool.weight(new Task("s", e, four, 0, 0)), "at most every slot");
  }
}
