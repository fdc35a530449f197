package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MiniMalloc's CSV: headers old and new, capacities, offsets, writing and error locations. */
class MinimallocCsvFormatTest {
  @TempDir Path temp;
  private final MinimallocCsvFormat format = MinimallocCsvFormat.INSTANCE;

  @Test
  void readsInput12WithTheCapacityFromItsName() throws IOException {
    MemoryInstance i = format.read(write("input.12.csv", MemoryFixtures.INPUT_12));
    assertEquals(MemoryFixtures.input12(), i);
    assertFalse(i.isMapping());
  }

  @Test
  void anExplicitCapacityWinsOverTheName() throws IOException {
    Path f = write("input.12.csv", MemoryFixtures.INPUT_12);
    assertEquals(20, format.read(f, 20).capacity());
    assertEquals(MemoryFixtures.input12().withCapacity(30).withName("plain"),
        format.read(write("plain.csv", MemoryFixtures.INPUT_12), 30));
    assertThrows(IllegalArgumentException.class, () -> format.read(f, 0));
  }

  @Test
  void withoutACapacityTheMessageSaysHowToGiveOne() throws IOException {
    Path f = write("plain.csv", MemoryFixtures.INPUT_12);
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(f + ": no capacity: MiniMalloc files carry it in their name; name the file"
        + " X.<capacity>.csv (for example A.1048576.csv) or pass the capacity explicitly"
        + " (--capacity N)", e.getMessage());
  }

  @Test
  void capacityInName() {
    assertEquals(OptionalLong.of(1048576), MinimallocCsvFormat.capacityInName(
        Path.of("dir/A.1048576.csv")));
    for (String name : List.of("A.csv", "A.x12.csv", ".12.csv", "A.0.csv", "A.12.",
        "A.99999999999999999999.csv")) {
      assertEquals(OptionalLong.empty(), MinimallocCsvFormat.capacityInName(Path.of(name)), name);
    }
  }

  @Test
  void readsLegacyHeadersWithAnInclusiveEnd() throws IOException {
    String legacy = "buffer_id,begin,end,size\nb1,0,2,4\nb2,3,8,4\nb3,0,8,4\nb4,9,20,4\n"
        + "b5,0,20,4\n";
    assertEquals(MemoryFixtures.input12(), format.read(write("input.12.csv", legacy)));
    String start = "size,start,end,buffer\n4,0,2,b1\n4,3,8,b2\n4,0,8,b3\n4,9,20,b4\n4,0,20,b5\n";
    assertEquals(MemoryFixtures.input12(), format.read(write("input.12.csv", start)));
  }

  @Test
  void columnsInAnyOrderWithAlignmentHintAndMessyWhitespace() throws IOException {
    String text = "\uFEFF Size , HINT, upper,lower ,id,alignment\r\n\r\n5,,4,0,a,\r\n"
        + "8, 3 ,6,2,b,4\r\n16,,8,3,c,8\r\n0,,7,1,z,2\r\n";
    assertEquals(MemoryFixtures.aligned(), format.read(write("aligned.32.csv", text)));
  }

  @Test
  void readsOffsetsByIdInAnyRowOrder() throws IOException {
    Path f = write("out.csv", "id,lower,upper,size,offset\nb5,0,21,4,0\nb4,9,21,4,4\n"
        + "b2,3,9,4,8\nb1,0,3,4,8\nb3,0,9,4,4\n");
    assertEquals(MemoryFixtures.input12Layout(), format.readOffsets(f, MemoryFixtures.input12()));
    Path partial = write("part.csv", "offset,id\n-1,b1\n,b2\n8,b3\n");
    assertArrayEquals(new long[] {-1, -1, 8, -1, -1},
        format.readOffsets(partial, MemoryFixtures.input12()).offsets());
  }

  @Test
  void writesWhatItReadsAndOffsetsOnRequest() throws IOException {
    for (MemoryInstance i : List.of(MemoryFixtures.input12(), MemoryFixtures.aligned())) {
      StringWriter w = new StringWriter();
      format.write(i, w);
      assertEquals(i, format.read(write(i.name() + "." + i.capacity() + ".csv", w.toString())));
    }
    StringWriter w = new StringWriter();
    format.write(MemoryFixtures.input12(), MemoryFixtures.input12Layout(), w);
    assertTrue(w.toString().startsWith("id,lower,upper,size,offset\nb1,0,3,4,8\n"), w::toString);
    Path out = write("out.12.csv", w.toString());
    assertEquals(MemoryFixtures.input12().withName("out"), format.read(out));
    assertEquals(MemoryFixtures.input12Layout(), format.readOffsets(out, format.read(out)));
  }

