package org.allot.bench.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.allot.bench.suite.RunRecord;
import org.allot.plot.ImageFormat;

/** Writes a report's content: summary, paired comparisons, invalid and failed runs, plots. */
final class ReportText {
  private final Analysis a;
  private final Doc doc;
  private final Map<String, byte[]> plots = new LinkedHashMap<>();

  private ReportText(Analysis analysis) {
    this.a = analysis;
    SuiteInfo s = analysis.results.suite();
    String name = s.name() != null ? s.name() : analysis.results.records().getFirst().suite();
    this.doc = new Doc("Benchmark report: " + (s.title() != null ? s.title() : name));
  }

  /** The report of {@code results}. */
  static Rendered render(Results results) {
    ReportText t = new ReportText(new Analysis(results));
    t.overview();
    t.summaries();
    t.comparisons();
    AnytimeSection.write(t.a, t.doc);
    t.invalid();
    t.errors();
    t.plots();
    return new Rendered(t.doc.markdown(), t.doc.html(), t.plots);
  }

  private void overview() {
    Results r = a.results;
    if (r.suite().description() != null) {
      doc.paragraph(r.suite().description());
    }
    TreeSet<String> machines = new TreeSet<>();
    TreeSet<Long> seeds = new TreeSet<>();
    r.records().forEach(x -> {
      machines.add(String.valueOf(x.machine()));
      seeds.add(x.seed());
    });
    List<String> items = new ArrayList<>(List.of(
        "suite `" + r.records().getFirst().suite() + "`: " + r.records().size() + " runs of "
            + a.labels.size() + " solver(s) on " + a.instances.size() + " instance(s) in "
            + a.groups.size() + " group(s); seeds " + seeds,
        "machine: " + String.join("; ", machines),
        "generated: " + newest(r.records()) + " (the newest run's finish time)",
        "rebuild: `allot bench report DIR` (from `DIR/results.jsonl` and `DIR/suite.json`)"));
    r.notes().forEach(n -> items.add("note: " + n));
    doc.list(items);
    doc.paragraph(a.gapMode
        ? "Gap: the relative gap of the evaluator's objective to the best-known value"
            + (a.bestSeen.isEmpty() ? "" : " (or the best seen, below)") + ", in %."
            + " Only valid runs (the family's evaluator accepted the solution) enter the"
            + " means, medians and best counts; invalid runs are listed below."
        : "No best-known values: the tables show the evaluator's objective ("
            + a.sense.name().toLowerCase(java.util.Locale.ROOT) + "). Only valid runs enter"
            + " the means and best counts; invalid runs are listed below.");
    bestSeen();
  }

  /** Says which instances are measured against the best seen, and what that means. */
  private void bestSeen() {
    if (a.bestSeen.isEmpty()) {
      return;
    }
    List<String> names = a.bestSeen.stream().map(Analysis.Instance::name).toList();
    doc.paragraph("Best seen: " + a.bestSeen.size() + " of " + a.instances.size()
        + " instance(s) have no best-known value ("
        + (names.size() <= 10 ? String.join(", ", names)
            : String.join(", ", names.subList(0, 10)) + ", …")
        + "). Their gaps are to the best seen in this run: the best valid objective of all"
        + " runs in these results (every solver, seed and repetition, appended runs"
        + " included), not to a best-known value. They are therefore understated: a gap of"
        + " 0 means only that no run here did better, and adding runs can raise them.");
  }

  private void summaries() {
    Summary summary = new Summary(a);
    String norm = a.results.suite().normaliseBy();
    doc.heading(2, "At a glance");
    doc.paragraph(a.gapMode ? "Mean gap (%) to the best-known value"
            + (a.bestSeen.isEmpty() ? "" : " (or the best seen, see above)")
            + " per group, valid runs only."
        : norm != null && a.labels.contains(norm)
            ? "Objective relative to " + norm + " per group (geometric mean of the paired"
                + " ratios, valid runs only; " + norm + " = 1)."
            : "Mean objective per group, valid runs only.");
    doc.table(summary.glance());
    doc.heading(2, "Summary per group and solver");
    doc.paragraph("runs: finished runs; valid: the evaluator accepted the solution; invalid:"
        + " it did not (excluded from every mean); errors: the run threw; feasible %: valid /"
        + " runs; best: instances where the solver's best valid objective equals the best of"
        + " all solvers; mean s: mean wall time of the runs that did not throw"
        + (a.gapMode || a.results.suite().normaliseBy() == null ? "." : "; ratio: geometric"
            + " mean over the cells where both runs are valid (and both objectives positive)"
            + " of the objective divided by the reference solver's."));
    for (String g : a.groups) {
      doc.heading(3, "Group " + g);
      doc.table(summary.table(g));
    }
    if (a.groups.size() > 1) {
      doc.heading(3, "All groups");
      doc.table(summary.table(null));
    }
  }

