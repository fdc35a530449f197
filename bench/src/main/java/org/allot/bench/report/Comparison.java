package org.allot.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    List<String> present = a.labels.stream().filter(objectives::containsKey).toList();
    List<String> header = new ArrayList<>();
    header.add("row vs column");
    header.addAll(present);
    List<List<String>> rows = new ArrayList<>();
    for (String row : present) {
      List<String> cells = new ArrayList<>();
      cells.add(row);
      for (String column : present) {
        cells.add(row.equals(column) ? Table.NONE
            : entry(objectives.get(row), objectives.get(column)));
      }
      rows.add(cells);
    }
    return new Table(header, rows);
  }

  /** One entry: the p-value and win/tie/loss of {@code x} against {@code y}. */
  String entry(Map<String, Double> x, Map<String, Double> y) {
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
      } else if (a.better(u[i], v[i])) {
        wins++;
      }
    }
    int losses = u.length - wins - ties;
    return Table.pValue(Stats.wilcoxon(u, v)) + " (" + wins + "/" + ties + "/" + losses + ")";
  }
}
