package org.allot.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.agent.nn.MaskedSoftmax;
import org.allot.agent.nn.Mlp;
import org.allot.agent.subpo.Credit;
import org.allot.agent.subpo.Observation;
import org.allot.agent.subpo.SubpoModel;
import org.allot.agent.subpo.SubpoNetwork;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.WalkEnvironment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SubPO's per-step costs on SubPO's 30 x 30 nest grid (nests-1) with the shipped nests policy
 * (MLP 188-64-32-5): the history observation (window of 81 marginal gains, blocked flags, the
 * 5 x 5 coarse map of the value left), one policy forward pass with the masked softmax and a
 * sampled move, the plain-Java backward pass REINFORCE adds per step, and one step of the
 * family's {@link WalkEnvironment} (a move and its marginal gain).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SubpoBenchmark {
  CoverageInstance nests;
  CoverageState state;
  Observation.Encoder encoder;
  Mlp mlp;
  Mlp.Scratch scratch;
  float[] observation;
  final boolean[] mask = {true, true, true, true, true};
  final double[] probabilities = new double[5];
  final float[] dLogits = new float[5];
  final java.util.Map<String, float[]> gradients = new java.util.LinkedHashMap<>();
  float[] work;
  WalkEnvironment env;
  WalkEnvironment start;
  final SplittableRandom random = new SplittableRandom(1);
  int cell;
  int step;

  @Setup
  public void setUp() {
    nests = CoverageVariant.NESTS.generate(1);
    state = CoverageState.atStart(nests, new Footprints(nests));
    encoder = Observation.HISTORY.encoder(nests);
    mlp = new SubpoNetwork(SubpoModel.shipped(CoverageVariant.NESTS, Credit.SUBPO)).mlp();
    scratch = new Mlp.Scratch(mlp);
    observation = new float[encoder.size()];
    cell = nests.cellAt(12, 14);
    encoder.encode(state, cell, 10, observation);
    work = new float[mlp.workSize()];
    start = new WalkEnvironment(nests);
    env = start.copy();
  }

  /** The history observation of one state. */
  @Benchmark
  public float[] observe() {
    encoder.encode(state, cell, 10, observation);
    return observation;
  }

  /** One policy step: forward pass, masked softmax, a sampled move. */
  @Benchmark
  public int policyForward() {
    float[] logits = mlp.forward(observation, scratch);
    MaskedSoftmax.probabilities(logits, mask, 1, probabilities);
    return MaskedSoftmax.sample(probabilities, random);
  }

  /** One REINFORCE step's gradient: forward, softmax, the score's backward pass. */
  @Benchmark
  public java.util.Map<String, float[]> policyGradient() {
    float[] logits = mlp.forward(observation, scratch);
    MaskedSoftmax.probabilities(logits, mask, 1, probabilities);
    MaskedSoftmax.logProbGradient(probabilities, 3, 0.5, dLogits);
    mlp.backward(scratch, dLogits, gradients, work);
    return gradients;
  }

  /** One environment step (east, or a fresh episode when the walk is over). */
  @Benchmark
  public double environmentStep() {
    if (env.done() || ++step % 20 == 0) {
      env = start.copy();
    }
    return env.step(env.position() % nests.width() < nests.width() - 1 ? 3 : 0).reward();
  }
}
