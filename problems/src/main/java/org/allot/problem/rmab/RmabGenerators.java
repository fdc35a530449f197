package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.List;
import org.allot.problem.GeneratorArguments;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;

/**
 * The restless-bandit generator: {@link RmabGenerator}'s coRMAB instances of SEQUOIA's
 * experiments. Instance k of {@code count} (from 0) is the instance of seed {@code seed + k},
 * named {@code <constraint>-<arms>-<budget>-s<seed + k>}.
 */
final class RmabGenerators implements GeneratorFamily<RmabInstance> {
  @Override
  public String family() {
    return Rmab.ID;
  }

  @Override
  public String summary() {
    return "restless bandits with combinatorial actions (coRMAB), as in SEQUOIA's experiments";
  }

  @Override
  public List<GeneratorParameter> parameters() {
    return List.of(
        GeneratorParameter.text("constraint", "budget", "budget (at most B arms), interventions"
            + " (exactly B of 2B interventions), path (a closed walk of at most 2B steps),"
            + " matching (B workers, 5 slots) or capacity (B workers with capacities)."),
        GeneratorParameter.integer("arms", 20, "Arms J, at least 1 (interventions: at least"
            + " 6)."),
        GeneratorParameter.integer("budget", 5, "Budget B, 1..J: arms acted (budget, path,"
            + " matching), interventions chosen, or workers (capacity)."),
        GeneratorParameter.seed(0),
        GeneratorParameter.count("instance k from seed + k."));
  }

  @Override
  public List<String> examples() {
    return List.of("rmab:constraint=path,arms=20,budget=5,seed=1",
        "rmab:constraint=capacity,arms=40,budget=10,seed=1,count=5");
  }

  @Override
  public List<RmabInstance> generate(GeneratorArguments a) {
    RmabGenerator.Kind kind = a.choice("constraint", RmabGenerator.Kind.values());
    int arms = a.intValue("arms", 1, 1_000_000);
    int budget = a.intValue("budget", 1, Integer.MAX_VALUE);
    if (budget > arms) {
      throw a.invalid("budget", "expected 1.." + arms + " (at most arms " + arms + ")");
    }
    if (kind == RmabGenerator.Kind.INTERVENTIONS && arms < 6) {
      throw a.invalid("arms", "interventions need at least 6 arms");
    }
    long seed = a.seed();
    int count = a.count();
    List<RmabInstance> list = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      list.add(RmabGenerator.generate(kind, arms, budget, seed + k));
    }
    return list;
  }
}
