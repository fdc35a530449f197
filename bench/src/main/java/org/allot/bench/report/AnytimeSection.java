package org.allot.bench.report;

import java.util.List;
import org.allot.bench.suite.Checkpoints;

/**
 * Writes the report's anytime section (when the suite or the command names checkpoints): the
 * tables of {@link Anytime} per group and over all groups, the paired comparisons at each
 * checkpoint, and the cross-time comparisons "A at t vs B at 2t".
 */
final class AnytimeSection {
  private final Analysis a;
  private final Doc doc;
  private final Anytime anytime;

  private AnytimeSection(Analysis analysis, Doc doc) {
    this.a = analysis;
    this.doc = doc;
    this.anytime = new Anytime(analysis, analysis.results.suite().checkpoints());
  }

  /** Writes the section into {@code doc}; nothing without checkpoints. */
  static void write(Analysis analysis, Doc doc) {
    if (!analysis.results.suite().checkpoints().isEmpty()) {
      AnytimeSection s = new AnytimeSection(analysis, doc);
      s.tables();
      s.comparisons();
      s.crossTime();
    }
  }

  private void tables() {
    String what = a.gapMode ? "gap" : "objective";
    doc.heading(2, "Anytime: " + what + " at " + times());
    doc.paragraph("Each run read at the checkpoints from its incumbent trace: the " + what
        + (a.gapMode ? " (%)" : "") + " of the best incumbent it had found by then. runs:"
        + " the valid runs" + (a.gapMode ? " with a reference value" : "") + "; a run without"
        + " an incumbent yet is left out of the mean and median at that time and counted, as"
        + " in \"(3 without)\". The evaluator's final objective counts from the run's end, and"
        + " at a checkpoint at or past the run's time limit (the run is over, even when its"
        + " wall time ran a little past the limit). Invalid runs take no part.");
    for (String g : a.groups) {
      doc.heading(3, "Group " + g);
      doc.table(anytime.table(g));
    }
    if (a.groups.size() > 1) {
      doc.heading(3, "All groups");
      doc.table(anytime.table(null));
    }
  }

  private void comparisons() {
    if (a.labels.size() < 2) {
      return;
    }
    doc.heading(2, "Anytime paired comparisons");
    doc.paragraph("At each checkpoint, the paired comparisons of the table above over the"
        + " (instance, seed, repetition) cells where both solvers have an incumbent by then,"
        + " on the objectives of the best incumbents, as in the paired comparisons above:"
        + " two-sided Wilcoxon signed-rank p-value (— when fewer than 2 cells differ), then"
        + " wins/ties/losses of the row.");
    for (int k = 0; k < anytime.times.size(); k++) {
      doc.heading(3, "At " + Checkpoints.label(anytime.times.get(k)));
      if (a.groups.size() > 1) {
        doc.heading(4, "All groups");
        doc.table(anytime.matrix(k, null));
        for (String g : a.groups) {
          doc.heading(4, "Group " + g);
          doc.table(anytime.matrix(k, g));
        }
      } else {
        doc.table(anytime.matrix(k, null));
      }
    }
  }

  private void crossTime() {
    if (a.labels.size() < 2) {
      return;
    }
    doc.heading(2, "Anytime: A at t vs B at 2t");
    if (anytime.doublings().isEmpty()) {
      doc.paragraph("No checkpoint t has 2t among the checkpoints (" + times() + "), so there"
          + " is no cross-time comparison; add such pairs, as in 1s,2s,5s,10s.");
      return;
    }
    doc.paragraph("Is solver A at time t no worse than solver B at twice the time? For each"
        + " ordered pair of solvers and each checkpoint t whose double 2t is a checkpoint too,"
        + " over the cells where A has an incumbent by t and B by 2t: the mean of each, and the"
        + " Wilcoxon p-value and wins/ties/losses of A at t against B at 2t (as above).");
    if (a.groups.size() > 1) {
      doc.heading(3, "All groups");
      doc.table(anytime.crossTime(null));
    }
    for (String g : a.groups) {
      if (a.groups.size() > 1) {
        doc.heading(3, "Group " + g);
      }
      doc.table(anytime.crossTime(g));
    }
  }

  private String times() {
    List<String> labels = anytime.times.stream().map(Checkpoints::label).toList();
    return String.join(", ", labels);
  }
}
