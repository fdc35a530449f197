package org.allot.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allot.bench.suite.RunRecord;
import org.allot.problem.Sense;

/** Builds run records and results files for the report tests. */
final class Runs {
  private final List<RunRecord> records = new ArrayList<>();
  private final Double bestKnownFactor;
  private final Map<String, Double> bestKnownOf = new HashMap<>();
  private int minute;

  /** Runs whose best-known value is {@code bk} per instance; null: no best-known values. */
  Runs(Double bestKnownFactor) {
    this.bestKnownFactor = bestKnownFactor;
  }

  /** Gives the runs of {@code instance} added from now on the best-known value {@code value}. */
  Runs bestKnown(String instance, double value) {
    bestKnownOf.put(instance, value);
    return this;
  }

  /** A valid run of {@code label} on {@code instance} (best-known 100 * factor). */
  Runs valid(String instance, String group, String label, long seed, double objective,
      double seconds, double... trace) {
    return add(instance, group, label, seed, RunRecord.Status.FEASIBLE, objective, true,
        List.of(), null, seconds, trace);
  }

  /** A run whose solution the evaluator rejected. */
  Runs invalid(String instance, String group, String label, long seed, double objective,
      String violation) {
    return add(instance, group, label, seed, RunRecord.Status.FEASIBLE, objective, false,
        List.of(violation), null, 1, new double[0]);
  }

  /** A run that threw. */
  Runs error(String instance, String group, String label, long seed, String message) {
    return add(instance, group, label, seed, RunRecord.Status.ERROR, null, null, List.of(),
        message, 0.5, new double[0]);
  }

  private Runs add(String instance, String group, String label, long seed,
      RunRecord.Status status, Double objective, Boolean valid, List<String> violations,
      String error, double seconds, double[] trace) {
    Double bk = bestKnownOf.containsKey(instance) ? bestKnownOf.get(instance)
        : bestKnownFactor == null ? null : 100 * bestKnownFactor;
    Double gap = Boolean.TRUE.equals(valid) ? RunRecord.gapOf(Sense.MINIMIZE, objective, bk)
        : null;
    List<RunRecord.Point> points = new ArrayList<>();
    for (int i = 0; i + 1 < trace.length; i += 2) {
      points.add(new RunRecord.Point(trace[i], trace[i + 1]));
    }
    String file = "inst/" + instance + ".txt";
    records.add(new RunRecord("test-suite", file + "|" + label + "|" + seed + "|0", instance,
        file, "jobshop", group, label.replaceAll("-.*", ""), label, Map.of(), 10, 1, seed, 0,
        Sense.MINIMIZE, status, objective, null, bk, gap, seconds, valid, violations, error,
        points, "2 cores, test", String.format("2026-01-01T00:%02d:00Z", minute++ % 60)));
    return this;
  }

  /** The results file's text, one line per run. */
  String text() {
    StringBuilder s = new StringBuilder();
    records.forEach(r -> s.append(RunRecord.write(r)).append('\n'));
    return s.toString();
  }

  /** Writes {@code dir/results.jsonl} (and returns {@code dir}). */
  Path writeTo(Path dir) throws IOException {
    Files.writeString(dir.resolve("results.jsonl"), text(), StandardCharsets.UTF_8);
    return dir;
  }
}
