package org.allot.agent.train.nn;

import org.allot.agent.nn.Activation;

/** An MLP with relu hidden layers passes the network contract and the backward check. */
class MlpReluTest extends MlpContract {
  @Override
  protected Activation activation() {
    return Activation.RELU;
  }
}
