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
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;

/**
 * Runs solvers over instance files of any family (format detected as {@code allot solve} does)
 * and prints one row per instance with each solver's objective and gap to a best-known value,
 * plus each solver's mean gap, as Markdown; one CSV line per run. Every solution is re-checked by
 * the family's evaluator; an infeasible one is reported and left out of the means. A stop-gap
 * until the suite runner ({@code allot bench}) lands.
 *
 * <p>Usage: {@code Experiment --files a.vrp,b.vrp --solvers savings,hgs [--time-limit 60]
 * [--threads 1] [--seeds 1,2,3] [--bks bks.csv] [--csv runs.csv]}; the bounds file is a CSV
 * with the columns {@code instance} and {@code bks}.
 */
public final class Experiment {
  private Experiment() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i], args[i + 1]);
    }
    List<String> files = List.of(opt.get("--files").split(","));
    List<String> solvers = List.of(opt.get("--solvers").split(","));
    List<Long> seeds = new ArrayList<>();
    for (String s : opt.getOrDefault("--seeds", "0").split(",")) {
      seeds.add(Long.parseLong(s));
    }
    Duration limit = Duration.ofMillis((long) (1000 * Double.parseDouble(
        opt.getOrDefault("--time-limit", "10"))));
    int threads = Integer.parseInt(opt.getOrDefault("--threads", "1"));
    Map<String, Double> bks = bounds(opt.get("--bks"));
    PrintStream csv = opt.containsKey("--csv")
        ? new PrintStream(Files.newOutputStream(Path.of(opt.get("--csv"))), true) : null;
    if (csv != null) {
      csv.println("instance,solver,seed,status,objective,best_known,gap_percent,seconds,feasible");
    }
    Map<String, Map<String, List<Double>>> gaps = new LinkedHashMap<>();
    Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();
    for (String file : files) {
      Problems.Loaded<?, ?> loaded = Problems.read(Path.of(file));
      String name = loaded.instance().name();
      for (String id : solvers) {
        for (long seed : seeds) {
          String line = run(loaded, id, new Budget(limit, seed, threads), bks.get(name),
              gaps.computeIfAbsent(name, k -> new LinkedHashMap<>()),
              values.computeIfAbsent(name, k -> new LinkedHashMap<>()));
          System.err.println(line);
          if (csv != null) {
            csv.println(line);
          }
        }
      }
    }
    System.out.println(table(values, gaps, solvers, bks));
  }

  private static <I extends Instance, S extends Solution> String run(Problems.Loaded<I, S> loaded,
      String id, Budget budget, Double best, Map<String, List<Double>> gaps,
      Map<String, List<Double>> values) {
    Problem<I, S> problem = loaded.problem();
    I instance = loaded.instance();
    Solver<I, S> solver = Solvers.create(problem, id);
    long t0 = System.nanoTime();
    Outcome<S> out = solver.solve(instance, budget);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Evaluation e = out.best().map(s -> problem.evaluate(instance, s)).orElse(null);
    boolean feasible = e != null && e.feasible();
    double objective = e == null ? Double.NaN : e.objective();
    double gap = best == null || !feasible ? Double.NaN : 100 * (objective - best) / best;
    if (feasible) {
      values.computeIfAbsent(id, k -> new ArrayList<>()).add(objective);
      if (best != null) {
        gaps.computeIfAbsent(id, k -> new ArrayList<>()).add(gap);
      }
    }
    return String.format(Locale.ROOT, "%s,%s,%d,%s,%.9g,%s,%.3f,%.2f,%s", instance.name(), id,
        budget.seed(), out.status(), objective, best == null ? "" : String.format(Locale.ROOT,
            "%.0f", best), gap, seconds, feasible);
  }

  static String table(Map<String, Map<String, List<Double>>> values,
      Map<String, Map<String, List<Double>>> gaps, List<String> solvers, Map<String, Double> bks) {
    StringBuilder b = new StringBuilder("| instance | best known |");
    solvers.forEach(s -> b.append(' ').append(s).append(" (median) | gap % |"));
    b.append("\n|---|---|");
    solvers.forEach(s -> b.append("---|---|"));
    b.append('\n');
    Map<String, List<Double>> means = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      Double best = bks.get(name);
      b.append("| ").append(name).append(" | ")
          .append(best == null ? "" : String.format(Locale.ROOT, "%.0f", best)).append(" |");
      for (String s : solvers) {
        double median = median(values.get(name).getOrDefault(s, List.of()));
        double gap = median(gaps.get(name).getOrDefault(s, List.of()));
        means.computeIfAbsent(s, k -> new ArrayList<>()).add(gap);
        b.append(String.format(Locale.ROOT, " %.7g | %.2f |", median, gap));
      }
      b.append('\n');
    }
    b.append("| mean gap | |");
    for (String s : solvers) {
      double mean = means.getOrDefault(s, List.of()).stream().mapToDouble(Double::doubleValue)
          .average().orElse(Double.NaN);
      b.append(String.format(Locale.ROOT, " | %.2f |", mean));
    }
    return b.append('\n').toString();
  }

  static double median(List<Double> list) {
    if (list.isEmpty()) {
      return Double.NaN;
    }
    double[] a = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }

  static Map<String, Double> bounds(String file) throws IOException {
    Map<String, Double> map = new HashMap<>();
    if (file == null) {
      return map;
    }
    List<String> lines = Files.readAllLines(Path.of(file));
    List<String> header = List.of(lines.getFirst().split(","));
    int name = header.indexOf("instance");
    int value = header.indexOf("bks");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (f.length > Math.max(name, value) && !f[value].isBlank()) {
        map.put(f[name], Double.parseDouble(f[value]));
      }
    }
    return map;
  }
}
