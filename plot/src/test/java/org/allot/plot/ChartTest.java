package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Chart}: the frame's geometry, y axis and legend. */
class ChartTest {
  @Test
  void theYAxisWidensToRoundTicksAndMapsValuesIntoThePlotArea() {
    Chart c = new Chart(ImageFormat.SVG, Chart.Size.REPORT, "t", "s", 3, 97);
    assertEquals(0, c.low());
    assertEquals(100, c.high());
    assertEquals(c.bottom(), c.y(0), 1e-9);
    assertEquals(c.top(), c.y(100), 1e-9);
    assertEquals(960 - 80 - 210, c.plotWidth());
    assertEquals(c.left() + c.plotWidth(), c.right());
  }

  @Test
  void oneValueOrNoneStillGivesAnAxis() {
    Chart one = new Chart(ImageFormat.SVG, Chart.Size.REPORT, "t", "s", 5, 5);
    assertTrue(one.high() > one.low());
    Chart none = new Chart(ImageFormat.SVG, Chart.Size.REPORT, "t", "s",
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    assertTrue(none.high() > none.low());
  }

  @Test
  void legendAndAxisLabelsAreDrawn() {
    Chart c = new Chart(ImageFormat.SVG, Chart.Size.REPORT, "Title", "sub", 0, 1);
    c.yAxis("gap %");
    c.xLabel("instance");
    c.legend(List.of("hgs", "savings"), true);
    String svg = new String(c.encode(), StandardCharsets.UTF_8);
    for (String s : List.of("Title", "sub", "gap %", "instance", "hgs", "savings", ">0.2<")) {
      assertTrue(svg.contains(s), s);
    }
  }

  @Test
  void aSizeWithoutPlotAreaIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Chart.Size(290, 520, 210));
    assertThrows(IllegalArgumentException.class, () -> new Chart.Size(960, 100, 210));
  }
}
