package org.allot.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.allot.bench.suite.RunRecord;

/**
 * Paired comparisons between solver labels: for each pair (row, column), the (instance, seed,
 * repetition) cells where both runs are valid, compared on the evaluator's objective. Each
 * matrix entry reads {@code p (w/t/l)}: the two-sided Wilcoxon signed-rank p-value
 * ({@link Stats#wilcoxon}) and how often the row's solver was better, equal, worse than the
 * column's. "—" when fewer than two cells differ.
 */
final class Comparison {
  private final Analysis a;

  Comparison(Analysis analysis) {
    this.a = analysis;
  }

  /** The matrix for one group, or for every run when {@code group} is null. */
  Table matrix(String group) {
    Predicate<RunRecord> inGroup = r -> group == null || Analysis.group(r).equals(group);
    Map<String, Map<String, Double>> objectives = new HashMap<>();
    for (RunRecord r : a.select(inGroup.and(RunRecord::isValid))) {
      if (r.objective() != null) {
        objectives.computeIfAbsent(r.label(), k -> new HashMap<>())
            .put(Analysis.pairKey(r), r.objective());
      }
    }
    return matrix(a.labels, objectives, a::better);
  }

  /**
   * The matrix over {@code values} (label to paired-cell key to value) for the labels of
   * {@code order} that have values; {@code better} says whether one value beats another.
   */
  static Table matrix(List<String> order, Map<String, Map<String, Double>> values,
      BiPredicate<Double, Double> better) {
    List<String> present = order.stream().filter(values::containsKey).toList();
    List<String> header = new ArrayList<>();
    header.add("row vs column");
    header.addAll(present);
    List<List<String>> rows = new ArrayList<>();
    for (String row : present) {
      List<String> cells = new ArrayList<>();
      cells.add(row);
      for (String column : present) {
        cells.add(row.equals(column) ? Table.NONE
            : entry(values.get(row), values.get(column), better));
      }
      rows.add(cells);
    }
    return new Table(header, rows);
  }

  /**
   * One entry: the p-value and win/tie/loss of {@code x} against {@code y} over the keys both
   * have.
   */
  static String entry(Map<String, Double> x, Map<String, Double> y,
      BiPredicate<Double, Double> better) {
    List<String> keys = x.keySet().stream().filter(y::containsKey).sorted().toList();
    double[] u = new double[keys.size()];
    double[] v = new double[keys.size()];
    int wins = 0;
    int ties = 0;
    for (int i = 0; i < u.length; i++) {
      u[i] = x.get(keys.get(i));
      v[i] = y.get(keys.get(i));
      if (u[i] == v[i]) {
        ties++;
      } else if (better.test(u[i], v[i])) {
        wins++;
      }
    }
    int losses = u.length - wins - ties;
    return Table.pValue(Stats.wilcoxon(u, v)) + " (" + wins + "/" + ties + "/" + losses + ")";
  }
}
