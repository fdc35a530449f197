/**
 * Learned agents: policies over {@link org.allot.problem.Environment}s, turned into solvers by
 * {@link org.allot.agent.PolicySolver}. Training, DJL set-up and shipped weights arrive with the
 * first agent.
 */
package org.allot.agent;
