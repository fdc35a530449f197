/**
 * The plain-Java network layers every agent's inference uses (no DJL): activations, the MLP
 * (with a plain-Java backward pass for small networks), the masked softmax over legal actions;
 * parameters are named tensors of one {@link org.allot.agent.Weights}. Each layer has a DJL twin
 * in {@code allot-agents-training} that computes the same function for training, checked by the
 * shared network contract test.
 */
package org.allot.agent.nn;
