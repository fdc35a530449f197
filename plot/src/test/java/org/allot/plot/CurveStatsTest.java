package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CurveStats}: runs aligned on x, mean and band per x. */
class CurveStatsTest {
  @TempDir
  Path dir;

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private CurveStats stats(LearningCurvePlot.Spread spread, CurveSeries series)
      throws IOException {
    return CurveStats.of(series, "update", spread, new HashMap<>());
  }

  @Test
  void runsOfDifferentLengthsAggregateOverTheRunsPresentAtEachX() throws IOException {
    Path a = csv("a.csv", "update,v\n1,10\n2,20\n3,30\n");
    Path b = csv("b.csv", "update,v\n1,14\n2,NaN\n3,34\n4,44\n5,54\n");
    CurveStats s = stats(LearningCurvePlot.Spread.MIN_MAX, CurveSeries.of("v", List.of(a, b),
        "v"));
    assertArrayEquals(new double[] {1, 2, 3, 4, 5}, s.x());
    assertArrayEquals(new double[] {12, 20, 32, 44, 54}, s.mean());
    assertArrayEquals(new double[] {10, 20, 30, 44, 54}, s.low());
    assertArrayEquals(new double[] {14, 20, 34, 44, 54}, s.high());
    assertEquals(3, s.runs().get(0).x().length);
    assertEquals(4, s.runs().get(1).x().length, "b's NaN row is not measured: left out");
    assertTrue(s.band(LearningCurvePlot.Spread.MIN_MAX));
  }

  @Test
  void standardDeviationIsTheSampleOneAndMeanAloneHasNoBand() throws IOException {
    Path a = csv("a.csv", "update,v\n1,10\n");
    Path b = csv("b.csv", "update,v\n1,14\n");
    CurveSeries series = CurveSeries.of("v", List.of(a, b), "v");
    CurveStats sd = stats(LearningCurvePlot.Spread.STD_DEV, series);
    double s = Math.sqrt(8);
    assertArrayEquals(new double[] {12 - s}, sd.low(), 1e-12);
    assertArrayEquals(new double[] {12 + s}, sd.high(), 1e-12);
    CurveStats mean = stats(LearningCurvePlot.Spread.MEAN, series);
    assertArrayEquals(mean.mean(), mean.low());
    assertTrue(!mean.band(LearningCurvePlot.Spread.MEAN));
  }

  @Test
  void rowsWithoutAValueAreSkippedAndFirstXDropsEarlierPoints() throws IOException {
    Path a = csv("a.csv", "update,v\n-1,5\n0,6\n1,NaN\n2,8\n");
    CurveStats s = stats(LearningCurvePlot.Spread.MIN_MAX,
        CurveSeries.of("v", List.of(a), "v").startingAt(0));
    assertArrayEquals(new double[] {0, 2}, s.x(), "a column measured every k rows (a"
        + " validation score) draws one line through its measurements");
    assertEquals(1, s.best(false));
    assertEquals(0, s.best(true));
  }

  @Test
  void aFileIsReadOnceForAllTheSeriesThatDrawFromIt() throws IOException {
    Path a = csv("a.csv", "update,v,w\n1,5,6\n");
    Map<Path, CurveTable> tables = new HashMap<>();
    CurveStats.of(CurveSeries.of("v", List.of(a), "v"), "update",
        LearningCurvePlot.Spread.MIN_MAX, tables);
    CurveTable first = tables.get(a);
    CurveStats.of(CurveSeries.of("w", List.of(a), "w"), "update",
        LearningCurvePlot.Spread.MIN_MAX, tables);
    assertTrue(first == tables.get(a));
  }
}
