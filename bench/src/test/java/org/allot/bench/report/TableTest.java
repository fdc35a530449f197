package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private final Table table = new Table(List.of("solver", "cell", "gap %"),
      List.of(List.of("a|b", "x<y & z", "1.50"), List.of("c", "t", Table.number(Double.NaN, 2))));

  @Test
  void markdownEscapesPipesAndRightAlignsNumbers() {
    assertEquals("| solver | cell | gap % |\n|---|---|---:|\n| a\\|b | x<y & z | 1.50 |\n"
        + "| c | t | — |\n", table.markdown());
  }

  @Test
  void htmlEscapesText() {
    assertEquals("<table>\n<thead><tr><th>solver</th><th>cell</th><th>gap %</th></tr></thead>\n"
        + "<tbody>\n<tr><th>a|b</th><td class=\"text\">x&lt;y &amp; z</td><td>1.50</td></tr>\n"
        + "<tr><th>c</th><td class=\"text\">t</td><td>—</td></tr>\n</tbody>\n</table>\n",
        table.html());
  }

  @Test
  void pValuesAndNumbers() {
    assertEquals("< 0.001", Table.pValue(0.0004));
    assertEquals("0.047", Table.pValue(0.0468));
    assertEquals("—", Table.pValue(Double.NaN));
    assertEquals("2.50", Table.number(2.499999, 2));
  }

  /** A count of runs without a value after a number keeps the column right-aligned. */
  @Test
  void countsOfRunsWithoutAValueAreNumbers() {
    Table t = new Table(List.of("solver", "mean"), List.of(List.of("a", "2.50 (3 without)"),
        List.of("b", "— (2 without)"), List.of("c", "1.00")));
    assertTrue(t.numeric(1));
    assertFalse(new Table(List.of("solver", "note"), List.of(List.of("a", "2 valid")))
        .numeric(1));
  }

  @Test
  void rowsMustMatchTheHeader() {
    assertThrows(IllegalArgumentException.class,
        () -> new Table(List.of("a", "b"), List.of(List.of("1"))));
  }
}
