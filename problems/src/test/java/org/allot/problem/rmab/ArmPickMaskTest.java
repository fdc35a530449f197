package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The masks of {@link ArmPickEnvironment} against the constraint checker, by enumeration on
 * small cases. Brute force lists the feasible joint actions (every choice, with every witness
 * the checker accepts); then every sequence of allowed picks of a step is followed. The joint
 * actions that "done" can apply are exactly the feasible ones (for capacity with their worker
 * assignment). For every family but path the mask is exact at every state: a pick is allowed
 * exactly when the picks with it still extend to a feasible joint action, and "done" exactly
 * when they are one. For path (picks in visiting order, see the class Javadoc) an allowed pick
 * always extends to a feasible set.
 */
class ArmPickMaskTest {
  @Test
  void budgetMasksAreExact() {
    check(PickCases.budget(), true);
  }

  @Test
  void interventionMasksAreExact() {
    check(PickCases.interventions(), true);
  }

  @Test
  void matchingMasksAreExact() {
    check(PickCases.matching(), true);
  }

  @Test
  void capacityMasksAreExact() {
    check(PickCases.capacity(), true);
  }

  @Test
  void pathPicksReachExactlyTheFeasibleSets() {
    check(PickCases.path(), false);
  }

  /** Keys of the feasible joint actions: the chosen set (capacity: arm to worker), by brute force. */
  private static void check(RmabInstance instance, boolean exact) {
    List<Map<Integer, Integer>> feasible = feasible(instance);
    List<Map<Integer, Integer>> reached = new ArrayList<>();
    ArmPickEnvironment env = new ArmPickEnvironment(instance);
    env.reset(0);
    walk(env, feasible, exact, reached);
    assertEquals(new java.util.HashSet<>(feasible), new java.util.HashSet<>(reached),
        instance.name());
    assertTrue(feasible.size() > 1, "a case with choices");
  }

  private static void walk(ArmPickEnvironment env, List<Map<Integer, Integer>> feasible,
      boolean exact, List<Map<Integer, Integer>> reached) {
    RmabInstance instance = env.instance();
    boolean[] mask = new boolean[env.actionCount()];
    env.actionMask(mask);
    JointAction now = env.pending();
    boolean done = mask[env.doneAction()];
    assertEquals(instance.constraint().feasible(now, instance.arms()), done, "done at " + now);
    assertEquals(feasible.contains(key(instance, now)), done, "done at " + now);
    if (done) {
      reached.add(key(instance, now));
    }
    for (int a = 0; a < env.doneAction(); a++) {
      Map<Integer, Integer> with = plus(instance, key(instance, now), a);
      boolean extendable = with != null && feasible.stream().anyMatch(
          f -> f.entrySet().containsAll(with.entrySet()));
      if (exact || mask[a]) {
        int pick = a;
        assertEquals(extendable, mask[a], () -> "pick " + pick + " at " + now);
      }
      if (mask[a]) {
        ArmPickEnvironment next = env.copy();
        next.step(a);
        walk(next, feasible, exact, reached);
      }
    }
  }

  /** A joint action as choice to worker (capacity) or choice to 0 (the others). */
  private static Map<Integer, Integer> key(RmabInstance instance, JointAction a) {
    boolean capacity = instance.constraint() instanceof ActionConstraint.Capacity;
    Map<Integer, Integer> key = new HashMap<>();
    for (int k = 0; k < a.size(); k++) {
      key.put(a.chosenAt(k), capacity ? a.witnessAt(k) : 0);
    }
    return key;
  }

  /** {@code key} with pick {@code a} added, or null when it picks a choice already made. */
  private static Map<Integer, Integer> plus(RmabInstance instance, Map<Integer, Integer> key,
      int a) {
    int choice = a;
    int worker = 0;
    if (instance.constraint() instanceof ActionConstraint.Capacity c) {
      choice = a / c.workers();
      worker = a % c.workers();
    }
    if (key.containsKey(choice)) {
      return null;
    }
    Map<Integer, Integer> with = new HashMap<>(key);
    with.put(choice, worker);
    return with;
  }

  /** Every feasible joint action's key: each subset of choices with any accepted witness. */
  private static List<Map<Integer, Integer>> feasible(RmabInstance instance) {
    ActionConstraint c = instance.constraint();
    int n = c.choices(instance.arms());
    List<Map<Integer, Integer>> list = new ArrayList<>();
    for (int set = 0; set < 1 << n; set++) {
      int[] chosen = members(set, n);
      for (int[] witness : witnesses(instance, chosen)) {
        JointAction a = new JointAction(chosen, witness);
        if (c.feasible(a, instance.arms()) && !list.contains(key(instance, a))) {
          list.add(key(instance, a));
        }
      }
    }
    return list;
  }

  private static int[] members(int set, int n) {
    return java.util.stream.IntStream.range(0, n).filter(i -> (set >> i & 1) == 1).toArray();
  }

  /**
   * Every witness worth trying for {@code chosen}, with no knowledge of which are feasible
   * (matching: none beyond the budget, which the count alone rules out).
   */
  private static List<int[]> witnesses(RmabInstance instance, int[] chosen) {
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> List.of(new int[0]);
      case ActionConstraint.Interventions iv -> List.of(new int[0]);
      case ActionConstraint.Capacity c -> tuples(chosen.length, c.workers(), 1);
      case ActionConstraint.Matching m -> chosen.length > m.budget() ? List.of(new int[0])
          : visits(chosen, m.workers() * m.slots(), m.slots());
      case ActionConstraint.Path p -> walks(p, instance.arms());
    };
  }

  /** Every {@code length * width}-long sequence over {@code 0..values-1}. */
  private static List<int[]> tuples(int length, int values, int width) {
    List<int[]> out = new ArrayList<>();
    int[] t = new int[length * width];
    do {
      out.add(t.clone());
    } while (increment(t, values));
    return out;
  }

  private static boolean increment(int[] t, int values) {
    for (int i = 0; i < t.length; i++) {
      if (++t[i] < values) {
        return true;
      }
      t[i] = 0;
    }
    return false;
  }

  /** Two (worker, slot) visits per chosen arm, every way, as (arm, worker, slot) triples. */
  private static List<int[]> visits(int[] chosen, int pairs, int slots) {
    List<int[]> out = new ArrayList<>();
    for (int[] t : tuples(chosen.length, pairs, 2)) {
      int[] w = new int[3 * t.length];
      for (int v = 0; v < t.length; v++) {
        w[3 * v] = chosen[v / 2];
        w[3 * v + 1] = t[v] / slots;
        w[3 * v + 2] = t[v] % slots;
      }
      out.add(w);
    }
    return out;
  }

  /** Every walk from the source of at most L steps (moves or stays) that ends there. */
  private static List<int[]> walks(ActionConstraint.Path p, int arms) {
    List<int[]> out = new ArrayList<>(List.of(new int[0]));
    int[][] nb = p.neighbours(arms);
    extend(new int[] {p.source()}, p, nb, out);
    return out;
  }

  private static void extend(int[] walk, ActionConstraint.Path p, int[][] nb, List<int[]> out) {
    int last = walk[walk.length - 1];
    if (last == p.source()) {
      out.add(walk);
    }
    if (walk.length - 1 == p.maxSteps()) {
      return;
    }
    int[] moves = Arrays.copyOf(nb[last], nb[last].length + 1);
    moves[nb[last].length] = last;
    for (int v : moves) {
      int[] w = Arrays.copyOf(walk, walk.length + 1);
      w[walk.length] = v;
      extend(w, p, nb, out);
    }
  }
}
