package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.Problems;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Allot's memory JSON: round trips of mapping and packing instances, detection and errors. */
class MappingJsonFormatTest {
  static final String TINY = """
      {
        "problem": "memory",
        "name": "tiny-mapping",
        "capacity": 25,
        "buffers": [
          {"id": "a", "lower": 0, "upper": 2, "size": 10},
          {"id": "b", "lower": 0, "upper": 2, "size": 5, "alignment": 1},
          {"id": "c", "lower": 1, "upper": 3, "size": 20}
        ],
        "cost": {
          "fastBandwidth": 10,
          "slowBandwidth": 1.0,
          "steps": [
            {"compute": 1, "reads": [{"buffer": "a", "bytes": 10}, {"buffer": "b", "bytes": 5}]},
            {"compute": 4.0, "reads": [{"buffer": "b", "bytes": 5}, {"buffer": "c", "bytes": 20}]},
            {"compute": 0, "reads": [{"buffer": "c", "bytes": 20}]}
          ]
        }
      }
      """;

  @TempDir Path temp;
  private final MappingJsonFormat format = MappingJsonFormat.INSTANCE;

  @Test
  void readsTheDocumentedExample() throws IOException {
    assertEquals(MemoryFixtures.tinyMapping(), format.read(write("x.json", TINY)));
  }

  @Test
  void mappingAndPackingInstancesRoundTripAndAreDetected() throws IOException {
    List<MemoryInstance> all = List.of(MemoryFixtures.tinyMapping(), MemoryFixtures.aligned(),
        MemoryFixtures.smallWorkload(3), MemoryFixtures.randomMapping(4, 30),
        MemoryInstance.packing("empty", 1, new String[0], new int[0], new int[0], new long[0]));
    for (MemoryInstance i : all) {
      Path f = write(i.name() + ".json", text(i));
      assertTrue(format.accepts(f, Problems.head(f)), i.name());
      assertEquals(i, format.read(f), i.name());
      assertEquals(i, Problems.read(f).instance(), i.name());
    }
  }

  @Test
  void randomMappingInstancesRoundTrip() {
    SeededProperty.check("JSON round trip", 30, random -> {
      MemoryInstance i = MemoryFixtures.randomMapping(random.nextLong(), random.nextInt(2, 40));
      try {
        assertEquals(i, format.read(i.name(), text(i)));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void idsNeedingEscapesAndNumericIds() throws IOException {
    MemoryInstance odd = MemoryInstance.packing("odd \"one\"", 8, new String[] {"a\\b", "tab\t"},
        new int[] {0, 1}, new int[] {2, 3}, new long[] {1, 2});
    assertEquals(odd, format.read("odd", text(odd)));
    MemoryInstance numeric = format.read("n", "{\"problem\": \"memory\", \"capacity\": 4,"
        + " \"buffers\": [{\"id\": 7, \"lower\": 0, \"upper\": 1, \"size\": 4}]}");
    assertEquals("7", numeric.idOf(0));
    assertEquals("n", numeric.name());
  }

  @Test
  void detectionNeedsTheExtensionAndTheProblem() throws IOException {
    Path other = write("other.json", "{\"problem\": \"cvrp\", \"capacity\": 4}");
    assertFalse(format.accepts(other, Problems.head(other)));
    Path result = write("result.json", "{\"problem\": \"memory\", \"instance\": \"A\","
        + " \"solution\": {\"offsets\": [0, null]}}");
    assertFalse(format.accepts(result, Problems.head(result)), "a result file");
    Path txt = write("x.txt", TINY);
    assertFalse(format.accepts(txt, Problems.head(txt)));
  }

  @Test
  void refusesToWriteInfiniteNumbers() {
    CostModel infinite = new CostModel(0, Double.POSITIVE_INFINITY, 1, new double[0],
        new int[0][], new long[0][]);
    MemoryInstance i = new MemoryInstance("inf", 1, new String[0], new int[0], new int[0],
        new long[0], new int[0], infinite);
    assertThrows(IllegalArgumentException.class, () -> format.write(i, new StringWriter()));
  }

  @Test
  void malformedJson() throws IOException {
    assertFails(TINY.replace("\"size\": 20}", "\"size\": 20},"), 9, 3,
        "trailing comma before ']'");
    assertFails("{\"problem\": \"memory\",\n \"capacity\": 4\n \"buffers\": []}", 3, 2,
        "expected ',' or '}' after the value of \"capacity\"");
  }

  @Test
  void schemaErrorsAreLocatedAtTheValue() throws IOException {
    assertFails(TINY.replace("\"memory\"", "\"jobshop\""), 2, 14,
        "expected \"problem\": \"memory\", found the string \"jobshop\"");
    assertFails(TINY.replace("\"upper\": 3", "\"upper\": 1"), 8, 38,
        "upper 1 of buffer 2 must exceed lower 1 (live ranges are half-open [lower, upper))");
    assertFails(TINY.replace("\"size\": 5,", "\"size\": -5,"), 7, 49,
        "buffer 1 size -5 is out of range 0..9223372036854775807");
    assertFails(TINY.replace("\"size\": 20}", "\"size\": 26}"), 8, 49,
        "size 26 of buffer 2 exceeds the capacity 25");
    assertFails(TINY.replace("\"id\": \"c\"", "\"id\": \"a\""), 8, 12,
        "duplicate id \"a\" (first at buffer 0)");
    assertFails(TINY.replace("\"buffer\": \"c\", \"bytes\": 20}]}\n",
        "\"buffer\": \"d\", \"bytes\": 20}]}\n"), 16, 43,
        "step 2 read 0 names buffer \"d\", which is not in \"buffers\"");
    assertFails(TINY.replace("\"slowBandwidth\": 1.0", "\"slowBandwidth\": 11"), 11, 22,
        "fastBandwidth 10.0 must be at least slowBandwidth 11.0");
    assertFails(TINY.replace("\"compute\": 4.0", "\"compute\": -4.0"), 15, 19,
        "compute time of step 1 must be >= 0 seconds, found -4.0");
    assertFails(TINY.replace("\"alignment\": 1", "\"align\": 1"), 7, 61,
        "unknown key \"align\" in buffer 1; known keys: id, lower, upper, size, alignment");
    assertFails(TINY.replace("\"capacity\": 25,", ""), 1, 1,
        "missing key \"capacity\" in the document");
    assertFails(TINY.replace("\"capacity\": 25", "\"capacity\": 2.5"), 4, 15,
        "expected capacity to be an integer, found the number 2.5");
  }

  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = write("bad.json", text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
  }

  private String text(MemoryInstance i) throws IOException {
    StringWriter w = new StringWriter();
    format.write(i, w);
    return w.toString();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }
}
