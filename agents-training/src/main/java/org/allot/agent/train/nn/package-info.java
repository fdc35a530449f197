/**
 * The DJL twins of the plain-Java layers of {@code org.allot.agent.nn}: each computes its layer's
 * function in NDArray operations, batched, from the same named tensors of one {@link
 * org.allot.agent.Weights} ({@link org.allot.agent.train.nn.DjlParameters}), so that a network
 * trained here with autograd acts the same in the plain-Java forward of a search loop. The
 * network contract test in this module's test sources holds each pair to 1e-5.
 */
package org.allot.agent.train.nn;
