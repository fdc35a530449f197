package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportsTest {
  @TempDir
  Path dir;

  /** Two solvers on three instances in two groups, with traces; one invalid and one failed run. */
  static Runs sample() {
    return new Runs(1.0)
        .valid("ta01", "15x15", "spt", 0, 101, 0.01, 0.005, 120, 0.01, 101)
        .valid("ta02", "15x15", "spt", 0, 103, 0.02)
        .valid("ta11", "20x15", "spt", 0, 110, 0.03, 0.01, 130, 0.02, 110)
        .valid("ta01", "15x15", "cpsat-10s", 0, 100, 2.0, 0.1, 104, 1.5, 100)
        .invalid("ta02", "15x15", "cpsat-10s", 0, 50, "machine 3: operations (1,2) and (4,2)"
            + " overlap in [10, 12)")
        .error("ta11", "20x15", "cpsat-10s", 0, "java.lang.IllegalStateException: boom\n at x");
  }

  @Test
  void invalidRunsAreFlaggedAndLeftOutOfTheMeans() throws IOException {
    sample().writeTo(dir);
    String md = Files.readString(Reports.write(dir));
    // group 15x15, cpsat: one valid run (gap 0 %), the invalid one (objective 50) is left out
    assertTrue(md.contains("| cpsat-10s | 2 | 1 | 1 | 0 | 50.0 | 0.00 | 0.00 | 1 | 1.500 |"), md);
    // spt in 15x15: gaps 1 % and 3 %, mean = median = 2 %, best on ta02 only
    assertTrue(md.contains("| spt | 2 | 2 | 0 | 0 | 100.0 | 2.00 | 2.00 | 1 |"), md);
    assertTrue(md.contains("## Invalid solutions: 1"), md);
    assertTrue(md.contains("machine 3: operations (1,2) and (4,2) overlap in [10, 12)"), md);
    assertTrue(md.contains("## Failed runs (ERROR): 1"), md);
    assertTrue(md.contains("java.lang.IllegalStateException: boom |"), md);
    // all groups: spt gaps 1, 3, 10 -> mean 4.67, median 3
    assertTrue(md.contains("| spt | 3 | 3 | 0 | 0 | 100.0 | 4.67 | 3.00 | 2 |"), md);
    // at a glance: mean gap per group and overall; cpsat has no valid run in 20x15
    assertTrue(md.contains("| solver | 15x15 | 20x15 | all |"), md);
    assertTrue(md.contains("| spt | 2.0 | 10.0 | 4.7 |"), md);
    assertTrue(md.contains("| cpsat-10s | 0.0 (1/2 valid) | — (0/1 valid) | 0.0 (1/3 valid) |"),
        md);
  }

  @Test
  void aTornLastLineIsIgnoredAndNoted() throws IOException {
    String text = sample().text();
    Files.writeString(dir.resolve("results.jsonl"), text + text.lines().findFirst().orElseThrow()
        .substring(0, 40));
    String md = Files.readString(Reports.write(dir));
    assertTrue(md.contains("ignored the torn last line 7"), md);
    assertTrue(md.contains("6 runs of 2 solver(s) on 3 instance(s) in 2 group(s)"), md);
  }

  @Test
  void aMalformedLineBeforeTheLastIsAnErrorNamingTheLine() throws IOException {
    List<String> lines = sample().text().lines().toList();
    Files.writeString(dir.resolve("results.jsonl"), lines.get(0) + "\n{\"suite\": \n"
        + lines.get(1) + "\n");
    IOException e = assertThrows(IOException.class, () -> Reports.write(dir));
    assertTrue(e.getMessage().contains("results.jsonl:2: "), e.getMessage());
    assertFalse(Files.exists(dir.resolve("report.md")));
  }

  @Test
  void missingResultsFail() {
    assertThrows(NoSuchFileException.class, () -> Reports.write(dir));
  }

  @Test
  void aRerunIsByteIdentical() throws IOException {
    sample().writeTo(dir);
    Reports.write(dir);
    List<byte[]> first = outputs();
    Reports.write(dir);
    List<byte[]> second = outputs();
    assertEquals(first.size(), second.size());
    assertTrue(first.size() >= 6, "report.md, report.html and at least 4 plots");
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i));
    }
    assertTrue(new String(first.getFirst(), StandardCharsets.UTF_8)
        .contains("generated: 2026-01-01T00:05:00Z"));
  }

  private List<byte[]> outputs() throws IOException {
    try (Stream<Path> plots = Files.list(dir.resolve("plots"))) {
      List<Path> files = Stream.concat(Stream.of(dir.resolve("report.md"),
          dir.resolve("report.html")), plots.sorted()).toList();
      List<byte[]> bytes = new java.util.ArrayList<>();
      for (Path f : files) {
        bytes.add(Files.readAllBytes(f));
      }
      return bytes;
    }
  }

  /** Plots of groups that are gone are removed; files the report does not own are kept. */
  @Test
  void aRerunRemovesItsOwnStalePlotsOnly() throws IOException {
    sample().writeTo(dir);
    Reports.write(dir);
    assertTrue(Files.exists(dir.resolve("plots/gap-over-time-2-20x15.svg")));
    Files.writeString(dir.resolve("plots/mine.svg"), "<svg/>");
    new Runs(1.0).valid("ta01", "15x15", "spt", 0, 101, 0.01).writeTo(dir);
    Reports.write(dir);
    assertFalse(Files.exists(dir.resolve("plots/gap-over-time-2-20x15.svg")));
    assertFalse(Files.exists(dir.resolve("plots/gap-over-time-1-15x15.svg")));
    assertTrue(Files.exists(dir.resolve("plots/gap-over-time.svg")));
    assertTrue(Files.exists(dir.resolve("plots/mine.svg")));
  }

  @Test
  void theHtmlReportMakesNoExternalRequest() throws IOException {
    sample().writeTo(dir);
    Reports.write(dir);
    String html = Files.readString(dir.resolve("report.html"));
    Matcher m = Pattern.compile("(?i)\\b(src|href)\\s*=").matcher(html);
    assertFalse(m.find(), "the report refers to a resource: " + (m.hitEnd() ? "" : m.group()));
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<link"));
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("@import"));
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("url("));
    assertTrue(html.contains("<svg"), "plots inline");
    assertEquals(4, html.split("<svg", -1).length - 1, "per instance, over time, 2 groups");
  }

  @Test
  void plotsAreWellFormedSvg() throws Exception {
    sample().writeTo(dir);
    Reports.write(dir);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> plots = Files.list(dir.resolve("plots"))) {
      for (Path p : plots.toList()) {
        Document d = factory.newDocumentBuilder().parse(p.toFile());
        assertEquals("svg", d.getDocumentElement().getLocalName(), p.toString());
        assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
        assertTrue(d.getElementsByTagNameNS("*", "text").getLength() > 5, "axes and legend");
      }
    }
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("![Gap per instance](plots/gap-per-instance.svg)"), md);
  }

  /** The whole HTML report is well-formed XML too (so the inline SVG is intact). */
  @Test
  void theHtmlReportIsWellFormed() throws Exception {
    sample().writeTo(dir);
    Reports.write(dir);
    String html = Files.readString(dir.resolve("report.html")).replace("<!DOCTYPE html>", "")
        .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
