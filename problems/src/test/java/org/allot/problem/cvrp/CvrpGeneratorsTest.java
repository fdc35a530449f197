package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.problem.Generators;
import org.allot.problem.Problem;
import org.allot.problem.contract.GeneratorContract;
import org.junit.jupiter.api.Test;

/** The CVRP generator against the contract, and its attributes by name or paper code. */
class CvrpGeneratorsTest extends GeneratorContract<CvrpInstance> {
  @Override
  protected Problem<CvrpInstance, ?> problem() {
    return new Cvrp();
  }

  @Override
  protected List<String> specs() {
    return List.of("cvrp:customers=20,seed=1",
        "cvrp:customers=15,seed=4,depot=E,customers-placement=random-clustered,demand=U,"
            + "route-size=5,name=e15");
  }

  @Override
  protected Map<String, String> badSpecs() {
    return Map.of(
        "cvrp:seed=1", "customers is needed",
        "cvrp:customers=0", "customers 0: expected 1..100000",
        "cvrp:customers=5,depot=middle", "depot 'middle': expected one of central (C),"
            + " eccentric (E), random (R)",
        "cvrp:customers=5,route-size=-1", "route-size -1: expected a positive number",
        "cvrp:customers=5,route-size=x", "route-size 'x': expected a finite decimal number");
  }

  @Override
  protected CvrpInstance renamed(CvrpInstance instance, String name) {
    return instance.withName(name);
  }

  @Test
  void aSpecGivesXGeneratorsInstanceAndCountNamesBySeed() {
    assertEquals(XGenerator.random(30).generate(new SplittableRandom(9)),
        Generators.generate("cvrp:customers=30,seed=9").getFirst());
    CvrpInstance second = (CvrpInstance) Generators.generate("cvrp:customers=30,seed=9,count=2")
        .get(1);
    CvrpInstance ten = XGenerator.random(30).generate(new SplittableRandom(10));
    assertEquals(ten.withName(ten.name() + "-s10"), second);
  }
}
