/**
 * The plain-Java network layers every agent's inference uses (no DJL): {@link
 * org.allot.agent.nn.Dense}, the {@link org.allot.agent.nn.Mlp} (with a plain-Java backward pass
 * for small networks), {@link org.allot.agent.nn.LayerNorm}, {@link
 * org.allot.agent.nn.MultiHeadAttention}, the {@link org.allot.agent.nn.TransformerEncoderBlock}
 * and the {@link org.allot.agent.nn.MaskedSoftmax} over legal actions. Their parameters are named
 * tensors of one {@link org.allot.agent.Weights}, under a prefix that each layer's Javadoc
 * expands; {@code initial} gives fresh ones as PyTorch draws them. The layers are immutable and
 * thread-safe, work on primitive arrays (row-major for sets of rows) and, given a scratch object
 * per thread, allocate nothing per call: fit for search loops. Each has a DJL twin in {@code
 * allot-agents-training} ({@code org.allot.agent.train.nn}) that computes the same function
 * batched, for training; the network contract test there holds every pair to 1e-5.
 */
package org.allot.agent.nn;
