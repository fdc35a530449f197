package org.allot.agent.train.nn;

import org.allot.agent.nn.TransformerEncoderBlock.Norm;

/** A post-norm encoder block passes the network contract. */
class TransformerEncoderBlockPostNormTest extends EncoderBlockContract {
  @Override
  protected Norm norm() {
    return Norm.POST;
  }
}
