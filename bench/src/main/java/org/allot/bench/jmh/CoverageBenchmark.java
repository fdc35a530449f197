package org.allot.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;
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
 * The coverage family's hot loop on SubPO's 30 x 30 nest grid (nests-1, 2 x 2 footprint) and on
 * the 15 x 7 item grid (items-1): the marginal gain of one cell given a half-covered state (20
 * steps of a serpentine walk from the start), one greedy step (the gains of the five moves and
 * the best), and what a beam search pays per child (copy a state, add a cell).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoverageBenchmark {
  CoverageInstance nests;
  CoverageState state;
  CoverageState scratch;
  CoverageState items;
  int[] probes;
  int[] itemProbes;
  int next;
  int position;

  @Setup
  public void setUp() {
    nests = CoverageVariant.NESTS.generate(1);
    state = walked(nests);
    scratch = state.copy();
    CoverageInstance itemGrid = CoverageVariant.ITEMS.generate(1);
    items = walked(itemGrid);
    probes = new int[nests.cells()];
    for (int c = 0; c < probes.length; c++) {
      probes[c] = (int) ((c * 7919L) % probes.length);
    }
    itemProbes = new int[itemGrid.cells()];
    for (int c = 0; c < itemProbes.length; c++) {
      itemProbes[c] = (int) ((c * 31L) % itemProbes.length);
    }
    position = nests.cellAt(8, 3);
  }

  /** A state after 20 steps of a serpentine walk (east along a row pair, then down two rows). */
  private static CoverageState walked(CoverageInstance instance) {
    CoverageState s = CoverageState.atStart(instance, new Footprints(instance));
    int x = instance.xOf(instance.start());
    int y = instance.yOf(instance.start());
    int dx = 1;
    for (int t = 0; t < 20; t++) {
      if (instance.cellAt(x + dx, y) < 0) {
        y = Math.min(instance.height() - 1, y + 2);
        dx = -dx;
      } else {
        x += dx;
      }
      s.add(instance.cellAt(x, y));
    }
    return s;
  }

  /** The marginal gain of one cell of the 30 x 30 nest grid (weighted coverage). */
  @Benchmark
  public double marginalGain() {
    int c = probes[next];
    next = next + 1 == probes.length ? 0 : next + 1;
    return state.gain(c);
  }

  /** The marginal gain of one cell of the item grid (per-type requirement counts). */
  @Benchmark
  public double marginalGainItems() {
    int c = itemProbes[next % itemProbes.length];
    next = next + 1 == probes.length ? 0 : next + 1;
    return items.gain(c);
  }

  /** One greedy step on the nest grid: the gains of the five moves and the best target. */
  @Benchmark
  public int greedyStep() {
    int best = position;
    double bestGain = -1;
    for (int a = 0; a < Move.count(); a++) {
      int to = a == 0 ? position : nests.target(position, Move.of(a));
      if (to >= 0) {
        double g = state.gain(to);
        if (g > bestGain) {
          bestGain = g;
          best = to;
        }
      }
    }
    return best;
  }

  /** A beam-search child on the nest grid: copy the parent state (no allocation), add a cell. */
  @Benchmark
  public double copyAndAdd() {
    scratch.copyFrom(state);
    int c = probes[next];
    next = next + 1 == probes.length ? 0 : next + 1;
    return scratch.add(c);
  }
}
