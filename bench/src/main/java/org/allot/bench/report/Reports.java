package org.allot.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.allot.cli.AtomicFiles;

/**
 * Writes the report of a suite's run directory: {@code report.md} (Markdown tables, plots
 * linked from {@code plots/}), a self-contained {@code report.html} (inline CSS and SVG, no
 * external requests) and {@code plots/*.svg}, from {@code results.jsonl} and the suite copy
 * {@code suite.json}. The same results give byte-identical files: the only time in them is the
 * newest run's finish time. Each file is replaced atomically. Not safe to call concurrently on
 * one directory.
 */
public final class Reports {
  /** The Markdown report's file name. */
  public static final String MARKDOWN = "report.md";
  /** The HTML report's file name. */
  public static final String HTML = "report.html";
  /** The plots' folder. */
  public static final String PLOTS = "plots";

  private static final Pattern OURS =
      Pattern.compile("(gap|objective)-(per-instance|over-time(-\\d+-[A-Za-z0-9._-]+)?)\\.svg");

  private Reports() {}

  /**
   * Reads {@code dir/results.jsonl} (and {@code dir/suite.json} when present) and writes the
   * report into {@code dir}. A torn last line of the results (a crash) is ignored and noted.
   *
   * @param dir the run directory
   * @return the Markdown report's path
   * @throws java.nio.file.NoSuchFileException when {@code dir/results.jsonl} does not exist
   * @throws IOException when the results are malformed before their last line, hold no run, or
   *     a file cannot be written; the message names the file (and line)
   */
  public static Path write(Path dir) throws IOException {
    return write(dir, Results.read(dir));
  }

  /**
   * Writes the report of {@code results} (read from {@code dir}, perhaps with the report
   * command's overrides) into {@code dir}.
   *
   * @return the Markdown report's path
   * @throws IOException when a file cannot be written, naming it
   */
  static Path write(Path dir, Results results) throws IOException {
    Rendered report = ReportText.render(results);
    Path plots = dir.resolve(PLOTS);
    Files.createDirectories(plots);
    for (Map.Entry<String, byte[]> plot : report.plots().entrySet()) {
      AtomicFiles.write(plots.resolve(plot.getKey()), plot.getValue());
    }
    removeStale(plots, report.plots().keySet());
    AtomicFiles.write(dir.resolve(HTML), report.html().getBytes(StandardCharsets.UTF_8));
    Path markdown = dir.resolve(MARKDOWN);
    AtomicFiles.write(markdown, report.markdown().getBytes(StandardCharsets.UTF_8));
    return markdown;
  }

  /** Removes plots an earlier report wrote that this one does not (groups that are gone). */
  private static void removeStale(Path plots, Set<String> written) throws IOException {
    try (Stream<Path> files = Files.list(plots)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (OURS.matcher(name).matches() && !written.contains(name)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
