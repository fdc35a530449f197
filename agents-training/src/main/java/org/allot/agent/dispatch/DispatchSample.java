package org.allot.agent.dispatch;

import org.allot.agent.train.ActionSample;

/**
 * One dispatching decision to learn from: the state as the policy saw it (observation and legal
 * actions), the action, its log-probability when taken, and its advantage.
 */
record DispatchSample(float[] observation, boolean[] mask, int action, double oldLogProb,
    double advantage) implements ActionSample {}
