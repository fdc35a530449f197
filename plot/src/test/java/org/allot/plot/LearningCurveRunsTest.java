package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LearningCurvePlot}'s builder: several series, each the mean and spread of several runs
 * (one CSV per seed), against a named x column.
 */
class LearningCurveRunsTest {
  @TempDir
  Path dir;

  /** Seed {@code seed}'s curve of {@code epochs} rows: return rises with the epoch. */
  private Path run(String name, int seed, int epochs) throws IOException {
    StringBuilder csv = new StringBuilder("epoch,return,loss\n");
    for (int e = 1; e <= epochs; e++) {
      csv.append(e).append(',').append(0.1 * e + 0.01 * seed).append(',').append(1.0 / e)
          .append('\n');
    }
    Path file = dir.resolve(name + "-" + seed + ".csv");
    Files.writeString(file, csv);
    return file;
  }

  private List<Path> runs(String name, int count, int epochs) throws IOException {
    List<Path> runs = new ArrayList<>();
    for (int seed = 1; seed <= count; seed++) {
      runs.add(run(name, seed, epochs));
    }
    return runs;
  }

  private static String svg(LearningCurvePlot.Builder b) throws IOException {
    return new String(b.build().draw(ImageFormat.SVG), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void seriesOfSeveralRunsAreWrittenWithTheirLabelsBandsAndReference() throws Exception {
    Path svg = dir.resolve("curves.svg");
    LearningCurvePlot.builder().x("epoch")
        .series("SubPO", runs("subpo", 5, 8), "return")
        .series("ModPO", runs("modpo", 5, 8), "return")
        .series("immediate gain", runs("gain", 5, 8), "return")
        .reference(0.45, "greedy").title("SubPO against ModPO").higherIsBetter()
        .write(svg);
    assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(svg.toFile()).getDocumentElement().getTagName());
    String text = Files.readString(svg);
    for (String s : new String[] {"SubPO", "ModPO", "immediate gain", "greedy",
        "SubPO against ModPO", "mean of 5 runs, band min to max", "epoch", "return",
        "best SubPO 0.83 at epoch 8"}) {
      assertTrue(text.contains(s), "names " + s);
    }
    assertEquals(3 + 3, count(text, "<polygon"), "a band per series, in plot and legend");
    assertFalse(text.contains("NaN") || text.contains("Infinity"), "no NaN coordinates");
  }

  @Test
  void spreadRunsDrawsOneLinePerRunAndNoBand() throws IOException {
    String runs = svg(LearningCurvePlot.builder().x("epoch")
        .series("SubPO", runs("subpo", 3, 4), "return").spread(LearningCurvePlot.Spread.RUNS));
    assertEquals(0, count(runs, "<polygon"));
    assertTrue(runs.contains("3 runs"), "legend says how many runs");
    String deviation = svg(LearningCurvePlot.builder().x("epoch")
        .series("SubPO", runs("subpo", 3, 4), "return")
        .spread(LearningCurvePlot.Spread.STD_DEV));
    assertTrue(deviation.contains("band \u00b1 1 sd"), "legend names the band");
    assertEquals(2, count(deviation, "<polygon"));
  }

  @Test
  void runsOfDifferentLengthsAreAlignedOnX() throws IOException {
    List<Path> uneven = List.of(run("a", 1, 3), run("a", 2, 5));
    Path png = dir.resolve("uneven.png");
    LearningCurvePlot.builder().x("epoch").series("A", uneven, "return").write(png);
    assertTrue(Files.size(png) > 1000, "written");
    String text = svg(LearningCurvePlot.builder().x("epoch").series("A", uneven, "return"));
    assertFalse(text.contains("NaN"), "no NaN coordinates");
    assertTrue(text.contains(">5</text>"), "the x axis reaches the longer run's last epoch");
  }

  @Test
  void missingColumnNamesItAndListsTheColumnsThereAre() throws IOException {
    Path seed = run("subpo", 1, 3);
    var plot = LearningCurvePlot.builder().x("epoch").series("SubPO", seed, "retrun").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plot.write(dir.resolve("curve.svg")));
    assertTrue(e.getMessage().startsWith(seed + ":1: no column retrun"), e.getMessage());
    assertTrue(e.getMessage().contains("the columns are epoch, return, loss"), e.getMessage());
    var x = LearningCurvePlot.builder().x("step").series("SubPO", seed, "return").build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> x.draw(ImageFormat.SVG))
        .getMessage().contains("no column step"));
  }

  @Test
  void aRowOfTheWrongLengthIsNamedByFileAndLine() throws IOException {
    Path csv = dir.resolve("short.csv");
    Files.writeString(csv, "epoch,return\n1,0.5\n2\n");
    var plot = LearningCurvePlot.builder().x("epoch").series("A", csv, "return").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> plot.draw(ImageFormat.SVG));
    assertTrue(e.getMessage().contains("short.csv:3: expected 2 cells"), e.getMessage());
  }

  @Test
  void buildRefusesAPlotWithoutXOrSeriesOrWithTwinLabels() throws IOException {
    Path seed = run("a", 1, 2);
    assertTrue(assertThrows(IllegalStateException.class,
        () -> LearningCurvePlot.builder().series("A", seed, "return").build())
        .getMessage().contains("x(\"epoch\")"));
    assertThrows(IllegalStateException.class,
        () -> LearningCurvePlot.builder().x("epoch").build());
    assertTrue(assertThrows(IllegalStateException.class, () -> LearningCurvePlot.builder()
        .x("epoch").series("A", seed, "return").series("A", seed, "loss").build())
        .getMessage().contains("two series are labelled A"));
    assertThrows(IllegalArgumentException.class, () -> CurveSeries.of("A", List.of(), "return"));
  }

  @Test
  void seriesWithDifferentColumnsNameTheirColumnsAndAGenericAxis() throws IOException {
    Path seed = run("a", 1, 4);
    String text = svg(LearningCurvePlot.builder().x("epoch")
        .series("policy", seed, "return").series("critic", seed, "loss"));
    assertTrue(text.contains(">value</text>"), "y axis");
    assertTrue(text.contains(">loss</text>"), "legend note names the column");
    assertTrue(text.contains("a-1.csv: 4 rows"), "one source file named in the subtitle");
  }

  @Test
  void numbersKeepFiveSignificantDigits() {
    assertEquals("1765.4", Labels.number(1765.4));
    assertEquals("0.53213", Labels.number(0.532134));
    assertEquals("-18", Labels.number(-18));
    assertEquals("123457", Labels.number(123456.7));
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void pngStartsWithTheMagicNumber() throws IOException {
    byte[] png = LearningCurvePlot.builder().x("epoch").series("A", runs("a", 2, 3), "return")
        .build().draw(ImageFormat.PNG);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
  }
}
