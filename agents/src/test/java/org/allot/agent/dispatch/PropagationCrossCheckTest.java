package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.variables.IntVar;
import org.junit.jupiter.api.Test;

/**
 * The environment's closed-form propagation equals Choco's fix-point on the CP encoding with the
 * decisions posted (starts fixed, No-Op floors on next operations), no-overlap as pairwise
 * disjunctions: every start lower bound agrees, along random episodes with No-Ops.
 */
class PropagationCrossCheckTest {
  @Test
  void lowerBoundsEqualChocosAlongRandomEpisodes() throws ContradictionException {
    SplittableRandom random = new SplittableRandom(21);
    List<JobShopInstance> instances = List.of(Fixtures.ft06(), Fixtures.withZeroDuration(),
        RandomJobShopGenerator.taillardLike(5, 4).generate(random),
        RandomJobShopGenerator.taillardLike(4, 6).generate(random));
    for (JobShopInstance instance : instances) {
      for (int episode = 0; episode < 3; episode++) {
        CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
        env.reset(0);
        boolean[] mask = new boolean[env.actionCount()];
        List<int[]> floors = new ArrayList<>();
        while (!env.done()) {
          assertEquals(choco(env, floors), java.util.Arrays.deepToString(env.lowerBounds()),
              instance.name() + " at time " + env.time());
          env.actionMask(mask);
          int a;
          do {
            a = random.nextInt(mask.length);
          } while (!mask[a]);
          env.step(a);
          if (a == env.noOp()) {
            for (int j = 0; j < instance.jobs(); j++) {
              if (env.unfinished(j)) {
                floors.add(new int[] {j, env.nextOp(j), env.floor()});
              }
            }
          }
        }
      }
    }
  }

  /** Choco's lower bounds after propagating the environment's decisions. */
  private static String choco(CpDispatchEnvironment env, List<int[]> floors)
      throws ContradictionException {
    JobShopInstance in = env.instance();
    int horizon = (int) in.totalDuration() + env.time() + 1;
    Model model = new Model();
    IntVar[][] s = new IntVar[in.jobs()][];
    for (int j = 0; j < in.jobs(); j++) {
      s[j] = new IntVar[in.operations(j)];
      for (int o = 0; o < s[j].length; o++) {
        s[j][o] = o < env.nextOp(j) ? model.intVar(env.startOf(j, o))
            : model.intVar("s" + j + "_" + o, 0, horizon);
        if (o > 0) {
          model.arithm(s[j][o - 1], "-", s[j][o], "<=", -in.durationOf(j, o - 1)).post();
        }
      }
    }
    for (int[] f : floors) {
      model.arithm(s[f[0]][f[1]], ">=", f[2]).post();
    }
    for (int a = 0; a < in.jobs(); a++) {
      for (int oa = 0; oa < in.operations(a); oa++) {
        for (int b = a; b < in.jobs(); b++) {
          for (int ob = b == a ? oa + 1 : 0; ob < in.operations(b); ob++) {
            int da = in.durationOf(a, oa);
            int db = in.durationOf(b, ob);
            if (in.machineOf(a, oa) == in.machineOf(b, ob) && da > 0 && db > 0) {
              model.or(model.arithm(s[a][oa], "-", s[b][ob], "<=", -da),
                  model.arithm(s[b][ob], "-", s[a][oa], "<=", -db)).post();
            }
          }
        }
      }
    }
    model.getSolver().propagate();
    int[][] lb = new int[in.jobs()][];
    for (int j = 0; j < in.jobs(); j++) {
      lb[j] = new int[s[j].length];
      for (int o = 0; o < lb[j].length; o++) {
        lb[j][o] = s[j][o].getLB();
      }
    }
    return java.util.Arrays.deepToString(lb);
  }
}