  private void comparisons() {
    if (a.labels.size() < 2) {
      return;
    }
    doc.heading(2, "Paired comparisons");
    doc.paragraph("Each entry compares the row's solver with the column's on the (instance,"
        + " seed, repetition) cells where both runs are valid: the two-sided Wilcoxon"
        + " signed-rank p-value on the objectives (zero differences dropped; exact for at most "
        + Stats.EXACT_LIMIT + " non-zero differences, normal approximation above; — when"
        + " fewer than 2 differ), then wins/ties/losses of the row.");
    Comparison comparison = new Comparison(a);
    if (a.groups.size() > 1) {
      doc.heading(3, "All groups");
      doc.table(comparison.matrix(null));
    }
    for (String g : a.groups) {
      doc.heading(3, "Group " + g);
      doc.table(comparison.matrix(g));
    }
  }

  private void invalid() {
    List<RunRecord> bad = a.select(Analysis::invalid);
    doc.heading(2, "Invalid solutions: " + bad.size());
    if (bad.isEmpty()) {
      doc.paragraph("None: the evaluator accepted every returned solution.");
      return;
    }
    doc.paragraph("These runs returned a solution that the family's evaluator rejected; they"
        + " count as runs but enter no mean, median, best count or comparison.");
    List<List<String>> rows = new ArrayList<>();
    for (RunRecord r : bad) {
      rows.add(List.of(r.cell(), r.label(), r.instance(),
          r.violations().isEmpty() ? "(no violation given)" : r.violations().getFirst()));
    }
    doc.table(new Table(List.of("cell", "solver", "instance", "first violation"), sorted(rows)));
  }

  private void errors() {
    List<RunRecord> failed = a.select(r -> r.status() == RunRecord.Status.ERROR);
    doc.heading(2, "Failed runs (ERROR): " + failed.size());
    if (failed.isEmpty()) {
      doc.paragraph("None.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (RunRecord r : failed) {
      String e = r.error() == null ? "(no message)" : r.error().lines().findFirst().orElse("");
      rows.add(List.of(r.cell(), r.label(), r.instance(),
          e.length() > 200 ? e.substring(0, 199) + "…" : e));
    }
    doc.table(new Table(List.of("cell", "solver", "instance", "error"), sorted(rows)));
  }

  private void plots() {
    if (!InstancePlot.hasData(a)) {
      return;
    }
    doc.heading(2, "Plots");
    String what = a.gapMode ? "gap" : "objective";
    figure(what + "-per-instance.svg", InstancePlot.draw(a, ImageFormat.SVG),
        (a.gapMode ? "Gap" : "Objective") + " per instance");
    figure(what + "-over-time.svg", TimePlot.draw(a, null, ImageFormat.SVG),
        (a.gapMode ? "Gap" : "Objective") + " of the best incumbent over time, all groups");
    if (a.groups.size() > 1) {
      for (int k = 0; k < a.groups.size(); k++) {
        String g = a.groups.get(k);
        figure(what + "-over-time-" + (k + 1) + "-" + g.replaceAll("[^A-Za-z0-9._-]", "_")
            + ".svg", TimePlot.draw(a, g, ImageFormat.SVG), "The same for group " + g);
      }
    }
  }

  private void figure(String file, byte[] svg, String caption) {
    plots.put(file, svg);
    doc.figure("plots/" + file, svg, caption);
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> s = new ArrayList<>(rows);
    s.sort((x, y) -> Analysis.natural(x.getFirst(), y.getFirst()));
    return s;
  }

  /** The newest finish time; ISO instants compare as instants, anything else as text. */
  static String newest(List<RunRecord> records) {
    String best = null;
    Instant bestAt = null;
    for (RunRecord r : records) {
      if (r.finished() == null) {
        continue;
      }
      Instant at;
      try {
        at = Instant.parse(r.finished());
      } catch (DateTimeParseException e) {
        at = null;
      }
      boolean newer = best == null || (at != null && bestAt != null ? at.isAfter(bestAt)
          : r.finished().compareTo(best) > 0);
      if (newer) {
        best = r.finished();
        bestAt = at;
      }
    }
    return best == null ? "unknown" : best;
  }
}
