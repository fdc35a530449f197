package org.allot.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.allot.bench.suite.Checkpoints;
import org.allot.bench.suite.RunRecord;

/**
 * The runs read at the anytime checkpoints: at each time t, the measure (gap in %, or the
 * objective without reference values) of the best incumbent a run had found by t, from its
 * incumbent trace. The conventions are {@link TimePlot}'s: a run without an incumbent by t is
 * missing at t (counted as "without", never averaged in); the evaluator's final objective
 * counts from the run's end; invalid runs, and in gap mode runs without a reference value, take
 * no part. One addition: at a checkpoint at or past a run's time limit the run is over, so its
 * final result counts even when its wall time ran past the limit by the usual milliseconds.
 * Means and medians are of the measure; paired comparisons are on the objectives, as {@link
 * Comparison}'s (gaps recomputed in floating point would break ties between equal objectives).
 */
final class Anytime {
  /**
   * One run at the checkpoints: the best objective so far ({@code objective}) and its measure
   * ({@code at}); NaN where it had no incumbent yet.
   */
  private record Run(String label, String group, String cell, double[] objective, double[] at) {
  }

  /** The checkpoints, increasing. */
  final List<Duration> times;
  private final Analysis a;
  private final List<Run> runs = new ArrayList<>();

  Anytime(Analysis analysis, Checkpoints checkpoints) {
    this.a = analysis;
    this.times = checkpoints.times();
    double[] seconds = times.stream().mapToDouble(t -> t.toNanos() / 1e9).toArray();
    for (RunRecord r : a.select(RunRecord::isValid)) {
      if (TimePlot.trace(a, r).length == 0) {
        continue;
      }
      double[] objective = at(TimePlot.bestSoFar(a, r), r.timeLimit(), seconds);
      double[] measure = new double[objective.length];
      for (int k = 0; k < objective.length; k++) {
        measure[k] = Double.isNaN(objective[k]) ? Double.NaN : a.measure(r, objective[k]);
      }
      runs.add(new Run(r.label(), Analysis.group(r), Analysis.pairKey(r), objective, measure));
    }
  }

  /**
   * A run's values at {@code seconds}: the last value of a flat {@code [t, value, ...]} trace
   * ({@link TimePlot#bestSoFar}) at or before each time, its final value at or past {@code
   * timeLimit} (seconds), NaN before its first point.
   */
  static double[] at(double[] trace, double timeLimit, double[] seconds) {
    double[] values = new double[seconds.length];
    for (int k = 0; k < seconds.length; k++) {
      values[k] = Double.NaN;
      if (seconds[k] >= timeLimit) {
        values[k] = trace[trace.length - 1];
        continue;
      }
      for (int p = 0; p < trace.length && trace[p] <= seconds[k]; p += 2) {
        values[k] = trace[p + 1];
      }
    }
    return values;
  }

  /**
   * The table of one group (every run when {@code group} is null): per label the runs that take
   * part and, per checkpoint, the mean and median over those with an incumbent by then, with the
   * count of those without.
   */
  Table table(String group) {
    List<String> header = new ArrayList<>(List.of("solver", "runs"));
    String what = a.gapMode ? "gap %" : "objective";
    for (Duration t : times) {
      header.add("mean " + what + " at " + Checkpoints.label(t));
      header.add("median at " + Checkpoints.label(t));
    }
    List<List<String>> rows = new ArrayList<>();
    for (String label : a.labels) {
      List<Run> mine = runs.stream().filter(r -> r.label.equals(label) && in(r, group)).toList();
      if (mine.isEmpty()) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(label, Integer.toString(mine.size())));
      for (int k = 0; k < times.size(); k++) {
        int at = k;
        double[] v = mine.stream().mapToDouble(r -> r.at[at]).filter(x -> !Double.isNaN(x))
            .toArray();
        int without = mine.size() - v.length;
        row.add(Table.number(Stats.mean(v), 2) + (without > 0 ? " (" + without + " without)"
            : ""));
        row.add(Table.number(Stats.median(v), 2));
      }
      rows.add(row);
    }
    return new Table(header, rows);
  }

  /** The paired comparisons at checkpoint {@code k} ({@link Comparison}'s format). */
  Table matrix(int k, String group) {
    return Comparison.matrix(a.labels, objectives(k, group), a::better);
  }

  /** The checkpoint pairs {@code {k, j}} with {@code times[j] = 2 times[k]}, by k. */
  List<int[]> doublings() {
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < times.size(); k++) {
      int j = times.indexOf(times.get(k).multipliedBy(2));
      if (j >= 0) {
        pairs.add(new int[] {k, j});
      }
    }
    return pairs;
  }

  /**
   * The cross-time table of one group: for each ordered pair of labels (A, B) and each doubling
   * t, 2t, over the cells where A has an incumbent by t and B by 2t, the mean of A at t, of B at
   * 2t, and the p-value and wins/ties/losses of A at t against B at 2t.
   */
  Table crossTime(String group) {
    String what = a.gapMode ? " mean gap %" : " mean objective";
    List<String> header = List.of("A", "t", "B", "2t", "cells", "A at t:" + what,
        "B at 2t:" + what, "A at t vs B at 2t: p (w/t/l)");
    List<List<String>> rows = new ArrayList<>();
    for (String x : a.labels) {
      for (String y : a.labels) {
        for (int[] d : doublings()) {
          if (!x.equals(y)) {
            crossRow(x, y, d, group).ifPresent(rows::add);
          }
        }
      }
    }
    return new Table(header, rows);
  }

  private Optional<List<String>> crossRow(String x, String y, int[] d, String group) {
    Map<String, Double> u = objectives(d[0], group).get(x);
    Map<String, Double> v = objectives(d[1], group).get(y);
    if (u == null || v == null) {
      return Optional.empty();
    }
    Map<String, Double> mu = measures(d[0], group).get(x);
    Map<String, Double> mv = measures(d[1], group).get(y);
    List<String> keys = u.keySet().stream().filter(v::containsKey).sorted().toList();
    return Optional.of(List.of(x, Checkpoints.label(times.get(d[0])), y,
        Checkpoints.label(times.get(d[1])), Integer.toString(keys.size()),
        Table.number(Stats.mean(keys.stream().mapToDouble(mu::get).toArray()), 2),
        Table.number(Stats.mean(keys.stream().mapToDouble(mv::get).toArray()), 2),
        Comparison.entry(u, v, a::better)));
  }

  /** Per label, the best objectives at checkpoint {@code k} by paired-cell key. */
  private Map<String, Map<String, Double>> objectives(int k, String group) {
    return values(k, group, Run::objective);
  }

  /** Per label, the measures at checkpoint {@code k} by paired-cell key. */
  private Map<String, Map<String, Double>> measures(int k, String group) {
    return values(k, group, Run::at);
  }

  private Map<String, Map<String, Double>> values(int k, String group,
      Function<Run, double[]> which) {
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    for (Run r : runs) {
      double v = which.apply(r)[k];
      if (in(r, group) && !Double.isNaN(v)) {
        values.computeIfAbsent(r.label, l -> new HashMap<>()).put(r.cell, v);
      }
    }
    return values;
  }

  private static boolean in(Run r, String group) {
    return group == null || r.group.equals(group);
  }
}
