/**
 * Learned agents: policies over {@link org.allot.problem.Environment}s, turned into solvers by
 * {@link org.allot.agent.PolicySolver}, and the pieces every agent shares without DJL: weights as
 * named float tensors in Allot's own format or safetensors ({@link org.allot.agent.Weights}), the
 * plain-Java layers ({@code org.allot.agent.nn}), Adam
 * ({@link org.allot.agent.Adam}) and the learning-curve CSV ({@link org.allot.agent.LearningCurve}).
 * DJL set-up is in {@code org.allot.agent.djl}; the first agent is {@code org.allot.agent.dispatch};
 * docs/agents.md describes the pattern.
 */
package org.allot.agent;
