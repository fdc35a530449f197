package org.allot.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.allot.bench.suite.NaturalOrder;
import org.allot.bench.suite.RunRecord;
import org.allot.problem.Sense;

/**
 * The runs of a report in a fixed order, so that the same results always give the same report:
 * solver labels in suite order, groups and instances in natural order ({@code ta2} before
 * {@code ta10}; instance files listed in the suite come first, in its order). Also decides the
 * report's measure: the gap to a reference value when any instance has one, else the objective.
 * An instance's reference is its best-known value (the records'); with the suite's best-seen
 * setting, an instance without one has the best valid objective of all its runs instead (every
 * label, seed and repetition in the results, appended ones included).
 */
final class Analysis {
  /** An instance of the suite: its key (the file as the suite names it), name and group. */
  record Instance(String key, String name, String group) { }

  final Results results;
  final List<String> labels;
  final List<String> groups;
  final List<Instance> instances;
  final Sense sense;
  final boolean gapMode;
  /** The instances whose reference is the best seen (no best-known value), in instance order. */
  final List<Instance> bestSeen;
  /** References by instance key under the best-seen setting; empty without it. */
  private final Map<String, Double> references;

  Analysis(Results results) {
    this.results = results;
    List<RunRecord> records = results.records();
    this.labels = labelOrder(records, results.suite());
    TreeSet<String> g = new TreeSet<>(Analysis::natural);
    records.forEach(r -> g.add(group(r)));
    this.groups = List.copyOf(g);
    this.instances = instanceOrder(records, results.suite(), groups);
    this.sense = records.stream().map(RunRecord::sense).filter(s -> s != null).findFirst()
        .orElse(Sense.MINIMIZE);
    Map<String, Double> known = new HashMap<>();
    Map<String, Double> seen = new HashMap<>();
    if (results.suite().bestSeen()) {
      for (RunRecord r : records) {
        if (r.bestKnown() != null) {
          known.putIfAbsent(instanceKey(r), r.bestKnown());
        } else if (r.isValid() && r.objective() != null) {
          seen.merge(instanceKey(r), r.objective(), (x, y) -> better(y, x) ? y : x);
        }
      }
    }
    known.keySet().forEach(seen::remove);
    this.bestSeen = instances.stream().filter(i -> seen.containsKey(i.key())).toList();
    seen.putAll(known);
    this.references = Map.copyOf(seen);
    this.gapMode = records.stream().anyMatch(r -> r.bestKnown() != null) || !bestSeen.isEmpty();
  }

  /** The records that {@code filter} accepts, in file order. */
  List<RunRecord> select(Predicate<RunRecord> filter) {
    return results.records().stream().filter(filter).toList();
  }

  /** The group of a record ({@code all} when it has none). */
  static String group(RunRecord r) {
    return r.group() == null || r.group().isBlank() ? "all" : r.group();
  }

  /** The instance key of a record: its file as the suite names it, else its name. */
  static String instanceKey(RunRecord r) {
    return r.file() != null ? r.file() : r.instance();
  }

  /** The paired-comparison key of a record: instance, seed and repetition. */
  static String pairKey(RunRecord r) {
    return instanceKey(r) + "|" + r.seed() + "|" + r.repetition();
  }

  /**
   * Whether the run returned a solution that the evaluator rejected. A run without a solution
   * (no objective, no violation) or one that threw is not invalid, whatever its flag says.
   */
  static boolean invalid(RunRecord r) {
    return Boolean.FALSE.equals(r.valid()) && r.status() != RunRecord.Status.ERROR
        && (r.objective() != null || !r.violations().isEmpty());
  }

  /**
   * The reference value of {@code r}'s instance: its best-known value, else (best-seen setting)
   * the best valid objective of the instance's runs; null when there is none.
   */
  Double reference(RunRecord r) {
    return r.bestKnown() != null ? r.bestKnown() : references.get(instanceKey(r));
  }

  /** The gap of a valid run as a percentage, or NaN without reference value or validity. */
  double gapPercent(RunRecord r) {
    if (!r.isValid()) {
      return Double.NaN;
    }
    Double gap = r.gap() != null ? r.gap() : RunRecord.gapOf(r.sense(), r.objective(),
        reference(r));
    return gap == null ? Double.NaN : 100 * gap;
  }

  /** The y-axis title of a gap: to the best-known value, or to it or the best seen. */
  String gapAxis() {
    return bestSeen.isEmpty() ? "gap to best-known %" : "gap to best-known or best seen %";
  }

  /** The measure a plot shows for a valid run: its gap in % (gap mode) or its objective. */
  double measure(RunRecord r) {
    if (!r.isValid() || r.objective() == null) {
      return Double.NaN;
    }
    return gapMode ? gapPercent(r) : r.objective();
  }

  /** The measure of an objective {@code value} reached on {@code r}'s instance. */
  double measure(RunRecord r, double value) {
    if (!gapMode) {
      return value;
    }
    Double gap = RunRecord.gapOf(r.sense(), value, reference(r));
    return gap == null ? Double.NaN : 100 * gap;
  }

  /** Whether objective {@code a} is better than {@code b} under the suite's sense. */
  boolean better(double a, double b) {
    return sense == Sense.MINIMIZE ? a < b : a > b;
  }

  private static List<String> labelOrder(List<RunRecord> records, SuiteInfo suite) {
    Map<String, Integer> rank = new LinkedHashMap<>();
    for (RunRecord r : records) {
      int byLabel = suite.solvers().indexOf(r.label());
      int i = byLabel >= 0 ? byLabel : suite.solvers().indexOf(r.solver());
      rank.merge(r.label(), i < 0 ? Integer.MAX_VALUE : i, Math::min);
    }
    List<String> order = new ArrayList<>(rank.keySet());
    order.sort(Comparator.<String>comparingInt(rank::get).thenComparing(Analysis::natural));
    return List.copyOf(order);
  }

  private static List<Instance> instanceOrder(List<RunRecord> records, SuiteInfo suite,
      List<String> groups) {
    Map<String, Instance> byKey = new LinkedHashMap<>();
    for (RunRecord r : records) {
      byKey.putIfAbsent(instanceKey(r), new Instance(instanceKey(r), r.instance(), group(r)));
    }
    List<Instance> order = new ArrayList<>(byKey.values());
    order.sort(Comparator.<Instance>comparingInt(i -> groups.indexOf(i.group()))
        .thenComparingInt(i -> suiteIndex(suite, i.key()))
        .thenComparing(Instance::name, Analysis::natural)
        .thenComparing(Instance::key));
    return List.copyOf(order);
  }

  private static int suiteIndex(SuiteInfo suite, String key) {
    int i = suite.files().indexOf(key);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Natural order: runs of digits compare as numbers, the rest as text ({@link NaturalOrder}). */
  static int natural(String a, String b) {
    return NaturalOrder.INSTANCE.compare(a, b);
  }
}
