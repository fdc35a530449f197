package org.allot.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.problem.Evaluation;
import org.allot.problem.cvrp.ConstructionEnvironment;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.problem.cvrp.VrpFormat;
import org.allot.problem.cvrp.XGenerator;
import org.allot.solver.Deadline;
import org.allot.solver.cvrp.hgs.Hgs;
import org.allot.solver.cvrp.hgs.HgsIndividual;
import org.allot.solver.cvrp.hgs.HgsParameters;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HGS hot loops on X-n502-k39 (read from {@code ../shared/instances/cvrp/X} when present,
 * else an X-like 501-node instance from {@link XGenerator} with seed 502): Split of a random
 * giant tour, evaluation of a solution's routes (HGS's own and the family's evaluator), and one
 * local-search descent from a random split tour, with the neighbour pairs it evaluates counted
 * ({@code pairs} in pairs per second), and one step of the construction environment (replaying
 * the local optimum's routes). Reaches HGS through its public seam, {@link Hgs}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CvrpBenchmark {
  CvrpInstance instance;
  Hgs hgs;
  HgsIndividual individual;
  HgsIndividual start;
  CvrpSolution solution;
  final Cvrp problem = new Cvrp();
  final SplittableRandom random = new SplittableRandom(1);
  final Deadline never = Deadline.after(Duration.ofDays(1));
  ConstructionEnvironment construction;
  int[] actions;
  /** Construction steps per invocation: fewer than any episode of a 500-customer instance. */
  static final int STEPS = 500;

  @Setup
  public void setUp() throws IOException {
    Path file = Path.of("../shared/instances/cvrp/X/X-n502-k39.vrp");
    instance = Files.exists(file) ? VrpFormat.INSTANCE.read(file)
        : new XGenerator(500, null, null, null, null).generate(new SplittableRandom(502));
    hgs = Hgs.of(instance, HgsParameters.defaults(), new SplittableRandom(2));
    start = hgs.individual(Hgs.randomTour(instance.customers(), random));
    individual = hgs.individual(start.tour());
    hgs.improve(individual, never);
    solution = individual.toSolution();
    construction = new ConstructionEnvironment(instance);
    actions = actions(solution);
  }

  /** The actions that build {@code s}: each route's customers, a depot return between routes. */
  static int[] actions(CvrpSolution s) {
    List<Integer> list = new ArrayList<>();
    for (int[] route : s.routes()) {
      if (!list.isEmpty()) {
        list.add(0);
      }
      for (int c : route) {
        list.add(c);
      }
    }
    if (list.size() < STEPS) {
      throw new IllegalStateException("an episode has " + list.size() + " steps, fewer than "
          + STEPS);
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Split of one giant tour (the tour of a random individual). */
  @Benchmark
  public double split() {
    hgs.split(start);
    return start.penalizedCost();
  }

  /** HGS's evaluation of an individual's routes: distance, load excess, penalised cost. */
  @Benchmark
  public double routeCostEvaluation() {
    hgs.evaluate(start);
    return start.penalizedCost();
  }

  /** The family's independent evaluator on a complete solution. */
  @Benchmark
  public Evaluation evaluator() {
    return problem.evaluate(instance, solution);
  }

  /** Counts the neighbour pairs (each up to 14 moves) the local search evaluates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Moves {
    public long pairs;
    public long applied;
  }

  @Setup(Level.Invocation)
  public void reset() {
    individual.copySolution(start);
  }

  /** One local-search descent to a local optimum from a random split tour. */
  @Benchmark
  public double localSearchDescent(Moves moves) {
    long p = hgs.pairsEvaluated();
    long a = hgs.movesApplied();
    hgs.improve(individual, never);
    moves.pairs += hgs.pairsEvaluated() - p;
    moves.applied += hgs.movesApplied() - a;
    return individual.penalizedCost();
  }

  /**
   * One construction-environment step (legality check, distance, load and visited bookkeeping),
   * averaged over the first {@link #STEPS} steps of an episode that rebuilds the local optimum.
   */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public double environmentStepPerAction() {
    construction.reset(0);
    double total = 0;
    for (int k = 0; k < STEPS; k++) {
      total += construction.step(actions[k]).reward();
    }
    return total;
  }
}
