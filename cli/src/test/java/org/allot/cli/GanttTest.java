package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot solve --gantt}. */
class GanttTest {
  @TempDir
  Path dir;

  @Test
  void svgIsWritten() throws IOException {
    Path svg = dir.resolve("ft06.svg");
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr", "--gantt", svg.toString());
    assertEquals(0, r.exit(), r.toString());
    String text = Files.readString(svg);
    assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.endsWith("</svg>\n"));
    assertTrue(text.contains("makespan 61"), "marks the makespan");
    assertTrue(text.contains(">M5</text>"), "one row per machine");
  }

  @Test
  void pngIsWritten() throws IOException {
    Path png = dir.resolve("ft06.PNG");
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr", "--gantt", png.toString());
    assertEquals(0, r.exit(), r.toString());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 1000, "non-empty: " + bytes.length);
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
    assertArrayEquals(magic, Arrays.copyOf(bytes, 4));
  }
}
