package org.allot.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.allot.problem.Evaluation;
import org.allot.problem.jobshop.DispatchingEnvironment;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.SemiActiveSchedule;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The job-shop hot loops on a 100 x 20 instance (Taillard distribution, seed 1): decoding an
 * operation sequence into a semi-active schedule, evaluating a schedule, and one dispatching
 * step (environment, and a non-delay rule). Times are per call, or per operation where the
 * benchmark name says so ({@code @OperationsPerInvocation(2000)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m"})
public class JobShopBenchmark {
  static final int JOBS = 100;
  static final int MACHINES = 20;
  static final int OPS = JOBS * MACHINES;

  JobShopInstance instance;
  int[] sequence;
  JobShopSchedule schedule;
  SemiActiveSchedule builder;
  DispatchingEnvironment environment;
  final JobShop problem = new JobShop();

  @Setup
  public void setUp() {
    instance = RandomJobShopGenerator.taillardLike(JOBS, MACHINES)
        .generate(new SplittableRandom(1), "bench-100x20");
    sequence = new int[OPS];
    for (int k = 0; k < OPS; k++) {
      sequence[k] = k % JOBS;
    }
    SplittableRandom random = new SplittableRandom(2);
    for (int k = OPS - 1; k > 0; k--) {
      int r = random.nextInt(k + 1);
      int t = sequence[k];
      sequence[k] = sequence[r];
      sequence[r] = t;
    }
    builder = new SemiActiveSchedule(instance);
    schedule = decode();
    environment = new DispatchingEnvironment(instance);
  }

  /** Decodes the operation sequence (one entry per operation: its job) into a schedule. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public int decodePerOperation() {
    builder.clear();
    for (int j : sequence) {
      builder.dispatch(j);
    }
    return builder.makespan();
  }

  /** Runs the evaluator (all violation checks and the makespan) on a complete schedule. */
  @Benchmark
  public Evaluation evaluate() {
    return problem.evaluate(instance, schedule);
  }

  /** One environment step: reset once per episode, then step with the sequence's jobs. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public double environmentStepPerOperation() {
    environment.reset(0);
    double total = 0;
    for (int j : sequence) {
      total += environment.step(j).reward();
    }
    return total;
  }

  /** One step of non-delay dispatching with FDD/MWKR (candidate scan and rule scores). */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public JobShopSchedule nonDelayRulePerOperation() {
    return NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0);
  }

  private JobShopSchedule decode() {
    builder.clear();
    for (int j : sequence) {
      builder.dispatch(j);
    }
    return builder.toSchedule();
  }
}