  @Test
  void refusesToWriteWhatItCannotHold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> format.write(MemoryFixtures.tinyMapping(), new StringWriter()));
    assertEquals("the minimalloc CSV cannot hold the cost model of tiny-mapping; write it as"
        + " JSON, or write instance.asPacking()", e.getMessage());
    MemoryInstance comma = MemoryInstance.packing("c", 4, new String[] {"a,b"}, new int[] {0},
        new int[] {1}, new long[] {1});
    assertThrows(IllegalArgumentException.class, () -> format.write(comma, new StringWriter()));
    assertThrows(IllegalArgumentException.class, () -> format.write(MemoryFixtures.input12(),
        MemoryEvaluatorTest.slow(2), new StringWriter()));
  }

  @Test
  void detection() throws IOException {
    Path f = write("input.12.csv", MemoryFixtures.INPUT_12);
    assertTrue(format.accepts(f, Problems.head(f)));
    assertEquals(Memory.ID, Problems.read(f).problem().id());
    Path other = write("density.csv", "x,y,weight\n0,0,1\n");
    assertFalse(format.accepts(other, Problems.head(other)));
    Path txt = write("input.12.txt", MemoryFixtures.INPUT_12);
    assertFalse(format.accepts(txt, Problems.head(txt)));
  }

  @Test
  void everySharedMiniMallocInstanceParses() throws IOException {
    Path dir = MemoryFixtures.sharedMinimallocOrSkip();
    Map<String, Integer> expected = Map.ofEntries(Map.entry("A", 154), Map.entry("B", 170),
        Map.entry("C", 203), Map.entry("D", 213), Map.entry("E", 215), Map.entry("F", 296),
        Map.entry("G", 308), Map.entry("H", 316), Map.entry("I", 374), Map.entry("J", 409),
        Map.entry("K", 454), Map.entry("input", 5));
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertEquals(12, files.size(), files::toString);
    for (Path f : files) {
      MemoryInstance i = (MemoryInstance) Problems.read(f).instance();
      assertEquals(expected.get(i.name()), i.buffers(), f.toString());
      assertEquals(i.name().equals("input") ? 12 : 1048576, i.capacity(), f.toString());
      assertTrue(RandomMemoryGenerator.peakLive(i.lower(), i.upper(), i.size()) <= i.capacity());
    }
  }

  @Test
  void missingColumn() throws IOException {
    assertFails("id,lower,size\nb1,0,4\n", 1, 1, "missing column 'upper' (or the inclusive"
        + " 'end') in the header; MiniMalloc's header is 'id,lower,upper,size' (in any order)");
    assertFails("# note\nid,lower,upper\n", 1, 1, "unknown column '# note' in the header; known"
        + " columns: " + CsvColumn.known());
  }

  @Test
  void upperNotAboveLower() throws IOException {
    assertFails("id,lower,upper,size\nb1,0,3,4\nb2, 5, 5,4\n", 3, 8,
        "upper 5 must exceed lower 5 (live ranges are half-open [lower, upper))");
    assertFails("id,begin,end,size\nb1,4,3,4\n", 2, 6, "end 3 is before begin 4 (the legacy"
        + " 'end' is inclusive: the buffer is live over [begin, end])");
  }

  @Test
  void negativeSize() throws IOException {
    assertFails("id,lower,upper,size\nb1,0,3,-4\n", 2, 8,
        "size -4 is negative; expected bytes >= 0");
  }

  @Test
  void sizeAboveCapacity() throws IOException {
    assertFails("id,lower,upper,size\nb1,0,3,4\nb2,0,3,13\n", 3, 8, "size 13 exceeds the"
        + " capacity 12; maybe the capacity is wrong: name the file X.<capacity>.csv or pass"
        + " --capacity");
  }

  @Test
  void duplicateId() throws IOException {
    assertFails("id,lower,upper,size\nb1,0,3,4\n\nb1,3,9,4\n", 4, 1,
        "duplicate id 'b1' (first on line 2)");
  }

  @Test
  void nonNumericValueAndWrongFieldCounts() throws IOException {
    assertFails("id,lower,upper,size\nb1,0,x3,4\n", 2, 6, "expected an integer upper, found"
        + " 'x3'");
    assertFails("id,lower,upper,size\nb1,0,3\n", 2, 7, "expected 4 fields as in the header"
        + " (id,lower,upper,size), found 3");
    assertFails("id,lower,upper,size\nb1,0,3,4,9\n", 2, 10, "expected 4 fields as in the"
        + " header (id,lower,upper,size), found 5");
    assertFails("id,lower,upper,size\nb1,0,3000000000,4\n", 2, 6, "upper 3000000000 is out of"
        + " range -2147483648..2147483647");
  }

  @Test
  void otherHeaderAndRowProblems() throws IOException {
    assertFails("", 1, 1, "empty file; expected a header line 'id,lower,upper,size'");
    assertFails("id,lower,start,upper,size\n", 1, 10,
        "column 'start' appears twice (as itself or under a legacy name)");
    assertFails("id,lower,upper,size,gaps\nb1,0,3,4,1-2\n", 2, 10, "gaps are not supported: a"
        + " buffer here is live over its whole range [lower, upper); drop the gaps column or"
        + " split the buffer");
    assertFails("id,lower,upper,size,alignment\nb1,0,3,4,0\n", 2, 10,
        "alignment 0 is out of range 1..2147483647");
    assertFails("id,lower,upper,size\n ,0,3,4\n", 2, 2, "empty buffer id");
  }

  @Test
  void offsetErrors() throws IOException {
    Path f = write("o.csv", "id,offset\nb1,0\nzz,4\n");
    InstanceFormatException e = assertThrows(InstanceFormatException.class,
        () -> format.readOffsets(f, MemoryFixtures.input12()));
    assertEquals(f + ":3:1: buffer 'zz' is not in the instance input; is this the output of"
        + " another input?", e.getMessage());
    Path g = write("p.csv", "id,size\nb1,0\n");
    assertEquals(g + ":1:1: missing column 'offset' in the header; MiniMalloc's header is"
        + " 'id,lower,upper,size' (in any order)", assertThrows(InstanceFormatException.class,
            () -> format.readOffsets(g, MemoryFixtures.input12())).getMessage());
  }

  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = write("bad.12.csv", text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }
}
