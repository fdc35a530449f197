package org.allot.solver.rmab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabEpisodes;
import org.allot.problem.rmab.RmabInstance;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/**
 * Registers the restless-bandit baselines, each a {@link RmabPolicySolver}: {@code none},
 * {@code random}, {@code sampling}, {@code myopic} (the family's default) and {@code whittle}.
 * Every one takes the option {@code episodes} (E, default 50); {@code sampling} also takes
 * {@code samples} (K, default 100); {@code myopic} and {@code whittle} take {@code gap} (SCIP's
 * relative gap, default 1e-4, OR-Tools' default; the published code used 0.02) and
 * {@code mip-seconds} (a time cap per step, default 0 = only the solve's deadline). Same seed,
 * same result, except where a MIP stops on a time limit (a binding cap, or the solve's deadline),
 * since SCIP's incumbent then depends on the machine's speed.
 */
public abstract sealed class RmabBaselineProvider implements SolverProvider {
  /** The option naming the number of episodes. */
  public static final String EPISODES = "episodes";
  /** The option naming sampling's number of random actions per step. */
  public static final String SAMPLES = "samples";
  /** The option naming the MIP's relative optimality gap (myopic, whittle). */
  public static final String GAP = "gap";
  /** The option naming the MIP's time limit per step in seconds, 0 for none (myopic, whittle). */
  public static final String MIP_SECONDS = "mip-seconds";
  /** Sampling's default K, as in the published work. */
  public static final int DEFAULT_SAMPLES = 100;

  private static final int MAX_EPISODES = 1_000_000;

  private final String id;
  private final String description;

  RmabBaselineProvider(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public String problemId() {
    return Rmab.ID;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Solver<?, ?> create() {
    return create(SolverOptions.none());
  }

  @Override
  public List<SolverOptions.Declared> options() {
    return List.of(new SolverOptions.Declared(EPISODES, "" + RmabEpisodes.DEFAULT_EPISODES,
        "number of seeded episodes (E)"));
  }

  @Override
  public Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id, options());
    int episodes = options.integer(EPISODES, RmabEpisodes.DEFAULT_EPISODES, 1, MAX_EPISODES);
    return new RmabPolicySolver(id, episodes, policy(options));
  }

  /** Opens this baseline's policy of an instance. */
  abstract Function<RmabInstance, RmabPolicy> policy(SolverOptions options);

  /** {@code none}. */
  public static final class None extends RmabBaselineProvider {
    public None() {
      super("none", "no action (interventions: the B interventions of least total effect)");
    }

    @Override
    Function<RmabInstance, RmabPolicy> policy(SolverOptions options) {
      return RmabNoAction::new;
    }
  }

  /** {@code random}. */
  public static final class Random extends RmabBaselineProvider {
    public Random() {
      super("random", "a random feasible action per step (the normaliser)");
    }

    @Override
    Function<RmabInstance, RmabPolicy> policy(SolverOptions options) {
      return RmabRandom::new;
    }
  }

  /** {@code sampling}. */
  public static final class Sampling extends RmabBaselineProvider {
    public Sampling() {
      super("sampling", "best of K random feasible actions by expected next-step reward");
    }

    @Override
    public List<SolverOptions.Declared> options() {
      List<SolverOptions.Declared> all = new ArrayList<>(super.options());
      all.add(new SolverOptions.Declared(SAMPLES, "" + DEFAULT_SAMPLES,
          "random feasible actions scored per step (K)"));
      return all;
    }

    @Override
    Function<RmabInstance, RmabPolicy> policy(SolverOptions options) {
      int samples = options.integer(SAMPLES, DEFAULT_SAMPLES, 1, 1_000_000);
      return instance -> new RmabSampling(instance, samples);
    }
  }

  /** The MIP options of {@code myopic} and {@code whittle}. */
  static List<SolverOptions.Declared> withMipOptions(List<SolverOptions.Declared> base) {
    List<SolverOptions.Declared> all = new ArrayList<>(base);
    all.add(new SolverOptions.Declared(GAP, "1e-4", "SCIP's relative optimality gap per step"));
    all.add(new SolverOptions.Declared(MIP_SECONDS, "0",
        "time cap per step's MIP in seconds (0: only the overall time limit)"));
    return all;
  }

  static MipPolicy.Settings mipSettings(SolverOptions options) {
    return new MipPolicy.Settings(options.number(GAP, 1e-4, 0, 1),
        options.number(MIP_SECONDS, 0, 0, 1e6));
  }

  /** {@code myopic}, the family's default. */
  public static final class Myopic extends RmabBaselineProvider {
    @Override
    public List<SolverOptions.Declared> options() {
      return withMipOptions(super.options());
    }

    public Myopic() {
      super("myopic", "MIP (SCIP) maximising the expected next-step reward");
    }

    @Override
    public boolean isDefault() {
      return true;
    }

    @Override
    Function<RmabInstance, RmabPolicy> policy(SolverOptions options) {
      MipPolicy.Settings settings = mipSettings(options);
      return instance -> new RmabMyopic(instance, settings);
    }
  }

  /** {@code whittle}. */
  public static final class Whittle extends RmabBaselineProvider {
    @Override
    public List<SolverOptions.Declared> options() {
      return withMipOptions(super.options());
    }

    public Whittle() {
      super("whittle", "Whittle indices, then the MIP (SCIP) maximising the acted arms' indices");
    }

    @Override
    Function<RmabInstance, RmabPolicy> policy(SolverOptions options) {
      MipPolicy.Settings settings = mipSettings(options);
      return instance -> new RmabWhittle(instance, settings);
    }
  }
}
