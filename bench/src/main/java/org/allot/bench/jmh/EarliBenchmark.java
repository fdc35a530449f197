package org.allot.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.agent.earli.Decoder;
import org.allot.agent.earli.EarliModel;
import org.allot.agent.earli.EarliNetwork;
import org.allot.agent.earli.Encoding;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.XGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EARLI policy's costs with the shipped weights on an X-generator instance (seed 1) of
 * {@code customers} customers, with the decoder restricted to the 16 nearest feasible customers
 * or offered all of them ({@code candidates} 0): one decoding step from a customer at the start
 * of a route (the context query, the 4-head glimpse over the candidates, the output projection
 * and the candidates' scores; with all candidates that is every customer), one full greedy
 * rollout (every step, candidate scans included), eight rollouts decoded in lock step (EARLI's
 * K, one greedy and seven sampled), and the encoder (3 attention layers over all nodes, once per
 * instance).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EarliBenchmark {
  @Param({"100", "500"})
  int customers;
  @Param({"16", "0"})
  int candidates;

  EarliNetwork network;
  CvrpInstance instance;
  Encoding encoding;
  Decoder decoder;
  int[] stepCandidates;
  int stepCount;
  float[] scores;
  int current;

  @Setup
  public void setUp() {
    network = new EarliNetwork(EarliModel.shipped());
    instance = XGenerator.random(customers).generate(new SplittableRandom(1));
    encoding = network.encode(instance);
    decoder = new Decoder(network, candidates);
    current = 1;
    int n = instance.nodes();
    stepCandidates = new int[n];
    stepCandidates[0] = 0;
    stepCount = 1;
    int wanted = candidates == 0 ? n - 1 : candidates;
    double[] d = new double[n];
    Integer[] order = new Integer[n - 2];
    for (int j = 2, k = 0; j < n; j++, k++) {
      d[j] = Math.hypot(instance.xOf(j) - instance.xOf(current),
          instance.yOf(j) - instance.yOf(current));
      order[k] = j;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
    for (int k = 0; k < Math.min(wanted, order.length); k++) {
      stepCandidates[stepCount++] = order[k];
    }
    scores = new float[n];
  }

  /** One decoding step's scores (the part that grows with the candidates). */
  @Benchmark
  public float[] step() {
    decoder.scores(encoding, current, 0.9f, stepCandidates, stepCount, scores);
    return scores;
  }

  /** One greedy rollout, start to end. */
  @Benchmark
  public Object greedyRollout() {
    return decoder.decode(encoding, 1, true, 1, new SplittableRandom(1), null, null);
  }

  /** EARLI's eight rollouts (one greedy, seven sampled) in lock step. */
  @Benchmark
  public Object eightRollouts() {
    return decoder.decode(encoding, 8, true, 1, new SplittableRandom(1), null, null);
  }

  /** The encoder on the instance (once per solve). */
  @Benchmark
  public Object encode() {
    return network.encode(instance);
  }
}
