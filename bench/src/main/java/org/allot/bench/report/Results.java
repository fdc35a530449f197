package org.allot.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.bench.suite.Checkpoints;
import org.allot.bench.suite.RunRecord;

/**
 * The finished runs of a run directory: the records of {@code results.jsonl}, one per cell, and
 * the suite copy.
 *
 * @param records one record per cell, in file order (a later duplicate replaces an earlier one)
 * @param suite what the suite file says, or {@link SuiteInfo#NONE}
 * @param notes remarks about the file for the report: a torn last line, duplicates
 */
record Results(List<RunRecord> records, SuiteInfo suite, List<String> notes) {
  Results {
    records = List.copyOf(records);
    notes = List.copyOf(notes);
  }

  /**
   * These results with the report command's overrides: {@code checkpoints} (null: the suite's)
   * and the best-seen reference (on when the suite or {@code bestSeen} says so). A note names
   * the flags, so that the report says how to rebuild it.
   */
  Results with(Checkpoints checkpoints, boolean bestSeen) {
    if (checkpoints == null && !bestSeen) {
      return this;
    }
    List<String> flags = new ArrayList<>();
    if (checkpoints != null) {
      flags.add("--checkpoints " + checkpoints);
    }
    if (bestSeen) {
      flags.add("--best-seen");
    }
    List<String> more = new ArrayList<>(notes);
    more.add("report options: `" + String.join(" ", flags) + "` (give them again to rebuild"
        + " this report)");
    return new Results(records, suite.with(checkpoints != null ? checkpoints
        : suite.checkpoints(), bestSeen || suite.bestSeen()), more);
  }

  /** The largest time limit of the runs (their {@code timeLimit}, in seconds). */
  Duration largestTimeLimit() {
    double seconds = records.stream().mapToDouble(RunRecord::timeLimit).max().orElse(0);
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /**
   * Reads {@code dir/results.jsonl} and {@code dir/suite.json}. A last line that does not parse
   * is a run torn by a crash: it is ignored and noted.
   *
   * @throws java.nio.file.NoSuchFileException when there is no results file
   * @throws IOException when a line other than the last is not a run record, naming
   *     {@code file:line}, or when the file holds no record
   */
  static Results read(Path dir) throws IOException {
    Path file = dir.resolve("results.jsonl");
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int last = lines.length - 1;
    while (last >= 0 && lines[last].isBlank()) {
      last--;
    }
    Map<String, RunRecord> byCell = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    int duplicates = 0;
    for (int i = 0; i <= last; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      RunRecord r;
      try {
        r = RunRecord.read(lines[i]);
      } catch (IllegalArgumentException e) {
        if (i == last) {
          notes.add("ignored the torn last line " + (i + 1) + " of results.jsonl (a run cut"
              + " off by a crash; `allot bench --resume` runs it again)");
          continue;
        }
        throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage()
            + "; only the last line may be incomplete (remove or fix this line)", e);
      }
      duplicates += byCell.remove(r.cell()) != null ? 1 : 0;
      byCell.put(r.cell(), r);
    }
    if (duplicates > 0) {
      notes.add(duplicates + " duplicate cell(s) in results.jsonl: the later record was used");
    }
    if (byCell.isEmpty()) {
      throw new IOException(file + ": no finished run yet; run the suite first"
          + " (allot bench SUITE.json --out " + dir + ")");
    }
    return new Results(new ArrayList<>(byCell.values()), SuiteInfo.read(dir), notes);
  }
}
