package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every violation message of every constraint, and the path "a stay counts as a step" rule. */
class RmabConstraintTest {

  @Test
  void budget() {
    ActionConstraint c = new ActionConstraint.ArmBudget(2);
    assertEquals(List.of(), c.violations(JointAction.of(0, 3), 4));
    assertEquals(List.of("budget: 3 arms acted, at most 2"), c.violations(JointAction.of(0, 1, 2), 4));
    assertEquals(List.of("budget: chosen index 4 is out of range 0..3"),
        c.violations(JointAction.of(4), 4));
    assertEquals(List.of("budget: chosen indices must be sorted and distinct, found 1 after 1 at"
        + " position 1"), c.violations(JointAction.of(1, 1), 4));
    assertEquals(List.of("budget: the witness must be empty, found 1 entries"),
        c.violations(new JointAction(new int[] {1}, new int[] {0}), 4));
    assertArrayEquals(new boolean[] {true, false, false, true}, c.acted(JointAction.of(0, 3), 4));
  }

  @Test
  void interventions() {
    ActionConstraint.Interventions c = new ActionConstraint.Interventions(2,
        new double[][] {{3, 0, 0}, {0, 3, 0}, {0, 3, 3}}, new double[] {1, 1, 1},
        new double[] {1, 1, 1}, new double[] {1, 1, 1});
    assertEquals(List.of(), c.violations(JointAction.of(0, 2), 3));
    assertEquals(List.of("interventions: 1 chosen, exactly 2 required"),
        c.violations(JointAction.of(1), 3));
    assertEquals(List.of("interventions: chosen index 3 is out of range 0..2"),
        c.violations(JointAction.of(0, 3), 3));
    assertArrayEquals(new boolean[] {false, true, true}, c.acted(JointAction.of(1, 2), 3));
    double[] q = c.effect(JointAction.of(1, 2));
    assertEquals(0.01, q[0], 1e-12);
    assertEquals(c.effectOf(1, 6), q[1], 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new ActionConstraint.Interventions(4,
        new double[][] {{1}}, new double[] {1}, new double[] {1}, new double[] {1}));
  }

  /** 0 - 1 - 2 - 3 - 4, source 0, L = 6, B = 2. */
  private static final ActionConstraint.Path CHAIN =
      new ActionConstraint.Path(2, 6, 0, RmabFixtures.chain(5));

  @Test
  void pathAcceptsClosedWalksWithinLSteps() {
    assertEquals(List.of(), CHAIN.violations(walk(new int[] {1, 3}, 0, 1, 2, 3, 2, 1, 0), 5));
    assertEquals(List.of(), CHAIN.violations(walk(new int[] {}, 0), 5));
    assertEquals(List.of(), CHAIN.violations(JointAction.none(), 5));
    assertEquals(List.of(), CHAIN.violations(CHAIN.noAction(), 5));
    assertEquals(List.of(), CHAIN.violations(walk(new int[] {0}, 0, 0, 0), 5));
  }

  /**
   * The flaw of the public MILP: a "ghost" walk that stays at a far node counts it as visited.
   * Here a stay is a step: reaching node 3 and staying there once takes 7 > 6 steps.
   */
  @Test
  void aStayCountsAsAStep() {
    assertEquals(List.of("path: walk of 7 steps, at most 6 (a stay at a node counts as a step)"),
        CHAIN.violations(walk(new int[] {3}, 0, 1, 2, 3, 3, 2, 1, 0), 5));
    assertEquals(List.of("path: walk of 8 steps, at most 6 (a stay at a node counts as a step)",
        "path: step 1 from 0 to 4 is not an edge", "path: step 8 from 4 to 0 is not an edge"),
        CHAIN.violations(walk(new int[] {4}, 0, 4, 4, 4, 4, 4, 4, 4, 0), 5));
    assertEquals(List.of("path: the walk must start and end at source 0, found 4 ... 4"),
        CHAIN.violations(walk(new int[] {4}, 4, 4, 4), 5));
  }

  @Test
  void pathViolations() {
    assertEquals(List.of("path: step 2 from 1 to 3 is not an edge"),
        CHAIN.violations(walk(new int[] {1}, 0, 1, 3, 2, 1, 0), 5));
    assertEquals(List.of("path: arm 4 is acted but not on the walk"),
        CHAIN.violations(walk(new int[] {4}, 0, 1, 0), 5));
    assertEquals(List.of("path: 3 arms acted, at most 2"),
        CHAIN.violations(walk(new int[] {0, 1, 2}, 0, 1, 2, 1, 0), 5));
    assertEquals(List.of("path: no walk given but 1 arms acted"),
        CHAIN.violations(JointAction.of(0), 5));
    assertTrue(CHAIN.violations(walk(new int[] {}, 0, 7, 0), 5)
        .contains("path: walk node 7 at position 1 is out of range 0..4"));
  }

