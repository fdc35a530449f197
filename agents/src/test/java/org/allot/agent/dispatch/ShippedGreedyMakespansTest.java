package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.jobshop.TaillardGenerator;
import org.junit.jupiter.api.Test;

/**
 * The shipped dispatch model's greedy makespans on Taillard's ta01-ta80 are the ones recorded
 * before the agent platform was split out of {@code dispatch} (commit 08f285d): moving the
 * network onto the shared layers, the training onto the shared loop and the code into two
 * modules changed no schedule.
 */
class ShippedGreedyMakespansTest {
  @Test
  void greedyMakespansOnTaillardAreUnchanged() throws IOException {
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream("/dispatch/shipped-greedy-makespans.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    DispatchPolicy policy = DispatchPolicy.greedy(DispatchModel.shipped());
    List<String> actual = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      String name = String.format("ta%02d", i);
      actual.add(name + " " + Episode.play(TaillardGenerator.benchmark(name), policy,
          new SplittableRandom(0)).makespan());
    }
    assertEquals(expected, actual);
  }
}
