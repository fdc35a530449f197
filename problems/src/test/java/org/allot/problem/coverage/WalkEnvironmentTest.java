package org.allot.problem.coverage;

import static org.allot.problem.contract.EnvironmentContract.assertMask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Problem;
import org.allot.problem.contract.EnvironmentContract;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/**
 * The walk environment against the shared contract (the summed reward equals the evaluator's F
 * of the walk, masks are honoured, copies are independent, seeds replay), plus hand-checked masks,
 * rewards and observations.
 */
class WalkEnvironmentTest extends EnvironmentContract<CoverageInstance, CoverageWalk> {
  @Override
  protected Problem<CoverageInstance, CoverageWalk> problem() {
    return new Coverage();
  }

  @Override
  protected List<CoverageInstance> sampleInstances() {
    return List.of(CoverageFixtures.wall(), CoverageFixtures.items(),
        CoverageVariant.NESTS.generate(3), CoverageVariant.ITEMS.generate(3),
        CoverageVariant.ROOMS.generate(3));
  }

  @Override
  protected Environment<CoverageWalk> environment(CoverageInstance instance) {
    return new WalkEnvironment(instance);
  }

  @Override
  protected double expectedReturn(CoverageInstance instance, Evaluation e) {
    return e.objective();
  }

  @Test
  void masksFollowBordersAndWalls() {
    WalkEnvironment env = new WalkEnvironment(CoverageFixtures.wall());
    // at (0,0): stay, south, east; north and west leave the grid
    assertMask(env, true, false, true, true, false);
    env.step(Move.EAST.ordinal());
    // at (1,0): east is the wall at (2,0)
    assertMask(env, true, false, true, false, true);
    assertThrows(IllegalArgumentException.class, () -> env.step(Move.EAST.ordinal()));
  }

  @Test
  void rewardsAreMarginalGainsAndTheFirstCarriesTheStart() {
    WalkEnvironment env = new WalkEnvironment(CoverageFixtures.wall());
    assertEquals(7 + 1, env.step(Move.SOUTH.ordinal()).reward(), 0.0);
    assertEquals(0, env.step(Move.STAY.ordinal()).reward(), 0.0);
    assertEquals(2, env.step(Move.SOUTH.ordinal()).reward(), 0.0);
    float[] obs = new float[env.observationSize()];
    env.observe(obs);
    assertEquals(0f, obs[0]);
    assertEquals(2f / 3, obs[1], 1e-6);
    assertEquals(3f / 6, obs[2], 1e-6);
    assertEquals(1f, obs[WalkEnvironment.FEATURES + 16]);
    assertEquals(0f, obs[WalkEnvironment.FEATURES + 17]);
  }

  @Test
  void randomInstancesSumToTheEvaluatorsValue() {
    SeededProperty.check("walk environment returns add up to F", 200, r -> {
      CoverageInstance random = CoverageFixtures.random(r);
      // a horizon-0 episode is over at reset and earns nothing, so it has no step to credit
      CoverageInstance instance = random.withHorizon(Math.max(1, random.horizon()));
      Rollout rollout = rollout(new WalkEnvironment(instance), r.nextLong(), 10_000);
      WalkEnvironment env = new WalkEnvironment(instance);
      for (int a : rollout.actions()) {
        env.step(a);
      }
      Evaluation e = problem().evaluate(instance, env.solution());
      if (!e.feasible() || Math.abs(e.objective() - rollout.total()) > 1e-9) {
        throw new AssertionError(instance + ": " + e + " vs summed reward " + rollout.total());
      }
    });
  }
}