  @Test
  void pathDataIsChecked() {
    assertEquals("disconnected path source: node 2 is unreachable from source 0; add an edge"
        + " that connects it", assertThrows(IllegalArgumentException.class,
            () -> new ActionConstraint.Path(1, 2, 0, new int[][] {{0, 1}}).requireFits(3))
        .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new ActionConstraint.Path(1, 2, 0, new int[][] {{0, 5}}).requireFits(3))
        .getMessage().contains("edge 0 [0, 5] is out of range"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new ActionConstraint.Path(4, 2, 0, new int[][] {{0, 1}}).requireFits(2))
        .getMessage().contains("budget 4 is above the number of arms 2"));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, CHAIN.distances(5));
  }

  /** Arms 0-2; slots 0-2; worker 0 works slots 0, 1; worker 1 slots 1, 2. */
  private static final ActionConstraint.Matching MATCH = new ActionConstraint.Matching(2,
      new boolean[][] {{true, true, false}, {false, true, true}, {true, false, false}},
      new boolean[][] {{true, true, false}, {false, true, true}});

  @Test
  void matching() {
    assertEquals(List.of(), MATCH.violations(visits(new int[] {0}, 0, 0, 0, 0, 0, 1), 3));
    assertEquals(List.of(), MATCH.violations(visits(new int[] {0, 1}, 0, 0, 0, 0, 1, 1, 1, 0, 1,
        1, 1, 2), 3));
    assertEquals(List.of("matching: worker 0 visits twice in slot 1"),
        MATCH.violations(visits(new int[] {0, 1}, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 2), 3));
    assertEquals(List.of("matching: arm 0 is acted with 1 visits, exactly 2 required"),
        MATCH.violations(visits(new int[] {0}, 0, 0, 0), 3));
    assertEquals(List.of("matching: visit 1 goes to arm 2, which is not acted"),
        MATCH.violations(visits(new int[] {0}, 0, 0, 0, 2, 1, 1, 0, 1, 1), 3).subList(0, 1));
    assertEquals(List.of("matching: arm 2 is not available in slot 1"),
        MATCH.violations(visits(new int[] {2}, 2, 0, 0, 2, 1, 1), 3));
    assertEquals(List.of("matching: worker 1 is not available in slot 0"),
        MATCH.violations(visits(new int[] {0}, 0, 0, 1, 0, 1, 0), 3));
    assertEquals(List.of("matching: 3 arms acted, at most 2",
        "matching: arm 0 is acted with 0 visits, exactly 2 required",
        "matching: arm 1 is acted with 0 visits, exactly 2 required",
        "matching: arm 2 is acted with 0 visits, exactly 2 required"),
        MATCH.violations(JointAction.of(0, 1, 2), 3));
    assertEquals(List.of("matching: the witness must be triples (arm, worker, slot), found 2"
        + " entries"), MATCH.violations(visits(new int[] {}, 0, 0), 3));
    assertTrue(MATCH.violations(visits(new int[] {0}, 0, 5, 0, 0, 0, 1), 3).get(0)
        .startsWith("matching: visit 0 (arm 0, worker 5, slot 0) is out of range"));
  }

  @Test
  void capacity() {
    ActionConstraint.Capacity c = new ActionConstraint.Capacity(new int[] {3, 4, 2},
        new int[] {7, 2});
    assertEquals(List.of(), c.violations(new JointAction(new int[] {0, 1, 2},
        new int[] {0, 0, 1}), 3));
    assertEquals(List.of("capacity: worker 0 load 9 > capacity 7"),
        c.violations(new JointAction(new int[] {0, 1, 2}, new int[] {0, 0, 0}), 3));
    assertEquals(List.of("capacity: arm 1 is assigned to worker 2, out of range 0..1"),
        c.violations(new JointAction(new int[] {1}, new int[] {2}), 3));
    assertEquals(List.of("capacity: the witness must give one worker per acted arm (2), found 1"),
        c.violations(new JointAction(new int[] {0, 1}, new int[] {0}), 3));
    assertEquals(2, c.budget());
  }

  private static JointAction walk(int[] chosen, int... nodes) {
    return new JointAction(chosen, nodes);
  }

  private static JointAction visits(int[] chosen, int... triples) {
    return new JointAction(chosen, triples);
  }
}
