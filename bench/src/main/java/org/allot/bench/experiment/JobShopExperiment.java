package org.allot.bench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;

/**
 * Runs job-shop solvers over a benchmark set and prints the mean gap to the best-known makespan
 * per size group, as a Markdown table, plus one CSV line per run. Every solution is re-checked
 * by the evaluator; an infeasible one is reported and left out of the means. A stop-gap until
 * the suite runner ({@code allot bench}) lands.
 *
 * <p>Usage: {@code JobShopExperiment --set taillard|DIR[:GLOB] --solvers spt,cpsat
 * [--time-limit 10] [--threads 2] [--bks bks.json] [--csv runs.csv]}
 */
public final class JobShopExperiment {
  private JobShopExperiment() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = options(args);
    List<JobShopInstance> instances = instances(opt.getOrDefault("--set", "taillard"));
    List<String> solverIds = List.of(opt.getOrDefault("--solvers", "fdd-mwkr").split(","));
    Duration limit = Duration.ofMillis((long) (Double.parseDouble(
        opt.getOrDefault("--time-limit", "10")) * 1000));
    int threads = Integer.parseInt(opt.getOrDefault("--threads", "2"));
    Map<String, Integer> bks = bestKnown(Path.of(opt.getOrDefault("--bks",
        "../shared/instances/jssp/bks.json")));
    PrintStream csv = opt.containsKey("--csv")
        ? new PrintStream(Files.newOutputStream(Path.of(opt.get("--csv"))), true) : null;
    if (csv != null) {
      csv.println("instance,size,solver,status,makespan,bound,best_known,gap_percent,seconds,feasible");
    }
    Map<String, Map<String, List<Double>>> gaps = new LinkedHashMap<>();
    JobShop problem = new JobShop();
    for (JobShopInstance instance : instances) {
      String group = instance.jobs() + "x" + instance.machines();
      Integer best = bks.get(instance.name());
      if (best == null) {
        best = bks.get(instance.name() + "js");
      }
      for (String id : solverIds) {
        Solver<JobShopInstance, org.allot.problem.jobshop.JobShopSchedule> solver =
            Solvers.create(problem, id);
        long t0 = System.nanoTime();
        Outcome<org.allot.problem.jobshop.JobShopSchedule> out =
            solver.solve(instance, new Budget(limit, 0, threads));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Evaluation e = out.best().map(s -> problem.evaluate(instance, s)).orElse(null);
        boolean feasible = e != null && e.feasible();
        double makespan = e == null ? Double.NaN : e.objective();
        double gap = best == null || !feasible ? Double.NaN : 100.0 * (makespan - best) / best;
        if (feasible && best != null) {
          gaps.computeIfAbsent(group, g -> new LinkedHashMap<>())
              .computeIfAbsent(id, s -> new ArrayList<>()).add(gap);
        }
        String line = String.format(Locale.ROOT, "%s,%s,%s,%s,%.0f,%.0f,%s,%.2f,%.2f,%s",
            instance.name(), group, id, out.status(), makespan, out.bound(),
            best == null ? "" : best.toString(), gap, seconds, feasible);
        System.err.println(line);
        if (csv != null) {
          csv.println(line);
        }
      }
    }
    System.out.println(table(gaps, solverIds));
  }

  static String table(Map<String, Map<String, List<Double>>> gaps, List<String> solverIds) {
    StringBuilder b = new StringBuilder("| solver |");
    gaps.keySet().forEach(g -> b.append(' ').append(g).append(" |"));
    b.append(" all |\n|---|");
    gaps.keySet().forEach(g -> b.append("---|"));
    b.append("---|\n");
    for (String id : solverIds) {
      b.append("| ").append(id).append(" |");
      double sum = 0;
      int n = 0;
      for (Map<String, List<Double>> byGroup : gaps.values()) {
        List<Double> list = byGroup.getOrDefault(id, List.of());
        double mean = list.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        b.append(String.format(Locale.ROOT, " %.1f |", mean));
        for (double g : list) {
          sum += g;
          n++;
        }
      }
      b.append(String.format(Locale.ROOT, " %.1f |%n", n == 0 ? Double.NaN : sum / n));
    }
    return b.toString();
  }

  static List<JobShopInstance> instances(String set) throws IOException {
    List<JobShopInstance> list = new ArrayList<>();
    if (set.equals("taillard")) {
      for (int k = 1; k <= TaillardGenerator.benchmarkCount(); k++) {
        list.add(TaillardGenerator.benchmark(TaillardGenerator.benchmarkName(k)));
      }
      return list;
    }
    String[] parts = set.split(":", 2);
    String glob = parts.length > 1 ? parts[1] : "*.txt";
    try (var files = Files.newDirectoryStream(Path.of(parts[0]), glob)) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(java.util.Comparator.comparing(JobShopExperiment::naturalKey));
      for (Path f : sorted) {
        list.add(StandardFormat.INSTANCE.read(f));
      }
    }
    return list;
  }

  private static String naturalKey(Path p) {
    String s = p.getFileName().toString();
    return s.replaceAll("\\d+", "").concat(String.format("%08d",
        Integer.parseInt("0" + s.replaceAll("\\D", ""))));
  }

  static Map<String, Integer> bestKnown(Path file) throws IOException {
    Map<String, Integer> map = new HashMap<>();
    if (!Files.exists(file)) {
      System.err.println("no best-known file at " + file + "; gaps left empty");
      return map;
    }
    for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
      map.put(n.get("instance").asText(), n.get("upper_bound").asInt());
    }
    return map;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      map.put(args[i], args[i + 1]);
    }
    return map;
  }
}
