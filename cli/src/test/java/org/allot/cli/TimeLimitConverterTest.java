package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class TimeLimitConverterTest {
  @Test
  void units() {
    assertEquals(Duration.ofMillis(500), TimeLimitConverter.parse("500ms"));
    assertEquals(Duration.ofSeconds(10), TimeLimitConverter.parse("10s"));
    assertEquals(Duration.ofMinutes(2), TimeLimitConverter.parse("2m"));
    assertEquals(Duration.ofHours(1), TimeLimitConverter.parse("1h"));
    assertEquals(Duration.ofSeconds(7), TimeLimitConverter.parse("7"));
    assertEquals(Duration.ofMillis(2500), TimeLimitConverter.parse("2.5"));
  }

  @Test
  void rejects() {
    for (String bad : new String[] {"", "x", "10x", "-1s", "0", "0ms", "1e3", "10 seconds"}) {
      assertThrows(TypeConversionException.class, () -> TimeLimitConverter.parse(bad), bad);
    }
  }

  @Test
  void formats() {
    assertEquals("500ms", TimeLimitConverter.format(Duration.ofMillis(500)));
    assertEquals("10s", TimeLimitConverter.format(Duration.ofSeconds(10)));
    assertEquals("2.5s", TimeLimitConverter.format(Duration.ofMillis(2500)));
    assertEquals("2m", TimeLimitConverter.format(Duration.ofMinutes(2)));
    assertEquals("1h", TimeLimitConverter.format(Duration.ofHours(1)));
  }

  @Test
  void solverGetsTheLimitLessStartUpAndReserve() {
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    SolveOptions o = new SolveOptions(Optional.empty(), Duration.ofSeconds(1), start, 0, 1,
        Optional.empty(), Optional.empty());
    assertEquals(Duration.ofMillis(650), o.solverTime(start.plusMillis(300)));
    assertEquals(Duration.ofMillis(1), o.solverTime(start.plusSeconds(5)), "never below 1 ms");
    SolveOptions ten = new SolveOptions(Optional.empty(), Duration.ofSeconds(10), start, 0, 1,
        Optional.empty(), Optional.empty());
    assertEquals(Duration.ofMillis(9800), ten.solverTime(start), "reserve capped at 200 ms");
  }
}
