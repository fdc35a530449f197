package org.allot.solver.cvrp;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * OR-Tools routing on the CVRP: the instance's integer distances as arc costs, a capacity dimension
 * with slack 0, a first solution by {@code PATH_CHEAPEST_ARC} and guided local search until the
 * time limit, as the OR-Tools documentation recommends and Vidal (2022) benchmarked.
 *
 * <p>Up to {@value #MATRIX_LIMIT} nodes the distances are handed over as a transit matrix, so
 * the search never calls back into Java for a distance (measured on X-n502-k39 and X-n1001-k43,
 * 10 s: 7-10 % more solutions visited than with a Java transit callback, the same trajectory);
 * beyond, a Java callback keeps the memory at what the instance holds.
 *
 * <p>The fleet is {@link CvrpInstance#vehicles()} when positive; otherwise
 * {@code max(ceil(1.3 * total demand / Q) + 3, savings routes + 2)}, at most one per customer
 * (unused vehicles cost nothing). The {@link CvrpSavings} routes are computed first for that count
 * and are the first incumbent, so a solve that OR-Tools cannot improve in time still returns them.
 * Every solution OR-Tools accepts that is cheaper than the incumbent is read in the
 * at-solution callback, checked by the evaluator and reported.
 *
 * <p>The time limit counts native loading, the savings routes and model building; the search gets
 * what is left less a margin. Guided local search never stops on its own, so a solve always
 * takes about the whole limit, and what it returns depends on how far the search got: the result
 * is not reproducible across runs. OR-Tools routing is single-threaded and has no seed: the
 * budget's threads and seed are ignored. Thread-safe: every call builds its own model.
 */
public final class CvrpOrTools implements Solver<CvrpInstance, CvrpSolution> {
  /** The solver's id. */
  public static final String ID = "ortools";

  /** The largest number of nodes whose distances go to OR-Tools as a matrix (32 MB of longs). */
  static final int MATRIX_LIMIT = 2000;

  /** Time kept back from the search for returning, in seconds. */
  private static final double MARGIN_SECONDS = 0.1;

  @Override
  public String id() {
    return ID;
  }

  /**
   * Solves with guided local search until the time limit. The outcome is
   * {@link Outcome.Feasible} without a bound, or {@link Outcome.Unknown} when neither the savings
   * routes (a limited fleet may not hold them) nor OR-Tools found a solution in time.
   */
  @Override
  public Outcome<CvrpSolution> solve(CvrpInstance instance, Budget budget,
      IncumbentListener<? super CvrpSolution> listener) {
    Deadline deadline = budget.start();
    CvrpOrToolsIncumbents incumbents = new CvrpOrToolsIncumbents(instance, deadline, listener);
    int[][] savings = CvrpSavings.routes(instance);
    if (instance.vehicles() == 0 || savings.length <= instance.vehicles()) {
      incumbents.offer(savings);
    }
    if (deadline.remainingSeconds() <= MARGIN_SECONDS) {
      return incumbents.outcome();
    }
    Natives.load();
    Model model = Model.build(instance, fleet(instance, savings.length));
    double seconds = deadline.remainingSeconds() - MARGIN_SECONDS;
    if (seconds <= 0) {
      return incumbents.outcome();
    }
    return model.search(seconds, incumbents);
  }

  /** The number of vehicles offered to OR-Tools (see the class comment). */
  static int fleet(CvrpInstance instance, int savingsRoutes) {
    if (instance.vehicles() > 0) {
      return instance.vehicles();
    }
    long spare = (long) Math.ceil(1.3 * instance.totalDemand() / instance.capacity()) + 3;
    long wanted = Math.max(spare, savingsRoutes + 2L);
    return (int) Math.min(wanted, Math.max(1, instance.customers()));
  }

  /** Loads the OR-Tools native libraries once, on first use (class initialisation is atomic). */
  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void load() {
      // Calling this runs the static initialiser once.
    }
  }

  /** One routing model: the instance, its index manager and the routing model. */
  private record Model(CvrpInstance instance, RoutingIndexManager manager, RoutingModel routing) {
    static Model build(CvrpInstance instance, int vehicles) {
      int nodes = instance.nodes();
      RoutingIndexManager manager = new RoutingIndexManager(nodes, vehicles, 0);
      RoutingModel routing = new RoutingModel(manager);
      int arc = nodes <= MATRIX_LIMIT ? routing.registerTransitMatrix(distances(instance))
          : routing.registerTransitCallback((from, to) ->
              instance.distance(manager.indexToNode(from), manager.indexToNode(to)));
      routing.setArcCostEvaluatorOfAllVehicles(arc);
      long[] demand = new long[nodes];
      Arrays.setAll(demand, instance::demandOf);
      int load = routing.registerUnaryTransitVector(demand);
      long[] capacity = new long[vehicles];
      Arrays.fill(capacity, instance.capacity());
      routing.addDimensionWithVehicleCapacity(load, 0, capacity, true, "load");
      return new Model(instance, manager, routing);
    }

    private static long[][] distances(CvrpInstance instance) {
      int nodes = instance.nodes();
      long[][] d = new long[nodes][nodes];
      for (int i = 0; i < nodes; i++) {
        for (int j = 0; j < nodes; j++) {
          d[i][j] = instance.distance(i, j);
        }
      }
      return d;
    }

    /** Runs the search for {@code seconds} and returns the best solution of all. */
    Outcome<CvrpSolution> search(double seconds, CvrpOrToolsIncumbents incumbents) {
      Reporter reporter = new Reporter(this, incumbents);
      routing.addAtSolutionCallback(reporter);
      Assignment solution = routing.solveWithParameters(parameters(seconds));
      reporter.rethrow();
      if (solution != null) {
        incumbents.offer(routes(index -> solution.value(routing.nextVar(index))));
      }
      return incumbents.outcome();
    }

    private static RoutingSearchParameters parameters(double seconds) {
      long nanos = (long) (seconds * 1e9);
      return main.defaultRoutingSearchParameters().toBuilder()
          .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
          .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
          .setTimeLimit(com.google.protobuf.Duration.newBuilder()
              .setSeconds(nanos / 1_000_000_000).setNanos((int) (nanos % 1_000_000_000)))
          .setLogSearch(false)
          .build();
    }

    /** The non-empty routes, in customer numbers, given the successor of each routing index. */
    int[][] routes(LongUnaryOperator next) {
      List<int[]> routes = new ArrayList<>();
      int[] buffer = new int[instance.customers()];
      for (int v = 0; v < routing.vehicles(); v++) {
        int length = 0;
        for (long at = next.applyAsLong(routing.start(v)); !routing.isEnd(at);
            at = next.applyAsLong(at)) {
          buffer[length++] = manager.indexToNode(at);
        }
        if (length > 0) {
          routes.add(Arrays.copyOf(buffer, length));
        }
      }
      return routes.toArray(int[][]::new);
    }
  }

  /**
   * Reads every accepted solution cheaper than the incumbent and offers it. Guided local search
   * accepts many solutions; the cost is read first (one native call) so that the routes are read
   * only for an improvement. A failure (routes the evaluator rejects) stops the search and is
   * rethrown on the caller's thread, not inside native code.
   */
  private static final class Reporter implements Runnable {
    private final Model model;
    private final CvrpOrToolsIncumbents incumbents;
    private volatile RuntimeException failure;

    Reporter(Model model, CvrpOrToolsIncumbents incumbents) {
      this.model = model;
      this.incumbents = incumbents;
    }

    @Override
    public void run() {
      try {
        RoutingModel routing = model.routing();
        if (routing.costVar().value() < incumbents.cost()) {
          incumbents.offer(model.routes(index -> routing.nextVar(index).value()));
        }
      } catch (RuntimeException e) {
        failure = e;
        model.routing().CancelSearch();
      }
    }

    void rethrow() {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
