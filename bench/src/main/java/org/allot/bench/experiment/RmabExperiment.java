package org.allot.bench.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allot.problem.Evaluation;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabEpisodes;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSolution;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.Solvers;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The restless-bandit baselines table: every solver on generated instances of each constraint
 * kind and size, E seeded episodes each (the same episode seeds for every solver), the mean
 * discounted return with a 95% Student-t confidence interval, normalised by the random
 * baseline's mean (random = 1; the interval is divided by the same constant, so the random
 * baseline's own uncertainty is not propagated). Every solution is re-checked by the evaluator.
 *
 * <p>Usage: {@code RmabExperiment [--sizes interventions:20:5,path:40:10,...] [--solvers
 * none,random,sampling,myopic,whittle] [--episodes 50] [--instance-seed 1] [--seed 0]
 * [--mip-seconds 0] [--gap 1e-4] [--csv runs.csv] [--md table.md]}; prints one CSV line per
 * run as it goes and the Markdown table at the end.
 */
public final class RmabExperiment {
  private static final String DEFAULT_SIZES = "interventions:20:5,interventions:40:10,"
      + "interventions:100:20,path:20:5,path:40:10,path:100:20,matching:20:5,matching:40:10,"
      + "matching:100:20,capacity:20:5,capacity:40:10,capacity:100:20";
  private static final List<String> MIP_SOLVERS = List.of("myopic", "whittle");

  private RmabExperiment() {}

  /** One run's figures. */
  record Run(String instance, String solver, int episodes, double mean, double half,
      double seconds, double msPerAction) {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i], args[i + 1]);
    }
    int episodes = Integer.parseInt(opt.getOrDefault("--episodes", "50"));
    long instanceSeed = Long.parseLong(opt.getOrDefault("--instance-seed", "1"));
    long seed = Long.parseLong(opt.getOrDefault("--seed", "0"));
    List<String> solvers = List.of(opt.getOrDefault("--solvers",
        "none,random,sampling,myopic,whittle").split(","));
    PrintStream csv = opt.containsKey("--csv")
        ? new PrintStream(Files.newOutputStream(Path.of(opt.get("--csv"))), true) : null;
    String header = "instance,kind,arms,budget,solver,episodes,mean_return,ci95_half,"
        + "normalised,normalised_ci95_half,seconds,ms_per_action";
    System.out.println(header);
    if (csv != null) {
      csv.println(header);
    }
    Map<String, List<Run>> table = new LinkedHashMap<>();
    for (String size : opt.getOrDefault("--sizes", DEFAULT_SIZES).split(",")) {
      String[] f = size.split(":");
      RmabInstance instance = RmabGenerator.generate(f[0], Integer.parseInt(f[1]),
          Integer.parseInt(f[2]), instanceSeed);
      List<Run> runs = new ArrayList<>();
      for (String id : solvers) {
        runs.add(run(instance, id, options(id, episodes, opt), seed));
      }
      double norm = runs.stream().filter(r -> r.solver().equals("random")).findFirst()
          .map(Run::mean).orElse(Double.NaN);
      for (Run r : runs) {
        String line = String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d,%.4f,%.4f,%.4f,%.4f,%.1f,%.2f",
            r.instance(), f[0], f[1], f[2], r.solver(), r.episodes(), r.mean(), r.half(),
            r.mean() / norm, r.half() / norm, r.seconds(), r.msPerAction());
        System.out.println(line);
        if (csv != null) {
          csv.println(line);
        }
      }
      table.put(instance.name(), runs);
    }
    String md = markdown(table, solvers);
    System.out.println(md);
    if (opt.containsKey("--md")) {
      Files.writeString(Path.of(opt.get("--md")), md);
    }
  }

  private static SolverOptions options(String id, int episodes, Map<String, String> opt) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("episodes", "" + episodes);
    if (MIP_SOLVERS.contains(id)) {
      o.put("mip-seconds", opt.getOrDefault("--mip-seconds", "0"));
      o.put("gap", opt.getOrDefault("--gap", "1e-4"));
    }
    return SolverOptions.of(o);
  }

  @SuppressWarnings("unchecked")
  private static Run run(RmabInstance instance, String id, SolverOptions options, long seed) {
    Solver<RmabInstance, RmabSolution> solver = (Solver<RmabInstance, RmabSolution>)
        Solvers.create(new Rmab(), id, options);
    Budget budget = new Budget(Duration.ofHours(24), seed, 1);
    long t0 = System.nanoTime();
    Outcome<RmabSolution> outcome = solver.solve(instance, budget);
    double seconds = (System.nanoTime() - t0) / 1e9;
    RmabSolution s = outcome.best().orElseThrow(() -> new IllegalStateException(id
        + " returned no episodes on " + instance.name()));
    Evaluation e = new Rmab().evaluate(instance, s);
    if (!e.feasible()) {
      throw new IllegalStateException(id + " on " + instance.name() + ": " + e.violations());
    }
    double[] returns = RmabEpisodes.returns(instance, s);
    double mean = RmabEpisodes.mean(returns);
    double half = halfWidth(returns, mean);
    double perAction = 1000 * seconds / (s.episodes() * instance.horizon());
    return new Run(instance.name(), id, s.episodes(), mean, half, seconds, perAction);
  }

  /** The half-width of the 95% Student-t interval of the mean (0 for one episode). */
  static double halfWidth(double[] values, double mean) {
    int n = values.length;
    if (n < 2) {
      return 0;
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
  }

  private static String markdown(Map<String, List<Run>> table, List<String> solvers) {
    StringBuilder b = new StringBuilder("| instance |");
    solvers.forEach(s -> b.append(' ').append(s).append(" |"));
    b.append(" ms/action myopic | ms/action whittle |\n|---|");
    solvers.forEach(s -> b.append("---|"));
    b.append("---|---|\n");
    for (var entry : table.entrySet()) {
      List<Run> runs = entry.getValue();
      double norm = runs.stream().filter(r -> r.solver().equals("random")).findFirst()
          .map(Run::mean).orElse(Double.NaN);
      b.append("| ").append(entry.getKey()).append(" |");
      for (Run r : runs) {
        b.append(String.format(Locale.ROOT, " %.3f ± %.3f |", r.mean() / norm, r.half() / norm));
      }
      for (String mip : MIP_SOLVERS) {
        b.append(runs.stream().filter(r -> r.solver().equals(mip)).findFirst()
            .map(r -> String.format(Locale.ROOT, " %.1f |", r.msPerAction())).orElse(" – |"));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
