/**
 * Learned agents: policies over {@link org.allot.problem.Environment}s, turned into solvers by
 * {@link org.allot.agent.PolicySolver}, and the pieces every agent shares without DJL: weights as
 * named float tensors in Allot's own format or safetensors ({@link org.allot.agent.Weights}), the
 * plain-Java layers ({@code org.allot.agent.nn}) and Adam
 * ({@link org.allot.agent.Adam}, which solvers may use to fine-tune at solve time). Training (DJL,
 * losses, the training loop's parts, the trainers behind {@code allot train}) is in the
 * allot-agents-training module; the first agent is {@code org.allot.agent.dispatch};
 * docs/agents.md describes the pattern.
 */
package org.allot.agent;
