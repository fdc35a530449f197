package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.Violation;
import org.junit.jupiter.api.Test;

/**
 * The job-shop evaluator: every violation kind is named and located, zero-length operations
 * never overlap, and the objective is the makespan.
 */
class EvaluatorTest {
  private final JobShop jobShop = new JobShop();
  // Job 0: (m0, 3) (m1, 2); job 1: (m1, 4) (m0, 1). Feasible: {{0, 4}, {0, 4}}, makespan 6.
  private final JobShopInstance tiny = JobShopFixtures.tiny();
  private final int[][] good = {{0, 4}, {0, 4}};

  @Test
  void aFeasibleScheduleEvaluatesToItsMakespan() {
    Evaluation e = jobShop.evaluate(tiny, new JobShopSchedule(good));
    assertInstanceOf(Evaluation.Feasible.class, e);
    assertEquals(6.0, e.objective());
    assertEquals(List.of(), e.violations());
    assertEquals(6, JobShop.makespanOf(tiny, new JobShopSchedule(good)));
    assertEquals(6, new JobShopSchedule(good).makespan(tiny));
  }

  @Test
  void theObjectiveIsTheLatestEndNotTheLatestStart() {
    Evaluation e = jobShop.evaluate(tiny, new JobShopSchedule(new int[][] {{0, 10}, {0, 4}}));
    assertTrue(e.feasible());
    assertEquals(12.0, e.objective());
  }

  @Test
  void theEndMatrixIsAcceptedWhenItMatchesTheDurations() {
    assertTrue(jobShop.evaluate(tiny, new JobShopSchedule(good, new int[][] {{3, 6}, {4, 5}}))
        .feasible());
  }

  @Test
  void jobCountNamesBothCounts() {
    Violation v = only(new JobShopSchedule(new int[][] {{0, 4}}));
    assertEquals("job-count", v.constraint());
    assertEquals("schedule has 1 jobs, instance 2", v.where());
    assertEquals(1.0, v.amount());
  }

  @Test
  void missingOperationNamesTheJob() {
    Violation v = only(new JobShopSchedule(new int[][] {{0, 4}, {0}}));
    assertEquals("missing-operation", v.constraint());
    assertEquals("job 1 has 1 of 2 operations", v.where());
    assertEquals(1.0, v.amount());
  }

  @Test
  void extraOperationNamesTheJob() {
    Violation v = only(new JobShopSchedule(new int[][] {{0, 4, 9}, {0, 4}}));
    assertEquals("extra-operation", v.constraint());
    assertEquals("job 0 has 3 operations, the instance 2", v.where());
    assertEquals(1.0, v.amount());
  }

  @Test
  void negativeStartNamesTheOperation() {
    // Everything shifted by -1: still ordered, but job 0 and job 1 start at -1.
    List<Violation> vs = violations(new JobShopSchedule(new int[][] {{-1, 3}, {-1, 3}}));
    assertEquals(List.of(new Violation("negative-start", "job 0, op 0", 1),
        new Violation("negative-start", "job 1, op 0", 1)), vs);
  }

  @Test
  void wrongDurationNamesTheOperationAndBothEnds() {
    Violation v = only(new JobShopSchedule(good, new int[][] {{3, 6}, {4, 7}}));
    assertEquals("wrong-duration", v.constraint());
    assertEquals("job 1, op 1 ends at 7, expected 5", v.where());
    assertEquals(2.0, v.amount());
  }

  @Test
  void precedenceNamesBothOperationsAndTimes() {
    // Job 0's second operation starts at 2, before its first ends at 3; job 1 runs later.
    Violation v = only(new JobShopSchedule(new int[][] {{0, 2}, {4, 8}}));
    assertEquals("precedence", v.constraint());
    assertEquals("job 0, op 1 starts at 2 before op 0 ends at 3", v.where());
    assertEquals(1.0, v.amount());
  }

  @Test
  void machineOverlapNamesTheMachineJobsOperationsAndIntervals() {
    Violation v = only(new JobShopSchedule(new int[][] {{0, 4}, {2, 6}}));
    assertEquals("machine-overlap", v.constraint());
    assertEquals("machine 1: job 1, op 0 [2, 6) and job 0, op 1 [4, 6)", v.where());
    assertEquals(2.0, v.amount());
  }

