package org.allot.solver.cvrp.hgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;

/** The hgs solver's options: the population sizes and an iteration limit. */
class CvrpHgsProviderTest {
  @Test
  void shortSelectsVidalsPopulationForFastRuns() {
    CvrpHgs hgs = (CvrpHgs) new CvrpHgsProvider().create(SolverOptions.of(
        Map.of("population", "short", "iterations", "500")));
    HgsParameters p = hgs.parameters();
    assertEquals(12, p.mu());
    assertEquals(25, p.lambda());
    assertEquals(3, p.elite());
    assertEquals(2, p.close());
    assertEquals(500, p.maxIterations());
  }

  @Test
  void theDefaultsAreHgsCvrps() {
    CvrpHgs hgs = (CvrpHgs) new CvrpHgsProvider().create(SolverOptions.none());
    assertEquals(HgsParameters.defaults(), hgs.parameters());
  }

  @Test
  void anUnknownPopulationIsRefusedWithTheChoices() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new CvrpHgsProvider().create(SolverOptions.of(Map.of("population", "tiny"))));
    assertTrue(x.getMessage().contains("short"), x.getMessage());
  }
}
