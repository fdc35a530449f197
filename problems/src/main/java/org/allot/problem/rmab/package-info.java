/**
 * The restless-bandit family with combinatorial actions (coRMAB, SEQUOIA ICLR 2025).
 * {@link org.allot.problem.rmab.Rmab} is the problem and its replaying evaluator;
 * {@link org.allot.problem.rmab.RmabInstance} holds the arms and an
 * {@link org.allot.problem.rmab.ActionConstraint} (budget, multiple interventions, path,
 * bipartite matching, capacity); {@link org.allot.problem.rmab.RmabSimulator} steps episodes
 * with common random numbers; {@link org.allot.problem.rmab.RmabEpisodes} runs and scores
 * them; {@link org.allot.problem.rmab.RmabJsonFormat} reads and writes instances and
 * {@link org.allot.problem.rmab.RmabGenerator} makes the published setups;
 * {@link org.allot.problem.rmab.ArmPickEnvironment} is the MDP for agents, each step's joint
 * action built as masked single picks.
 */
package org.allot.problem.rmab;
