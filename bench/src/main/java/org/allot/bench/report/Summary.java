package org.allot.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.allot.bench.suite.RunRecord;

/**
 * The per-group, per-solver summary table. Only valid runs (the evaluator accepted the
 * solution) enter gaps, objectives and the best count; invalid and failed runs are counted in
 * their own columns. Definitions:
 * <ul>
 *   <li>feasible: valid runs / runs, in %;
 *   <li>gap: the relative gap to the best-known value in %, mean and median over valid runs;
 *   <li>best: the instances of the group where the solver's best valid objective (over seeds
 *       and repetitions) equals the best valid objective of all solvers (ties count for each);
 *   <li>time: mean wall seconds over the runs that did not fail (status ERROR);
 *   <li>without best-known values: mean objective over valid runs, and with a {@code
 *       normaliseBy} label the geometric mean (the right mean for ratios: it does not depend on
 *       which solver is the reference) over the (instance, seed, repetition) cells where both
 *       runs are valid and both objectives positive of objective / that label's objective.
 * </ul>
 */
final class Summary {
  private final Analysis a;

  Summary(Analysis analysis) {
    this.a = analysis;
  }

  /** The table for one group, or for every run when {@code group} is null. */
  Table table(String group) {
    Predicate<RunRecord> inGroup = r -> group == null || Analysis.group(r).equals(group);
    Map<String, Double> best = bestPerInstance(inGroup);
    String norm = a.results.suite().normaliseBy();
    boolean ratio = !a.gapMode && norm != null && a.labels.contains(norm);
    List<String> header = new ArrayList<>(List.of("solver", "runs", "valid", "invalid",
        "errors", "feasible %"));
    header.addAll(a.gapMode ? List.of("mean gap %", "median gap %")
        : ratio ? List.of("mean objective", "ratio to " + norm) : List.of("mean objective"));
    header.addAll(List.of("best", "mean s"));
    List<List<String>> rows = new ArrayList<>();
    for (String label : a.labels) {
      List<RunRecord> runs = a.select(inGroup.and(r -> r.label().equals(label)));
      if (!runs.isEmpty()) {
        rows.add(row(label, runs, best, ratio ? norm : null));
      }
    }
    return new Table(header, rows);
  }

  /**
   * The paper table: one row per solver, one column per group and one for all groups; each
   * cell the mean gap in % (gap mode), the ratio to the {@code normaliseBy} solver, or else the
   * mean objective, over valid runs; "—" where there is no value, and "(v/n valid)" after a
   * cell whenever some runs of the group are not valid (or there is no value).
   */
  Table glance() {
    String norm = a.results.suite().normaliseBy();
    boolean ratio = !a.gapMode && norm != null && a.labels.contains(norm);
    List<String> header = new ArrayList<>(List.of("solver"));
    header.addAll(a.groups);
    if (a.groups.size() > 1) {
      header.add("all");
    }
    List<String> columns = new ArrayList<>(a.groups);
    if (a.groups.size() > 1) {
      columns.add(null);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String label : a.labels) {
      List<String> row = new ArrayList<>(List.of(label));
      for (String g : columns) {
        List<RunRecord> runs = a.select(r -> (g == null || Analysis.group(r).equals(g))
            && r.label().equals(label));
        List<RunRecord> valid = runs.stream().filter(RunRecord::isValid).toList();
        double[] values = a.gapMode
            ? valid.stream().mapToDouble(a::gapPercent).filter(x -> !Double.isNaN(x))
                .toArray()
            : ratio ? ratios(valid, norm)
            : valid.stream().filter(r -> r.objective() != null)
                .mapToDouble(RunRecord::objective).toArray();
        String cell = values.length == 0 ? "—"
            : ratio ? Table.number(Stats.geometricMean(values), 3)
            : Table.number(Stats.mean(values), a.gapMode ? 1 : 2);
        row.add(values.length == 0 || valid.size() < runs.size()
            ? cell + " (" + valid.size() + "/" + runs.size() + " valid)" : cell);
      }
      rows.add(row);
    }
    return new Table(header, rows);
  }

  private List<String> row(String label, List<RunRecord> runs, Map<String, Double> best,
      String norm) {
    List<RunRecord> valid = runs.stream().filter(RunRecord::isValid).toList();
    long invalid = runs.stream().filter(Analysis::invalid).count();
    long errors = runs.stream().filter(r -> r.status() == RunRecord.Status.ERROR).count();
    List<String> row = new ArrayList<>(List.of(label, Integer.toString(runs.size()),
        Integer.toString(valid.size()), Long.toString(invalid), Long.toString(errors),
        Table.number(100.0 * valid.size() / runs.size(), 1)));
    if (a.gapMode) {
      double[] gaps = valid.stream().mapToDouble(a::gapPercent)
          .filter(g -> !Double.isNaN(g)).toArray();
      row.add(Table.number(Stats.mean(gaps), 2));
      row.add(Table.number(Stats.median(gaps), 2));
    } else {
      row.add(Table.number(Stats.mean(valid.stream().filter(r -> r.objective() != null)
          .mapToDouble(RunRecord::objective).toArray()), 2));
      if (norm != null) {
        row.add(Table.number(Stats.geometricMean(ratios(valid, norm)), 3));
      }
    }
    row.add(Long.toString(bestCount(valid, best)));
    row.add(Table.number(Stats.mean(runs.stream()
        .filter(r -> r.status() != RunRecord.Status.ERROR)
        .mapToDouble(RunRecord::seconds).toArray()), 3));
    return row;
  }

  private Map<String, Double> bestPerInstance(Predicate<RunRecord> inGroup) {
    Map<String, Double> best = new HashMap<>();
    for (RunRecord r : a.select(inGroup.and(RunRecord::isValid))) {
      if (r.objective() != null) {
        best.merge(Analysis.instanceKey(r), r.objective(),
            (x, y) -> a.better(y, x) ? y : x);
      }
    }
    return best;
  }

  private long bestCount(List<RunRecord> valid, Map<String, Double> best) {
    Map<String, Double> mine = new HashMap<>();
    for (RunRecord r : valid) {
      if (r.objective() != null) {
        mine.merge(Analysis.instanceKey(r), r.objective(), (x, y) -> a.better(y, x) ? y : x);
      }
    }
    return mine.entrySet().stream()
        .filter(e -> same(e.getValue(), best.get(e.getKey()))).count();
  }

  private double[] ratios(List<RunRecord> valid, String norm) {
    Map<String, Double> reference = new HashMap<>();
    for (RunRecord r : a.select(r -> r.label().equals(norm) && r.isValid())) {
      if (r.objective() != null) {
        reference.put(Analysis.pairKey(r), r.objective());
      }
    }
    return valid.stream().filter(r -> r.objective() != null)
        .filter(r -> r.objective() > 0)
        .filter(r -> reference.get(Analysis.pairKey(r)) instanceof Double d && d > 0)
        .mapToDouble(r -> r.objective() / reference.get(Analysis.pairKey(r))).toArray();
  }

  /** Equal up to a relative 1e-9 (objectives are recomputed sums of doubles). */
  static boolean same(double x, Double y) {
    return y != null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  }
}
