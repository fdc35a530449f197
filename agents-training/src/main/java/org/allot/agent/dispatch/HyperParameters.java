package org.allot.agent.dispatch;

/**
 * Every hyper-parameter of a run (defaults after Tassel's {@code main.py}, the CP limit and
 * episode counts cut to fit 2 cores).
 *
 * @param updates outer iterations
 * @param episodesPerInstance episodes sampled per instance and update
 * @param cpSeconds CP-SAT's limit per episode
 * @param learningRate Adam's initial rate, decayed linearly to 0
 * @param adamEpsilon Adam's epsilon
 * @param clip PPO's clip range
 * @param epochs the most epochs per phase
 * @param targetKl approximate KL that stops a phase
 * @param minibatches minibatches per epoch
 * @param seed seeds everything (Java generators, DJL, CP-SAT)
 * @param maxGradNorm the global gradient norm each minibatch's gradient is clipped to (CleanRL's
 *     PPO: 0.5)
 * @param waits whether the policy may wait while a job can start (Tassel's action space); when
 *     false (the default) the model is non-delay ({@link DispatchNetwork#WAITS}) and the expert
 *     replays the CP-improved schedule's machine sequences as priorities
 *     ({@link ExpertReplay#replayNonDelay}): with 1 s of CP-SAT the expert's waits taught the
 *     policy to idle without teaching it when (two runs, see docs/agents/dispatch.md, "Training history")
 * @param expertSamples continuations sampled from the policy at the cut; the expert is the best
 *     of them and the CP-SAT replay (0: CP-SAT only, as in the paper)
 * @param warmStartRounds rounds of imitating the best static rule (FDD/MWKR) before the first
 *     update, for fresh weights only (0: none, as in the paper); see {@link DispatchTraining#warmStart}
 * @param selfLabelRounds rounds of imitating the best of {@code expertSamples} episodes sampled
 *     from the policy itself (self-labelling, Corsini et al. 2024), after the warm start and
 *     before the first update (0: none, as in the paper); see {@link DispatchTraining#selfLabel}
 * @param pilotRounds rounds of imitating the pilot expert ({@link PilotExpert}: one-step
 *     lookahead with FDD/MWKR completions) on the states the policy visits (DAgger), after the
 *     warm start (0: none, as in the paper); see {@link DispatchTraining#pilot}
 */
public record HyperParameters(int updates, int episodesPerInstance, double cpSeconds,
    double learningRate, double adamEpsilon, double clip, int epochs, double targetKl,
    int minibatches, long seed, double maxGradNorm, boolean waits, int expertSamples,
    int warmStartRounds, int selfLabelRounds, int pilotRounds) {
  /** The default gradient-norm clip. */
  public static final double MAX_GRAD_NORM = 0.5;

  public HyperParameters {
    if (updates < 1 || episodesPerInstance < 2 || epochs < 1 || minibatches < 1
        || expertSamples < 0 || warmStartRounds < 0 || selfLabelRounds < 0 || pilotRounds < 0) {
      throw new IllegalArgumentException("need updates, epochs, minibatches >= 1 and at least"
          + " 2 episodes per instance, got " + updates + ", " + epochs + ", " + minibatches
          + ", " + episodesPerInstance + " (and expert samples, warm-start, self-labelling and"
          + " pilot rounds >= 0, got " + expertSamples + ", " + warmStartRounds + ", " + selfLabelRounds
          + ", " + pilotRounds + ")");
    }
    if (!(cpSeconds >= 0 && learningRate > 0 && adamEpsilon > 0 && clip > 0 && targetKl > 0
        && maxGradNorm > 0)) {
      throw new IllegalArgumentException("need cpSeconds >= 0 and a positive learning rate,"
          + " epsilon, clip, target KL and gradient-norm clip");
    }
  }

  /**
   * The hyper-parameters with the default gradient-norm clip {@value #MAX_GRAD_NORM}, non-delay.
   */
  public HyperParameters(int updates, int episodesPerInstance, double cpSeconds,
      double learningRate, double adamEpsilon, double clip, int epochs, double targetKl,
      int minibatches, long seed) {
    this(updates, episodesPerInstance, cpSeconds, learningRate, adamEpsilon, clip, epochs,
        targetKl, minibatches, seed, MAX_GRAD_NORM, false, 0, 0, 0, 0);
  }

  /**
   * The defaults: 100 updates, 4 episodes, 1 s CP-SAT, lr 2e-4, clip 0.3, KL 0.01, gradient
   * norm 0.5, non-delay.
   */
  public static HyperParameters defaults() {
    return new HyperParameters(100, 4, 1.0, 2e-4, 1e-5, 0.3, 20, 0.01, 20, 0, MAX_GRAD_NORM,
        false, 32, 10, 0, 0);
  }

  public HyperParameters withUpdates(int n) {
    return new HyperParameters(n, episodesPerInstance, cpSeconds, learningRate, adamEpsilon,
        clip, epochs, targetKl, minibatches, seed, maxGradNorm, waits, expertSamples,
        warmStartRounds, selfLabelRounds, pilotRounds);
  }

  public HyperParameters withSeed(long s) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, s, maxGradNorm, waits, expertSamples,
        warmStartRounds, selfLabelRounds, pilotRounds);
  }

  public HyperParameters withExpertSamples(int k) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, seed, maxGradNorm, waits, k,
        warmStartRounds, selfLabelRounds, pilotRounds);
  }

  public HyperParameters withWarmStartRounds(int r) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, seed, maxGradNorm, waits,
        expertSamples, r, selfLabelRounds, pilotRounds);
  }

  public HyperParameters withSelfLabelRounds(int r) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, seed, maxGradNorm, waits,
        expertSamples, warmStartRounds, r, pilotRounds);
  }

  public HyperParameters withPilotRounds(int r) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, seed, maxGradNorm, waits,
        expertSamples, warmStartRounds, selfLabelRounds, r);
  }

  public HyperParameters withWaits(boolean w) {
    return new HyperParameters(updates, episodesPerInstance, cpSeconds, learningRate,
        adamEpsilon, clip, epochs, targetKl, minibatches, seed, maxGradNorm, w, expertSamples,
        warmStartRounds, selfLabelRounds, pilotRounds);
  }
}
