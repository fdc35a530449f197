package org.allot.solver.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-instance makespans of the non-delay rules (ties to the lowest job index) recomputed
 * in ../shared/research/jobshop.md section 4: exact oracles.
 */
class NonDelayDispatcherTest {
  static final List<PriorityRule> ORDER = List.of(PriorityRule.SPT, PriorityRule.LPT,
      PriorityRule.MWKR, PriorityRule.LWKR, PriorityRule.MOPNR, PriorityRule.FDD_MWKR,
      PriorityRule.FIFO);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ft06, 88, 77, 61, 83, 59, 67, 65",
    "ft10, 1074, 1295, 1108, 1334, 1163, 1097, 1184",
    "la01, 751, 822, 735, 933, 763, 747, 772",
    "ta01, 1462, 1701, 1491, 1710, 1438, 1433, 1486",
    "ta41, 2499, 2925, 2620, 3118, 2538, 2537, 2543",
    "ta71, 6232, 7038, 6036, 7118, 5938, 5852, 6270",
  })
  void reproducesThePublishedMakespans(String name, int spt, int lpt, int mwkr, int lwkr,
      int mopnr, int fdd, int fifo) throws IOException {
    JobShopInstance instance = load(name);
    int[] expected = {spt, lpt, mwkr, lwkr, mopnr, fdd, fifo};
    for (int k = 0; k < ORDER.size(); k++) {
      JobShopSchedule s = NonDelayDispatcher.dispatch(instance, ORDER.get(k), 0);
      assertEquals(expected[k], JobShop.makespanOf(instance, s), name + " " + ORDER.get(k));
    }
  }

  static JobShopInstance load(String name) throws IOException {
    if (name.startsWith("ta")) {
      return TaillardGenerator.benchmark(name);
    }
    Path shared = Path.of("../../shared/instances/jssp", name + ".txt");
    Path bundled = Path.of("../instances/jobshop", name + ".txt");
    if (Files.exists(bundled)) {
      return StandardFormat.INSTANCE.read(bundled);
    }
    assumeTrue(Files.exists(shared), "../shared is absent: skipping " + name);
    return StandardFormat.INSTANCE.read(shared);
  }

  @org.junit.jupiter.api.Test
  void randomRuleIsSeededAndVaries() {
    JobShopInstance ta01 = TaillardGenerator.benchmark("ta01");
    JobShopSchedule a = NonDelayDispatcher.dispatch(ta01, PriorityRule.RANDOM, 7);
    JobShopSchedule b = NonDelayDispatcher.dispatch(ta01, PriorityRule.RANDOM, 7);
    JobShopSchedule c = NonDelayDispatcher.dispatch(ta01, PriorityRule.RANDOM, 8);
    assertEquals(a, b, "same seed, same schedule");
    org.junit.jupiter.api.Assertions.assertNotEquals(a, c, "another seed, another schedule");
  }
}
