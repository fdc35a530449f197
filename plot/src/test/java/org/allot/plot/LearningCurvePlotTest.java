package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@link LearningCurvePlot#write(Path, Path, double, String)}: the learning curve of
 * {@code allot train dispatch} as a picture.
 */
class LearningCurvePlotTest {
  private static final String LABEL = "FDD/MWKR on the validation set";

  /** Columns in another order than the trainer's, plus one the plot ignores. */
  private static final String CURVE = """
      seconds,update,expert_makespan,agent_makespan,greedy_validation_makespan,learning_rate
      1.5,-1,1210.0,NaN,1300.5,3e-4
      3.0,0,1205.0,NaN,1250.0,3e-4
      4.5,1,1190.0,1240.0,1230.0,3e-4
      6.0,2,1185.0,NaN,1221.0,2e-4
      7.5,3,1180.0,1220.0,1.2150e+03,1e-4
      """;

  @TempDir
  Path dir;

  private Path csv(String text) throws IOException {
    Path csv = dir.resolve("learning-curve.csv");
    Files.writeString(csv, text);
    return csv;
  }

  @Test
  void svgIsWellFormedAndNamesSeriesAndReference() throws Exception {
    Path svg = dir.resolve("curve.svg");
    LearningCurvePlot.write(csv(CURVE), svg, 1260, LABEL);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getTagName());
    String text = Files.readString(svg);
    for (String s : new String[] {"greedy_validation_makespan", "agent_makespan",
        "expert_makespan", LABEL, "Learning curve", "learning-curve.csv", "imitation | updates"}) {
      assertTrue(text.contains(s), "names " + s);
    }
    assertFalse(text.contains("NaN") || text.contains("Infinity"), "no NaN coordinates");
  }

  @Test
  void nanReferenceDrawsNoReferenceLine() throws Exception {
    Path svg = dir.resolve("curve.svg");
    LearningCurvePlot.write(csv(CURVE), svg, Double.NaN, LABEL);
    assertFalse(Files.readString(svg).contains(LABEL));
  }

  @Test
  void headerOnlyGivesEmptyAxes() throws Exception {
    Path svg = dir.resolve("curve.svg");
    LearningCurvePlot.write(csv(CURVE.lines().findFirst().orElseThrow() + "\n"), svg, 1260,
        LABEL);
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
  }

  @Test
  void missingColumnIsNamedWithTheFileAndTheColumnsThereAre() throws IOException {
    Path csv = csv(CURVE.replace("greedy_validation_makespan", "greedy"));
    Path svg = dir.resolve("curve.svg");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LearningCurvePlot.write(csv, svg, 1260, LABEL));
    assertTrue(e.getMessage().contains("learning-curve.csv:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("no column greedy_validation_makespan"), e.getMessage());
    assertTrue(e.getMessage().contains("the columns are seconds, update, expert_makespan"),
        e.getMessage());
    assertFalse(Files.exists(svg), "no partial output");
  }

  @Test
  void badNumberIsNamedWithFileLineAndColumn() throws IOException {
    Path csv = csv(CURVE.replace("1190.0", "11x0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LearningCurvePlot.write(csv, dir.resolve("curve.svg"), 1260, LABEL));
    assertTrue(e.getMessage().contains("learning-curve.csv:4: column expert_makespan"),
        e.getMessage());
    assertTrue(e.getMessage().contains("'11x0'"), e.getMessage());
  }

  @Test
  void unknownExtensionIsRefused() throws IOException {
    Path csv = csv(CURVE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LearningCurvePlot.write(csv, dir.resolve("curve.gif"), 1260, LABEL));
    assertTrue(e.getMessage().contains(".svg"), e.getMessage());
  }

  @Test
  void pngIsWritten() throws IOException {
    Path png = dir.resolve("curve.png");
    if (ImageFormat.forFile(png).isEmpty()) {
      return;
    }
    LearningCurvePlot.write(csv(CURVE), png, 1260, LABEL);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 1000, "non-empty: " + bytes.length);
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
    assertArrayEquals(magic, Arrays.copyOf(bytes, 4));
  }
}
