package org.allot.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;

/** The registry of solvers, discovered with {@link ServiceLoader}. */
public final class Solvers {
  private static final List<SolverProvider> ALL = load();

  private Solvers() {}

  private static List<SolverProvider> load() {
    List<SolverProvider> list = new ArrayList<>();
    ServiceLoader.load(SolverProvider.class, Solvers.class.getClassLoader()).forEach(list::add);
    list.sort(Comparator.comparing(SolverProvider::problemId).thenComparing(SolverProvider::id));
    return List.copyOf(list);
  }

  /** Every registered solver, by problem then id. */
  public static List<SolverProvider> all() {
    return ALL;
  }

  /** The solvers of one problem family. */
  public static List<SolverProvider> forProblem(String problemId) {
    return ALL.stream().filter(p -> p.problemId().equals(problemId)).toList();
  }

  /**
   * The provider of solver {@code id} for {@code problemId}.
   *
   * @throws NoSuchElementException naming the known ids of that family when there is none
   */
  public static SolverProvider provider(String problemId, String id) {
    for (SolverProvider p : forProblem(problemId)) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    List<String> known = forProblem(problemId).stream().map(SolverProvider::id).toList();
    throw new NoSuchElementException("unknown solver '" + id + "' for " + problemId
        + "; known solvers: " + String.join(", ", known));
  }

  /** The default solver's provider of a family. */
  public static SolverProvider defaultProvider(String problemId) {
    List<SolverProvider> list = forProblem(problemId);
    return list.stream().filter(SolverProvider::isDefault).findFirst()
        .or(() -> list.stream().findFirst())
        .orElseThrow(() -> new NoSuchElementException("no solver registered for " + problemId));
  }

  /** A new solver {@code id} typed for {@code problem}. */
  @SuppressWarnings("unchecked")
  public static <I extends Instance, S extends Solution> Solver<I, S> create(
      Problem<I, S> problem, String id) {
    return (Solver<I, S>) provider(problem.id(), id).create();
  }

  /**
   * A new solver {@code id} typed for {@code problem}, with {@code options}.
   *
   * @throws NoSuchElementException naming the known ids when there is no such solver
   * @throws IllegalArgumentException naming the option when one is unknown to the solver or has a
   *     bad value
   */
  @SuppressWarnings("unchecked")
  public static <I extends Instance, S extends Solution> Solver<I, S> create(
      Problem<I, S> problem, String id, SolverOptions options) {
    SolverProvider provider = provider(problem.id(), id);
    options.requireDeclared(id, provider.options());
    return (Solver<I, S>) (options.isEmpty() ? provider.create() : provider.create(options));
  }
}
