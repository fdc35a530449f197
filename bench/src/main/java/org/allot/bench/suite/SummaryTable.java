package org.allot.bench.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain Markdown summary of results, one row per solver label: what {@code allot bench}
 * prints when no report writer is present. Only valid runs enter the means.
 */
final class SummaryTable {
  private SummaryTable() {}

  static String of(List<RunRecord> records) {
    Map<String, List<RunRecord>> byLabel = new LinkedHashMap<>();
    for (RunRecord r : records) {
      byLabel.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
    }
    StringBuilder b = new StringBuilder("| solver | runs | valid | invalid | errors |"
        + " mean gap % | mean objective | mean s |\n|---|---|---|---|---|---|---|---|\n");
    byLabel.forEach((label, list) -> {
      List<RunRecord> valid = list.stream().filter(RunRecord::isValid).toList();
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %.2f |%n",
          label, list.size(), valid.size(),
          list.stream().filter(r -> Boolean.FALSE.equals(r.valid())).count(),
          list.stream().filter(r -> r.status() == RunRecord.Status.ERROR).count(),
          mean(valid.stream().filter(r -> r.gap() != null).mapToDouble(r -> 100 * r.gap())
              .toArray(), "%.2f"),
          mean(valid.stream().mapToDouble(RunRecord::objective).toArray(), "%.6g"),
          list.stream().mapToDouble(RunRecord::seconds).average().orElse(0)));
    });
    return b.toString();
  }

  /** The mean in {@code format}, or "—" without values. */
  private static String mean(double[] values, String format) {
    if (values.length == 0) {
      return "—";
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return String.format(Locale.ROOT, format, sum / values.length);
  }
}
