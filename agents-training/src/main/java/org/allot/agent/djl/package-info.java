/**
 * DJL (PyTorch engine, CPU) support shared by the learned agents: engine set-up, seeding and
 * NDManager scopes ({@link org.allot.agent.djl.DjlRuntime}). DJL is used for training (autograd)
 * and batched inference; batch-1 inference runs in plain Java on exported weights.
 */
package org.allot.agent.djl;
