package org.allot.agent.dispatch;

import java.time.Duration;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.jobshop.StartingSchedule;

/**
 * {@code dispatch+cpsat}: the learned policy's best sampled schedule (as {@link DispatchSampler},
 * within at most {@link #SAMPLING_SHARE} of the time limit) becomes CP-SAT's hint and upper bound
 * for the rest of the same limit (sampling and CP-SAT use the budget's threads). Every schedule
 * goes through the incumbents (evaluator-checked);
 * the outcome carries CP-SAT's proven bound. With one thread and one seed, a run that the limit
 * does not cut is reproducible. Thread-safe.
 *
 * <p>With {@code rules} (option {@code rules=yes}) the best schedule of the static rules that
 * {@code cpsat} starts from ({@link StartingSchedule#bestRule}, milliseconds) joins the learned
 * ones before CP-SAT, so the hint is the better of the two (a learned one on ties); it is also
 * returned when the limit ends before even the greedy episode. The learned policy starts from
 * imitating FDD/MWKR; on instances where another rule is far better (SPT on swv11-swv15, 3714
 * against the first training step's best of 32 samples 4212 and the shipped model's 4155 on
 * swv11) the learned hint alone can start CP-SAT behind {@code cpsat}. Off by default: Tassel et
 * al.'s set-up, and the way to see what the learned hint alone contributes.
 */
public final class DispatchCpSat implements Solver<JobShopInstance, JobShopSchedule> {
  /** The solver's id. */
  public static final String ID = "dispatch+cpsat";

  /** The largest share of the time limit spent sampling. */
  public static final double SAMPLING_SHARE = 0.2;

  /** Time kept back from CP-SAT for returning, in seconds. */
  private static final double MARGIN_SECONDS = 0.05;

  private final DispatchNetwork network;
  private final int samples;
  private final boolean rules;

  /**
   * The learned hint alone, as Tassel et al.
   *
   * @throws IllegalArgumentException when {@code samples} is below 1
   */
  public DispatchCpSat(DispatchNetwork network, int samples) {
    this(network, samples, false);
  }

  /**
   * @param rules whether the best static rule schedule competes for the hint
   * @throws IllegalArgumentException when {@code samples} is below 1
   */
  public DispatchCpSat(DispatchNetwork network, int samples, boolean rules) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    this.network = network;
    this.samples = samples;
    this.rules = rules;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
      IncumbentListener<? super JobShopSchedule> listener) {
    Deadline deadline = budget.start();
    Incumbents<JobShopInstance, JobShopSchedule> best =
        new Incumbents<>(new JobShop(), instance, deadline, listener);
    // Milliseconds; made first so that a limit too short for even the greedy episode (a loaded
    // machine, a cold JVM) still returns the rule schedule, as cpsat does.
    JobShopSchedule rule = rules ? StartingSchedule.bestRule(instance) : null;
    JobShopSchedule greedy = DispatchSampler.episode(new CpDispatchEnvironment(instance),
        network, 0, new java.util.SplittableRandom(0), deadline);
    if (greedy == null) {
      if (rule != null) {
        best.offer(rule);
      }
      return best.outcome(Double.NaN);
    }
    best.offer(greedy);
    Duration share = Duration.ofNanos((long) (budget.timeLimit().toNanos() * SAMPLING_SHARE));
    Deadline sampling = Deadline.after(share.compareTo(deadline.remaining()) < 0 ? share
        : deadline.remaining());
    DispatchSampler.sample(instance, network, samples, budget.seed(), budget.threads(), sampling,
        best);
    if (rule != null) {
      best.offer(rule);
    }
    double seconds = deadline.remainingSeconds() - MARGIN_SECONDS;
    if (seconds <= 0) {
      return best.outcome(Double.NaN);
    }
    WarmStartCpSat.Result r = WarmStartCpSat.solve(instance, best.best().start(), null, 0,
        seconds, budget.threads(), budget.seed(), s -> best.offer(new JobShopSchedule(s)));
    best.offer(new JobShopSchedule(r.starts()));
    return r.optimal() ? best.optimal() : best.outcome(r.bound());
  }
}
