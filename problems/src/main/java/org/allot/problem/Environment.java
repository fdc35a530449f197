package org.allot.problem;

/**
 * The Markov-decision-process view of an instance, for learned agents and tree search. Semantics
 * follow Gymnasium: {@link #reset} starts an episode, {@link #step} applies an action that the
 * mask allows. Environments are not thread-safe; {@link #copy} gives an independent one for
 * rollouts and search.
 *
 * @param <S> the solution type an episode builds
 */
public interface Environment<S extends Solution> {
  /** The number of discrete actions (the length of the action mask). */
  int actionCount();

  /** The length of the observation vector. */
  int observationSize();

  /** Starts a new episode; the seed drives any randomness of the dynamics. */
  void reset(long seed);

  /**
   * Applies an action.
   *
   * @throws IllegalArgumentException when the action is out of range or masked out
   * @throws IllegalStateException when the episode is over
   */
  Step step(int action);

  /** Writes the legal actions into {@code into} (length {@link #actionCount()}). */
  void actionMask(boolean[] into);

  /** Writes the observation into {@code into} (length {@link #observationSize()}). */
  void observe(float[] into);

  /** True when the current episode has ended. */
  boolean done();

  /**
   * The solution built by the episode.
   *
   * @throws IllegalStateException when the episode is not over
   */
  S solution();

  /** An independent copy in the same state. */
  Environment<S> copy();
}
