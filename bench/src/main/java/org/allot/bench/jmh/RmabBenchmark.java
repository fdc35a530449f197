package org.allot.bench.jmh;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSimulator;
import org.allot.solver.rmab.ConstraintMip;
import org.allot.solver.rmab.MipAction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The restless-bandit family at J = 100 (generator seed 1, B = 20; interventions N = 40): one
 * simulator step (feasibility check, expected reward, one draw per arm) and one solve of the
 * myopic constraint MIP per family (SCIP, one thread, gap 1e-4), cycling over 16 uniform
 * random joint states. Sample time, so JMH reports the median (p0.50) per MIP
 * action, the figure that sizes SEQUOIA's training. A solve is capped at {@code limitSeconds};
 * the path model typically hits the cap at J = 100 (see docs/results/rmab.md).
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RmabBenchmark {
  private static final int STATES = 16;

  /** The simulator step's instance and a fixed feasible action (the first B arms). */
  @State(Scope.Thread)
  public static class Step {
    RmabSimulator sim;
    JointAction action;
    long episode;

    @Setup(Level.Trial)
    public void setUp() {
      RmabInstance in = RmabGenerator.generate("budget", 100, 20, 1);
      sim = new RmabSimulator(in);
      int[] first = new int[20];
      for (int j = 0; j < first.length; j++) {
        first[j] = j;
      }
      action = JointAction.of(first);
      sim.reset(episode++);
    }
  }

  /** One family's MIP and the joint states it is solved for. */
  @State(Scope.Thread)
  public static class Mip {
    @Param({"interventions", "path", "matching", "capacity"})
    public String kind;

    @Param({"10"})
    public double limitSeconds;

    RmabInstance instance;
    ConstraintMip mip;
    int[][] states;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      instance = RmabGenerator.generate(kind, 100, 20, 1);
      mip = ConstraintMip.build(instance);
      states = randomStates(instance);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      mip.close();
    }
  }

  /** Uniform random joint states (seed 7): the MIP does not care how a state was reached. */
  static int[][] randomStates(RmabInstance instance) {
    SplittableRandom r = new SplittableRandom(7);
    int[][] states = new int[STATES][instance.arms()];
    for (int[] state : states) {
      for (int j = 0; j < state.length; j++) {
        state[j] = r.nextInt(instance.states());
      }
    }
    return states;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double simulatorStep(Step s) {
    if (s.sim.done()) {
      s.sim.reset(s.episode++);
    }
    return s.sim.step(s.action).expectedReward();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MipAction myopicMipSolve(Mip m) {
    int[] state = m.states[m.next++ % STATES];
    double[] gain = RmabSimulator.armGain(m.instance, state);
    if (m.instance.constraint() instanceof ActionConstraint.Interventions) {
      m.mip.maximiseEffect(gain);
    } else {
      m.mip.maximise(gain);
    }
    return m.mip.solve(Duration.ofMillis((long) (m.limitSeconds * 1000))).orElseThrow();
  }
}
