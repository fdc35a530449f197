package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expert labelling after a cut, and a two-update training run end to end. */
class TrainerTest {
  @Test
  void cpImprovedSchedulesReplayFromTheCutKeepingThePrefix() {
    SplittableRandom random = new SplittableRandom(4);
    DispatchNetwork network = new DispatchNetwork(DispatchNetwork.initial(random));
    DispatchPolicy policy = DispatchPolicy.sampling(network, 1.0);
    for (int trial = 0; trial < 4; trial++) {
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(6, 4).generate(random);
      Episode e = Episode.sample(0, instance, policy, random);
      int cut = 1 + random.nextInt(e.agent.size() - 1);
      e.improve(cut, 0.5, 1, network, 0, random);
      assertTrue(e.expertMakespan <= e.makespan, "CP made it worse");
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      for (int k = 0; k < cut; k++) {
        env.step(e.agent.get(k).action());
      }
      for (Episode.Decision d : e.expert) {
        env.step(d.action());
      }
      JobShopSchedule s = env.solution();
      assertTrue(new JobShop().evaluate(instance, s).feasible());
      assertEquals(e.expertMakespan, s.makespan(instance));
    }
  }

  @Test
  void aShortRunWritesItsCurveAndWeights(@TempDir Path out) throws IOException {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(2);
    List<JobShopInstance> training = List.of(
        RandomJobShopGenerator.taillardLike(6, 4).generate(random),
        RandomJobShopGenerator.taillardLike(5, 5).generate(random));
    var hp = new HyperParameters(2, 2, 0.05, 1e-3, 1e-5, 0.3, 2, 0.01, 2, 7);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Weights w = Trainer.on(training, training, hp).train(null, out, new PrintStream(log));
    List<String> curve = Files.readAllLines(out.resolve("learning-curve.csv"));
    assertEquals(3, curve.size(), "header and one row per update");
    assertEquals(String.join(",", Trainer.COLUMNS), curve.getFirst());
    assertEquals(w, Weights.read(out.resolve("weights.bin")));
    assertTrue(Files.readString(out.resolve("hyper-parameters.txt")).contains("updates=2"));
  }

  @Test
  void sameSeedSameWeightsWhenCpSatDoesNotRun(@TempDir Path a, @TempDir Path b) {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(8);
    List<JobShopInstance> training = List.of(
        RandomJobShopGenerator.taillardLike(5, 4).generate(random));
    // Without CP-SAT (0 s) nothing is time-driven: the whole run must replay bit for bit.
    var hp = new HyperParameters(2, 3, 0, 1e-3, 1e-5, 0.3, 2, 0.01, 2, 11);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    Weights first = Trainer.on(training, List.of(), hp).train(null, a, quiet);
    Weights second = Trainer.on(training, List.of(), hp).train(null, b, quiet);
    assertEquals(first, second);
  }

  @Test
  void bestWeightsAreTheLowestValidationMakespanWarmStartIncluded(@TempDir Path out)
      throws IOException {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(12);
    List<JobShopInstance> training = List.of(
        RandomJobShopGenerator.taillardLike(6, 4).generate(random),
        RandomJobShopGenerator.taillardLike(5, 5).generate(random));
    List<JobShopInstance> validation = List.of(
        RandomJobShopGenerator.taillardLike(6, 5).generate(random));
    var hp = new HyperParameters(2, 2, 0, 1e-3, 1e-5, 0.3, 2, 0.01, 2, 5)
        .withWarmStartRounds(3).withExpertSamples(2);
    Trainer.on(training, validation, hp).train(null, out, new PrintStream(
        new ByteArrayOutputStream()));
    List<String> rows = Files.readAllLines(out.resolve("learning-curve.csv"));
    int column = Trainer.COLUMNS.indexOf("greedy_validation_makespan");
    double lowest = Double.POSITIVE_INFINITY;
    for (String row : rows.subList(1, rows.size())) {
      lowest = Math.min(lowest, Double.parseDouble(row.split(",")[column]));
    }
    assertEquals(6, rows.size(), "header, three warm-start rounds, two updates");
    Weights best = Weights.read(out.resolve("best-weights.bin"));
    assertEquals(lowest, Trainer.greedy(best, validation), 1e-6);
  }

  @Test
  void pilotAndSelfLabellingRoundsFollowTheWarmStartInTheCurve(@TempDir Path out)
      throws IOException {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(13);
    List<JobShopInstance> training = List.of(
        RandomJobShopGenerator.taillardLike(6, 4).generate(random));
    var hp = new HyperParameters(1, 2, 0, 1e-3, 1e-5, 0.3, 2, 0.01, 2, 5)
        .withWarmStartRounds(2).withPilotRounds(2).withSelfLabelRounds(3).withExpertSamples(4);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Trainer.on(training, training, hp).train(null, out, new PrintStream(log));
    List<String> rows = Files.readAllLines(out.resolve("learning-curve.csv"));
    assertEquals(List.of("-6", "-5", "-4", "-3", "-2", "-1", "0", "1"),
        rows.subList(1, rows.size()).stream().map(r -> r.split(",")[0]).toList(),
        "two warm-start rounds, two pilot rounds, three self-labelling rounds, the update");
    assertTrue(log.toString().contains("pilot round 2: agent"), log::toString);
    assertTrue(log.toString().contains("self-labelling round 3: expert"), log::toString);
    assertTrue(Files.readString(out.resolve("hyper-parameters.txt"))
        .contains("selfLabelRounds=3"));
  }

  @Test
  void theSelfLabelIsTheBestSampleAndReplaysToIt() {
    SplittableRandom random = new SplittableRandom(21);
    DispatchNetwork network = new DispatchNetwork(DispatchNetwork.initial(random, false));
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(7, 5).generate(random);
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    int[] label = Episode.bestOf(env, network, 16, new SplittableRandom(3), Integer.MAX_VALUE)
        .actions();
    // The same 16 draws one at a time: none is better than the label.
    SplittableRandom again = new SplittableRandom(3);
    int worst = 0;
    int bestSeen = Integer.MAX_VALUE;
    for (int k = 0; k < 16; k++) {
      Episode.Rollout sample = Episode.bestOf(env, network, 1, again, Integer.MAX_VALUE);
      assertEquals(makespan(env, sample.actions()), sample.makespan());
      int[] one = sample.actions();
      bestSeen = Math.min(bestSeen, makespan(env, one));
      worst = Math.max(worst, makespan(env, one));
    }
    assertEquals(bestSeen, makespan(env, label));
    assertTrue(bestSeen < worst, "16 samples of a random policy should differ");
    List<Episode.Decision> decisions = Episode.record(env, network, label);
    assertEquals(instance.totalOperations(), decisions.size(), "non-delay: one per operation");
    CpDispatchEnvironment replay = env.copy();
    for (Episode.Decision d : decisions) {
      assertTrue(d.mask()[d.action()], "recorded actions are legal");
      replay.step(d.action());
    }
    assertTrue(new JobShop().evaluate(instance, replay.solution()).feasible());
    assertEquals(makespan(env, label), replay.makespan());
    int bound = makespan(env, label);
    Episode.Rollout better = Episode.bestOf(env, network, 8, new SplittableRandom(9), bound);
    assertTrue(better == null || makespan(env, better.actions()) < bound,
        "a bound keeps only better ones");
  }

  private static int makespan(CpDispatchEnvironment start, int[] actions) {
    CpDispatchEnvironment env = start.copy();
    for (int a : actions) {
      env.step(a);
    }
    return env.makespan();
  }
}
