/**
 * The learned job-shop dispatching rule after Tassel, Gebser and Schekotihin (ICAPS 2023): the CP
 * environment ({@link org.allot.agent.dispatch.CpDispatchEnvironment}), the network in plain Java
 * ({@link org.allot.agent.dispatch.DispatchNetwork}) and DJL, training
 * ({@link org.allot.agent.dispatch.Trainer}) and the solvers {@code dispatch},
 * {@code dispatch-sample} and {@code dispatch+cpsat} ({@link org.allot.agent.dispatch.DispatchProviders}).
 */
package org.allot.agent.dispatch;
