package org.allot.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SolverOptionsTest {
  @Test
  void parsesNameValueWordsInOrder() {
    SolverOptions o = SolverOptions.parse(List.of("depth=3", "mode = fast", "empty="));
    assertEquals(Map.of("depth", "3", "mode", "fast", "empty", ""), o.values());
    assertEquals("depth=3 mode=fast empty=", o.toString());
    assertEquals(o, SolverOptions.parse(List.of(o.toString().split(" "))));
  }

  @Test
  void refusesMalformedAndRepeatedWords() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SolverOptions.parse(List.of("depth"))).getMessage().contains("name=value"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SolverOptions.parse(List.of("=3"))).getMessage().contains("name=value"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SolverOptions.parse(List.of("a=1", "a=2"))).getMessage().contains("twice"));
  }

  @Test
  void typedGettersCheckRangesAndNameTheOption() {
    SolverOptions o = SolverOptions.parse(List.of("depth=3", "rate=0.5", "mode=x", "bad=q"));
    assertEquals(3, o.integer("depth", 1, 1, 5));
    assertEquals(7, o.integer("missing", 7, 1, 10));
    assertEquals(0.5, o.number("rate", 1, 0, 1));
    assertEquals("x", o.choice("mode", "y", List.of("x", "y")));
    assertEquals("depth=3 is out of range; expected an integer in [4, 5]",
        assertThrows(IllegalArgumentException.class, () -> o.integer("depth", 4, 4, 5))
            .getMessage().substring("solver option ".length()));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> o.integer("bad", 1, 0, 9))
        .getMessage().contains("bad=q is not an integer"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> o.number("rate", 1, 0.6, 1))
        .getMessage().contains("rate=0.5 is out of range"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> o.choice("mode", "y", List.of("y", "z"))).getMessage().contains("one of y, z"));
  }

  @Test
  void requireKnownListsTheKnownOptions() {
    SolverOptions o = SolverOptions.parse(List.of("depht=3"));
    assertEquals("solver lookahead has no option 'depht'; its options: depth, width",
        assertThrows(IllegalArgumentException.class,
            () -> o.requireKnown("lookahead", Set.of("width", "depth"))).getMessage());
    assertEquals("solver cpsat has no option 'depht'; it takes no options",
        assertThrows(IllegalArgumentException.class,
            () -> o.requireKnown("cpsat", Set.of())).getMessage());
    SolverOptions.none().requireKnown("cpsat", Set.of());
    assertEquals("solver lookahead has no option 'depht'; its options: depth",
        assertThrows(IllegalArgumentException.class, () -> o.requireDeclared("lookahead",
            List.of(new SolverOptions.Declared("depth", "3", "moves")))).getMessage());
  }
}
