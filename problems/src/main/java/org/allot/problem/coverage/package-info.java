/**
 * The coverage family: submodular coverage walks on grids (informative path planning, after
 * SubPO). {@link org.allot.problem.coverage.Coverage} is the problem and its evaluator;
 * {@link org.allot.problem.coverage.CoverageInstance} and
 * {@link org.allot.problem.coverage.CoverageWalk} the instance and solution;
 * {@link org.allot.problem.coverage.CoverageState} the incremental marginal-gain state solvers
 * share; {@link org.allot.problem.coverage.CoverageJsonFormat} and
 * {@link org.allot.problem.coverage.DensityCsvFormat} read and write instances;
 * {@link org.allot.problem.coverage.CoverageVariant} names the generators;
 * {@link org.allot.problem.coverage.WalkEnvironment} is the MDP view.
 */
package org.allot.problem.coverage;
