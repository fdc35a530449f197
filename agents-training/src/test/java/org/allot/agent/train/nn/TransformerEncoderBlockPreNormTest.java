package org.allot.agent.train.nn;

import org.allot.agent.nn.TransformerEncoderBlock.Norm;

/** A pre-norm encoder block passes the network contract. */
class TransformerEncoderBlockPreNormTest extends EncoderBlockContract {
  @Override
  protected Norm norm() {
    return Norm.PRE;
  }
}
