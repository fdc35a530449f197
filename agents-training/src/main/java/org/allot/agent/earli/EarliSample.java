package org.allot.agent.earli;

import org.allot.agent.train.ActionSample;

/**
 * One decision of a training rollout: at node {@code current} of {@code instance} with {@code
 * load} of the capacity left, the rollout chose node {@code action} among {@code candidates}
 * (nodes, depot first when present); what {@link DjlEarliPolicy} needs to recompute its
 * log-probability.
 *
 * @param instance the instance's features, shared by its decisions (compared by identity)
 * @param current the node the vehicle stands at
 * @param load the remaining load as a fraction of the capacity
 * @param candidates the candidate nodes
 * @param action the chosen node
 * @param oldLogProb its log-probability when sampled
 * @param advantage the rollout's advantage over the instance's mean (POMO's shared baseline)
 */
public record EarliSample(NodeFeatures instance, int current, float load, int[] candidates,
    int action, double oldLogProb, double advantage) implements ActionSample {}