  @Test
  void touchingIntervalsDoNotOverlap() {
    // m0 runs job 0 over [0, 3) and job 1's last op over [3, 4): touching is allowed.
    JobShopInstance i = new JobShopInstance("touch", 2, new int[][] {{0, 1}, {1, 0}},
        new int[][] {{3, 2}, {3, 1}});
    assertTrue(jobShop.evaluate(i, new JobShopSchedule(new int[][] {{0, 3}, {0, 3}})).feasible());
  }

  @Test
  void zeroLengthOperationsNeverOverlap() {
    // Job 1's only operation is zero-length on m0, placed inside job 0's [0, 10) and at its ends.
    JobShopInstance i = new JobShopInstance("zero", 1, new int[][] {{0}, {0}, {0}},
        new int[][] {{10}, {0}, {0}});
    for (int t : new int[] {0, 3, 9, 10}) {
      Evaluation e = jobShop.evaluate(i, new JobShopSchedule(new int[][] {{0}, {t}, {t}}));
      assertTrue(e.feasible(), "zero-length at " + t + ": " + e.violations());
      assertEquals(10.0, e.objective());
    }
  }

  @Test
  void aZeroLengthOperationDoesNotHideALaterOverlap() {
    // m0: job 0 [0, 10), job 1 zero-length at 2, job 2 [5, 7): job 2 still overlaps job 0.
    JobShopInstance i = new JobShopInstance("hide", 1, new int[][] {{0}, {0}, {0}},
        new int[][] {{10}, {0}, {2}});
    Violation v = only(i, new JobShopSchedule(new int[][] {{0}, {2}, {5}}));
    assertEquals("machine 0: job 0, op 0 [0, 10) and job 2, op 0 [5, 7)", v.where());
  }

  @Test
  void everyOverlapWithALongOperationIsReported() {
    // m0: job 0 [0, 10) contains both job 1 [2, 4) and job 2 [6, 8).
    JobShopInstance i = new JobShopInstance("nest", 1, new int[][] {{0}, {0}, {0}},
        new int[][] {{10}, {2}, {2}});
    List<Violation> vs = jobShop.evaluate(i, new JobShopSchedule(new int[][] {{0}, {2}, {6}}))
        .violations();
    assertEquals(2, vs.size(), vs.toString());
    assertTrue(vs.stream().allMatch(v -> v.constraint().equals("machine-overlap")));
  }

  @Test
  void hugeStartsDoNotWrapAround() {
    // Both operations on m0 start near Integer.MAX_VALUE; their ends exceed the int range.
    JobShopInstance i = new JobShopInstance("huge", 1, new int[][] {{0}, {0}},
        new int[][] {{10}, {10}});
    int s = Integer.MAX_VALUE - 5;
    Evaluation e = jobShop.evaluate(i, new JobShopSchedule(new int[][] {{s}, {s + 1}}));
    assertEquals(List.of("machine-overlap"),
        e.violations().stream().map(Violation::constraint).toList(), e.toString());
    assertEquals((double) s + 11, e.objective());
  }

  @Test
  void anInfeasibleScheduleStillGetsItsMakespanAndEveryViolation() {
    Evaluation e = jobShop.evaluate(tiny, new JobShopSchedule(new int[][] {{-2, 0}, {0, 1}}));
    assertInstanceOf(Evaluation.Infeasible.class, e);
    assertEquals(4.0, e.objective());
    assertEquals(List.of("negative-start", "precedence", "precedence", "machine-overlap"),
        e.violations().stream().map(Violation::constraint).toList(), e.violations().toString());
  }

  @Test
  void makespanOfRefusesAnInfeasibleScheduleNamingTheViolation() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> JobShop.makespanOf(tiny, new JobShopSchedule(new int[][] {{0, 2}, {4, 8}})));
    assertEquals("infeasible schedule: precedence at job 0, op 1 starts at 2 before op 0 ends"
        + " at 3 (by 1)", x.getMessage());
  }

  @Test
  void violationsReadWell() {
    assertEquals("machine-overlap at machine 1: job 1, op 0 [2, 6) and job 0, op 1 [4, 6) (by 2)",
        only(new JobShopSchedule(new int[][] {{0, 4}, {2, 6}})).toString());
  }

  private Violation only(JobShopSchedule schedule) {
    return only(tiny, schedule);
  }

  private Violation only(JobShopInstance instance, JobShopSchedule schedule) {
    Evaluation e = jobShop.evaluate(instance, schedule);
    assertEquals(1, e.violations().size(), e.violations().toString());
    return e.violations().getFirst();
  }

  private List<Violation> violations(JobShopSchedule schedule) {
    return jobShop.evaluate(tiny, schedule).violations();
  }
}
