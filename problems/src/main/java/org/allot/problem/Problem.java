package org.allot.problem;

import java.util.List;
import java.util.Optional;

/**
 * A problem family: its formats and its evaluator. Implementations are stateless and
 * thread-safe, and registered as {@code META-INF/services/org.allot.problem.Problem} providers so
 * that {@link Problems} finds them.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public interface Problem<I extends Instance, S extends Solution> {
  /** The family's id: {@code jobshop}, {@code cvrp}, {@code memory}, {@code rmab}, {@code coverage}. */
  String id();

  /** One line for {@code allot list}. */
  String description();

  Sense sense();

  /** The instance type, for dispatching a read instance to this problem. */
  Class<I> instanceType();

  /** The solution type. */
  Class<S> solutionType();

  /** The readers and writers, the preferred one first. */
  List<InstanceFormat<I>> formats();

  /**
   * The independent checker of a solution: the oracle every solver is tested against. It never
   * trusts a solver and never throws for an infeasible solution.
   *
   * @throws IllegalArgumentException only when the solution's shape does not fit the instance at
   *     all (for example a schedule for another number of jobs)
   */
  Evaluation evaluate(I instance, S solution);

  /**
   * The family's instance generators, found by {@link Generators}; empty when the family has
   * none (the default).
   */
  default Optional<GeneratorFamily<I>> generators() {
    return Optional.empty();
  }
}
