package org.allot.agent.train.nn;

import org.allot.agent.nn.Activation;

/** An MLP with tanh hidden layers passes the network contract and the backward check. */
class MlpTanhTest extends MlpContract {
  @Override
  protected Activation activation() {
    return Activation.TANH;
  }
}
