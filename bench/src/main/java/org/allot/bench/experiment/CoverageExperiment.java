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
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.Solvers;

/**
 * The coverage baselines on generated instances: every solver on every variant and seed, F as
 * re-computed by the evaluator (an illegal walk aborts the run), the reference's value and upper
 * bound, and each baseline's gap to the reference. Prints a Markdown summary per variant and a
 * per-instance table; writes one CSV line per run.
 *
 * <p>Usage: {@code CoverageExperiment [--variants nests,items,rooms] [--seeds 1-10]
 * [--solvers random,greedy,lookahead,lookahead:depth=5,reference:width=65536]
 * [--time-limit 60] [--csv runs.csv]}. A solver is {@code id} or {@code id:name=value}, several
 * options joined by {@code +}; every run has seed 1 and one thread.
 */
public final class CoverageExperiment {
  private CoverageExperiment() {}

  /** One solver with options, as given on the command line. */
  record Spec(String label, String id, SolverOptions options) {
    static Spec parse(String word) {
      int colon = word.indexOf(':');
      if (colon < 0) {
        return new Spec(word, word, SolverOptions.none());
      }
      String[] pairs = word.substring(colon + 1).split("\\+");
      return new Spec(word, word.substring(0, colon), SolverOptions.parse(List.of(pairs)));
    }
  }

  /** One run's result. */
  record Run(CoverageInstance instance, String variant, Spec spec, Outcome<CoverageWalk> outcome,
      double value, double seconds) {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i], args[i + 1]);
    }
    List<String> variants = List.of(opt.getOrDefault("--variants", "nests,items,rooms")
        .split(","));
    String[] range = opt.getOrDefault("--seeds", "1-10").split("-");
    long first = Long.parseLong(range[0]);
    long last = Long.parseLong(range[range.length - 1]);
    List<Spec> specs = new ArrayList<>();
    for (String s : opt.getOrDefault("--solvers",
        "random,greedy,lookahead,lookahead:depth=5,reference:width=65536").split(",")) {
      specs.add(Spec.parse(s));
    }
    Duration limit = Duration.ofMillis((long) (1000 * Double.parseDouble(
        opt.getOrDefault("--time-limit", "60"))));
    PrintStream csv = opt.containsKey("--csv")
        ? new PrintStream(Files.newOutputStream(Path.of(opt.get("--csv"))), true) : null;
    if (csv != null) {
      csv.println("variant,instance,solver,status,objective,bound,seconds");
    }
    Coverage coverage = new Coverage();
    List<Run> runs = new ArrayList<>();
    for (String v : variants) {
      CoverageVariant variant = CoverageVariant.of(v);
      for (long seed = first; seed <= last; seed++) {
        CoverageInstance instance = variant.generate(seed);
        for (Spec spec : specs) {
          Run run = run(coverage, instance, variant.id(), spec, new Budget(limit, 1, 1));
          runs.add(run);
          String line = String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%s,%.3f", variant.id(),
              instance.name(), spec.label(), run.outcome().status(), run.value(),
              Double.isNaN(run.outcome().bound()) ? ""
                  : String.format(Locale.ROOT, "%.6f", run.outcome().bound()), run.seconds());
          System.err.println(line);
          if (csv != null) {
            csv.println(line);
          }
        }
      }
    }
    System.out.println(summary(runs, specs, variants));
    System.out.println(perInstance(runs, specs));
  }

  private static Run run(Coverage coverage, CoverageInstance instance, String variant, Spec spec,
      Budget budget) {
    Solver<CoverageInstance, CoverageWalk> solver = Solvers.create(coverage, spec.id(),
        spec.options());
    long t0 = System.nanoTime();
    Outcome<CoverageWalk> out = solver.solve(instance, budget);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Evaluation e = coverage.evaluate(instance, out.best().orElseThrow());
    if (!e.feasible()) {
      throw new IllegalStateException(spec.label() + " on " + instance.name() + ": "
          + e.violations());
    }
    return new Run(instance, variant, spec, out, e.objective(), seconds);
  }

  private static Run reference(List<Run> runs, CoverageInstance instance) {
    return runs.stream().filter(r -> r.instance() == instance
        && r.spec().id().equals("reference")).findFirst().orElse(null);
  }

  static String summary(List<Run> runs, List<Spec> specs, List<String> variants) {
    StringBuilder b = new StringBuilder("| variant | instances |");
    specs.forEach(s -> b.append(' ').append(s.label()).append(" mean F | gap % |"));
    b.append(" reference optimal | mean bound | reference to bound % |\n|---|---|");
    specs.forEach(s -> b.append("---|---|"));
    b.append("---|---|---|\n");
    for (String v : variants) {
      List<Run> mine = runs.stream().filter(r -> r.variant().equals(v)).toList();
      long instances = mine.stream().map(Run::instance).distinct().count();
      b.append("| ").append(v).append(" | ").append(instances).append(" |");
      for (Spec s : specs) {
        List<Run> rs = mine.stream().filter(r -> r.spec() == s).toList();
        double mean = rs.stream().mapToDouble(Run::value).average().orElse(Double.NaN);
        double gap = rs.stream().mapToDouble(r -> gap(r.value(),
            reference(runs, r.instance()))).average().orElse(Double.NaN);
        b.append(String.format(Locale.ROOT, " %.3f | %.1f |", mean, gap));
      }
      List<Run> refs = mine.stream().filter(r -> r.spec().id().equals("reference")).toList();
      long optimal = refs.stream().filter(r -> r.outcome().status().name().equals("OPTIMAL"))
          .count();
      double bound = refs.stream().mapToDouble(r -> r.outcome().bound()).average()
          .orElse(Double.NaN);
      double toBound = refs.stream().mapToDouble(r -> 100 * (r.outcome().bound() - r.value())
          / r.outcome().bound()).average().orElse(Double.NaN);
      b.append(String.format(Locale.ROOT, " %d of %d | %.3f | %.1f |%n", optimal, refs.size(),
          bound, toBound));
    }
    return b.toString();
  }

  private static double gap(double value, Run reference) {
    return reference == null || reference.value() == 0 ? Double.NaN
        : 100 * (reference.value() - value) / reference.value();
  }

  static String perInstance(List<Run> runs, List<Spec> specs) {
    StringBuilder b = new StringBuilder("| instance |");
    specs.forEach(s -> b.append(' ').append(s.label()).append(" |"));
    b.append(" bound |\n|---|");
    specs.forEach(s -> b.append("---|"));
    b.append("---|\n");
    Map<CoverageInstance, List<Run>> byInstance = new LinkedHashMap<>();
    runs.forEach(r -> byInstance.computeIfAbsent(r.instance(), k -> new ArrayList<>()).add(r));
    byInstance.forEach((instance, rs) -> {
      b.append("| ").append(instance.name()).append(" |");
      for (Spec s : specs) {
        rs.stream().filter(r -> r.spec() == s).findFirst().ifPresent(r -> b.append(
            String.format(Locale.ROOT, " %.3f%s |", r.value(),
                r.outcome().status().name().equals("OPTIMAL") ? "*" : "")));
      }
      Run ref = reference(runs, instance);
      b.append(ref == null ? " |" : String.format(Locale.ROOT, " %.3f |", ref.outcome().bound()))
          .append('\n');
    });
    return b.toString();
  }
}
