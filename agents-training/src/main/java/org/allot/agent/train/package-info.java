/**
 * The training platform every agent's trainer uses, so that an agent writes only its own loop
 * body: {@link org.allot.agent.train.Seeding} first, the hyper-parameter record in {@link
 * org.allot.agent.train.HyperParametersFile}, a {@link org.allot.agent.train.LearningCurve} with
 * named columns, {@link org.allot.agent.train.Checkpoints} (latest and best-so-far weights), the
 * {@link org.allot.agent.train.NanGuard}, and the policy-gradient losses over a masked categorical
 * policy ({@link org.allot.agent.train.PpoClip}, {@link org.allot.agent.train.Reinforce}) given
 * as a {@link org.allot.agent.train.DifferentiablePolicy}. Trainers are {@link
 * org.allot.agent.train.TrainerProvider} services, which {@code allot train NAME} finds. Adam stays
 * in {@code org.allot.agent} (solvers fine-tune with it at solve time, without DJL).
 */
package org.allot.agent.train;
