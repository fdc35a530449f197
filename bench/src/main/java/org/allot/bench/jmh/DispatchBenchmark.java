package org.allot.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.agent.dispatch.CpDispatchEnvironment;
import org.allot.agent.dispatch.DispatchNetwork;
import org.allot.agent.dispatch.DispatchPolicy;
import org.allot.agent.dispatch.DjlDispatchInference;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.TaillardGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The learned dispatching rule's cost per decision on ta71 (100 x 20), at a state a third into a
 * first-legal episode: one policy forward in plain Java and in DJL (batch 1, one thread), the
 * observation, and one environment step (first legal action; the episode restarts when done).
 * Guards the choice of the plain-Java forward for inference. {@code forwardPlainJava} is a model
 * that may wait (its No-Op logit needs every job); {@code forwardPlainJavaNonDelay} is a
 * non-delay model, as shipped, which encodes only the jobs that can start now, and
 * {@code greedyEpisodeNonDelay} is a whole greedy episode of it on ta71 (2000 decisions: forward,
 * observation and step each time), the cost of one {@code dispatch} solve after JIT warm-up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED",
    "-XX:MaxDirectMemorySize=256m", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
    "-Dai.djl.pytorch.num_interop_threads=1"})
public class DispatchBenchmark {
  DispatchNetwork network;
  DispatchNetwork nonDelay;
  DispatchPolicy nonDelayGreedy;
  CpDispatchEnvironment episode;
  boolean[] nonDelayMask;
  DjlDispatchInference djl;
  CpDispatchEnvironment state;
  CpDispatchEnvironment stepper;
  float[] observation;
  boolean[] mask;
  float[] logits;
  boolean[] stepMask;

  @Setup(Level.Trial)
  public void setUp() {
    JobShopInstance ta71 = TaillardGenerator.benchmark("ta71");
    network = new DispatchNetwork(DispatchNetwork.initial(new SplittableRandom(0)));
    djl = new DjlDispatchInference(network.weights());
    state = new CpDispatchEnvironment(ta71);
    state.reset(0);
    observation = new float[state.observationSize()];
    mask = new boolean[state.actionCount()];
    logits = new float[state.actionCount()];
    while (state.scheduled() < ta71.totalOperations() / 3) {
      state.actionMask(mask);
      state.step(firstLegal(mask));
    }
    state.observe(observation);
    state.actionMask(mask);
    nonDelay = new DispatchNetwork(DispatchNetwork.initial(new SplittableRandom(0), false));
    nonDelayGreedy = DispatchPolicy.greedy(nonDelay);
    episode = new CpDispatchEnvironment(ta71);
    nonDelayMask = mask.clone();
    nonDelay.restrict(nonDelayMask);
    stepMask = new boolean[state.actionCount()];
    stepper = new CpDispatchEnvironment(ta71);
    stepper.reset(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    djl.close();
  }

  private static int firstLegal(boolean[] mask) {
    int a = 0;
    while (!mask[a]) {
      a++;
    }
    return a;
  }

  @Benchmark
  public float[] forwardPlainJava() {
    network.logits(observation, mask, logits);
    return logits;
  }

  @Benchmark
  public float[] forwardPlainJavaNonDelay() {
    nonDelay.logits(observation, nonDelayMask, logits);
    return logits;
  }

  @Benchmark
  public int greedyEpisodeNonDelay() {
    episode.reset(0);
    float[] obs = new float[episode.observationSize()];
    boolean[] legal = new boolean[episode.actionCount()];
    while (!episode.done()) {
      episode.observe(obs);
      episode.actionMask(legal);
      episode.step(nonDelayGreedy.act(obs, legal, null));
    }
    return episode.makespan();
  }

  @Benchmark
  public float[] forwardDjl() {
    return djl.logProbs(observation, mask);
  }

  @Benchmark
  public float[] observe() {
    state.observe(observation);
    return observation;
  }

  @Benchmark
  public int environmentStep() {
    if (stepper.done()) {
      stepper.reset(0);
    }
    stepper.actionMask(stepMask);
    int a = firstLegal(stepMask);
    stepper.step(a);
    return a;
  }
}
