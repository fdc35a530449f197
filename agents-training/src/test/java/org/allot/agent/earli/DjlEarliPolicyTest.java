package org.allot.agent.earli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.XGenerator;
import org.junit.jupiter.api.Test;

/** The DJL twin scores every recorded decision as the plain-Java decoder did. */
class DjlEarliPolicyTest {
  @Test
  void recomputesThePlainJavaLogProbabilitiesOfEveryDecision() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(3);
    Weights w = EarliNetwork.initial(random);
    List<EarliSample> samples = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      CvrpInstance instance = XGenerator.random(30).generate(new SplittableRandom(10 + i));
      samples.addAll(Rollouts.sample(w, List.of(instance), 3, i == 0 ? 5 : 0, random)
          .samples());
    }
    assertTrue(samples.size() > 100);
    try (NDManager m = DjlRuntime.newManager()) {
      DjlEarliPolicy policy = new DjlEarliPolicy();
      Map<String, NDArray> p = policy.parameters(m, w);
      float[] logp = policy.logProbs(m, p, samples).toFloatArray();
      int n = samples.getFirst().instance().nodes();
      for (int s = 0; s < samples.size(); s++) {
        EarliSample sample = samples.get(s);
        assertEquals(sample.oldLogProb(), logp[s * n + sample.action()], 2e-4, "decision " + s);
      }
    }
  }
}
