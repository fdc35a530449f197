package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointsTest {
  @Test
  void aListParsesAndPrintsBack() {
    Checkpoints c = Checkpoints.parse("500ms,1s,2.5,10s");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(10)), c.times());
    assertEquals("500ms,1s,2.5s,10s", c.toString());
    assertEquals(c, Checkpoints.parse(c.toString()));
  }

  @Test
  void timesMustBePositiveAndIncreasing() {
    String same = assertThrows(IllegalArgumentException.class,
        () -> Checkpoints.parse("1s,2s,2s")).getMessage();
    assertTrue(same.startsWith("2s (item 3) does not come after 2s; list the times in"
        + " increasing order"), same);
    String zero = assertThrows(IllegalArgumentException.class,
        () -> new Checkpoints(List.of(Duration.ZERO))).getMessage();
    assertTrue(zero.startsWith("0ms (item 1) is not positive"), zero);
    String bad = assertThrows(IllegalArgumentException.class,
        () -> Checkpoints.parse("1s,,2s")).getMessage();
    assertTrue(bad.startsWith("item 2: '' is not a time limit"), bad);
  }

  @Test
  void noCheckpointComesAfterTheLargestTimeLimit() {
    Checkpoints c = Checkpoints.parse("1s,10s");
    assertEquals(c, c.within(Duration.ofSeconds(10)));
    String m = assertThrows(IllegalArgumentException.class,
        () -> c.within(Duration.ofSeconds(5))).getMessage();
    assertTrue(m.startsWith("10s is after the largest time limit, 5s"), m);
  }
}
