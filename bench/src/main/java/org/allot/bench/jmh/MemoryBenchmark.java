package org.allot.bench.jmh;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.problem.Evaluation;
import org.allot.problem.memory.CanonicalOffsets;
import org.allot.problem.memory.MallocGameEnvironment;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.problem.memory.WorkloadGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The memory family's hot loops on a 2001-buffer workload (a transformer training step of depth
 * 100, seed 1): the canonical offsets where one buffer fits, given every other buffer placed by a
 * lowest-fit pass (or left slow), the evaluator on the complete layout, and one step of the
 * mallocGame environment (the buffer placed at its lowest fitting canonical offset, or SLOW).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MemoryBenchmark {
  MemoryInstance instance;
  CanonicalOffsets offsets;
  long[] placed;
  long[] into;
  long[] room;
  MemoryLayout layout;
  int probe;
  MallocGameEnvironment game;
  boolean[] mask;
  /** The workload's buffer count, which is the number of steps of a mallocGame episode. */
  static final int BUFFERS = 2001;
  final Memory problem = new Memory();

  @Setup
  public void setUp() {
    instance = WorkloadGenerator.of(WorkloadGenerator.Architecture.TRANSFORMER,
        WorkloadGenerator.Mode.TRAINING, 100).generate(new SplittableRandom(1));
    offsets = new CanonicalOffsets(instance);
    placed = new long[instance.buffers()];
    Arrays.fill(placed, MemoryLayout.SLOW);
    for (int b = 0; b < placed.length; b++) {
      placed[b] = offsets.lowestFit(placed, b);
    }
    layout = new MemoryLayout(placed);
    probe = instance.buffers() / 2;
    into = new long[instance.buffers() + 1];
    room = new long[instance.buffers() + 1];
    if (instance.buffers() != BUFFERS) {
      throw new IllegalStateException("the workload has " + instance.buffers()
          + " buffers, the benchmark counts " + BUFFERS + " steps per episode");
    }
    game = new MallocGameEnvironment(instance);
    mask = new boolean[game.actionCount()];
  }

  /** The aligned canonical offsets where one buffer (the middle one, itself unplaced) fits. */
  @Benchmark
  public int canonicalOffsets() {
    long keep = placed[probe];
    placed[probe] = MemoryLayout.SLOW;
    int n = offsets.fitting(placed, probe, into, room);
    placed[probe] = keep;
    return n;
  }

  /** The evaluator on the complete 2001-buffer layout (overlaps, capacity, total time). */
  @Benchmark
  public Evaluation evaluate() {
    return problem.evaluate(instance, layout);
  }

  /**
   * One mallocGame step, averaged over an episode: the action mask (which computes the
   * canonical offsets where the current buffer fits) and the step with the lowest fitting
   * offset, or SLOW when none fits (the step's reward recomputes the time of the steps that read
   * the buffer).
   */
  @Benchmark
  @OperationsPerInvocation(BUFFERS)
  public double environmentStepPerBuffer() {
    game.reset(0);
    double total = 0;
    while (!game.done()) {
      game.actionMask(mask);
      total += game.step(mask[1] ? 1 : 0).reward();
    }
    return total;
  }
}
