package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.cli.memory.MemoryCodec;
import org.allot.problem.Problems;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.problem.memory.MinimallocCsvFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code allot solve}, {@code validate} and {@code generate} on the memory family. */
class MemoryCliTest {
  /** The toy example: peak live bytes 12, so capacity 12 is tight. */
  static final String TINY = "id,lower,upper,size\n0,0,3,4\n1,3,9,4\n2,0,9,4\n3,9,21,4\n"
      + "4,0,21,4\n";
  static final String CHALLENGING_A =
      "../../shared/instances/memory/minimalloc/challenging/A.1048576.csv";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static long[] offsets(JsonNode result) {
    JsonNode o = result.get("solution").get("offsets");
    long[] out = new long[o.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = o.get(i).isNull() ? MemoryLayout.SLOW : o.get(i).longValue();
    }
    return out;
  }

  @Test
  void tinyCsvParses() throws IOException {
    Path csv = write("tiny.12.csv", TINY);
    Problems.Loaded<?, ?> loaded = Problems.read(csv);
    assertEquals(Memory.ID, loaded.problem().id());
    MemoryInstance m = (MemoryInstance) loaded.instance();
    assertEquals(12, m.capacity());
    assertEquals(5, m.buffers());
    assertEquals(21, m.upperOf(4));
    assertFalse(m.isMapping());
  }

  @Test
  void exactSolvesTinyAndValidateAccepts() throws IOException {
    Path csv = write("tiny.12.csv", TINY);
    Path json = dir.resolve("tiny.json");
    Cli r = Cli.allot("solve", csv.toString(), "--solver", "exact", "--time-limit", "5s",
        "--out", json.toString());
    assertEquals(0, r.exit(), r.toString());
    JsonNode result = Json.read(json, "tiny.json");
    assertEquals("memory", result.get("problem").textValue());
    assertEquals("exact", result.get("solver").textValue());
    assertTrue(result.get("feasible").booleanValue());
    assertEquals(12, result.get("objective").doubleValue());
    long[] offsets = offsets(result);
    assertEquals(5, offsets.length);
    for (long o : offsets) {
      assertTrue(o >= 0 && o + 4 <= 12, "offset " + o);
    }
    Cli v = Cli.allot("validate", csv.toString(), json.toString());
    assertEquals(0, v.exit(), v.toString());
    assertTrue(v.out().startsWith("valid: "), v.out());
  }

  @Test
  void packingDefaultsToExact() {
    Cli r = Cli.allot("solve", "--time-limit", "5s", writeQuietly("tiny.12.csv", TINY));
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().matches("(?s).*\"solver\"\\s*:\\s*\"exact\".*"), r.out());
  }

  private String writeQuietly(String name, String text) {
    try {
      return write(name, text).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void capacityOptionOverridesTheFileName() throws IOException {
    Path plain = write("tiny.csv", TINY);
    Path json = dir.resolve("r.json");
    Cli none = Cli.allot("solve", plain.toString(), "--out", json.toString());
    assertEquals(2, none.exit(), none.toString());
    assertTrue(none.err().contains("--capacity"), none.err());
    assertFalse(Files.exists(json));

    Cli r = Cli.allot("solve", plain.toString(), "--capacity", "16", "--time-limit", "5s",
        "--out", json.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(12, Json.read(json, "r.json").get("objective").doubleValue());
    Cli v = Cli.allot("validate", "--capacity", "16", plain.toString(), json.toString());
    assertEquals(0, v.exit(), v.toString());

    // The option wins over the capacity in the name: 4 bytes cannot hold 12 live bytes.
    Path named = write("tiny.12.csv", TINY);
    Cli small = Cli.allot("solve", named.toString(), "--capacity", "4", "--solver", "greedy",
        "--time-limit", "3s");
    assertEquals(1, small.exit(), small.toString());
  }

  @Test
  void capacityIsRefusedForOtherFamilies() {
    Path json = dir.resolve("ft06.json");
    Cli r = Cli.allot("solve", Cli.FT06, "--capacity", "100", "--out", json.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("--capacity"), r.err());
    assertFalse(Files.exists(json));
    Cli bad = Cli.allot("solve", writeQuietly("t.csv", TINY), "--capacity", "0");
    assertEquals(2, bad.exit(), bad.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing column|id,lower,size\\n0,0,4\\n",
      "upper <= lower|id,lower,upper,size\\n0,0,3,4\\n1,3,3,4\\n",
      "negative size|id,lower,upper,size\\n0,0,3,4\\n1,3,9,-4\\n",
      "size above capacity|id,lower,upper,size\\n0,0,3,4\\n1,3,9,13\\n",
      "duplicate id|id,lower,upper,size\\n0,0,3,4\\n0,3,9,4\\n"})
  void badCsvExitsTwoWithAPosition(String what, String text) throws IOException {
    Path csv = write("bad.12.csv", text.replace("\\n", "\n"));
    Path json = dir.resolve("bad.json");
    Path svg = dir.resolve("bad.svg");
    Cli r = Cli.allot("solve", csv.toString(), "--out", json.toString(), "--plot",
        svg.toString());
    assertEquals(2, r.exit(), what + ": " + r);
    assertTrue(r.err().matches("(?s).*bad\\.12\\.csv:\\d+:\\d+.*"), what + ": " + r.err());
    assertFalse(Files.exists(json));
    assertFalse(Files.exists(svg));
  }

  @Test
  void plotAndCsvOutputs() throws IOException {
    Path csv = write("tiny.12.csv", TINY);
    Path json = dir.resolve("tiny.json");
    Path svg = dir.resolve("layout.svg");
    Path png = dir.resolve("layout.png");
    Path out = dir.resolve("tiny.out.csv");
    Cli r = Cli.allot("solve", csv.toString(), "--out", json.toString(), "--plot",
        svg.toString(), "--csv", out.toString(), "--time-limit", "5s");
    assertEquals(0, r.exit(), r.toString());
    String text = Files.readString(svg);
    assertTrue(text.contains("<svg") && text.contains("0 slow buffer"), text);
    assertTrue(Files.readString(out).startsWith("id,lower,upper,size,offset\n"));
    MemoryInstance m = (MemoryInstance) Problems.read(csv).instance();
    MemoryLayout fromCsv = MinimallocCsvFormat.INSTANCE.readOffsets(out, m);
    assertArrayEquals(offsets(Json.read(json, "tiny.json")), fromCsv.offsets());

    Cli p = Cli.allot("solve", csv.toString(), "--plot", png.toString(), "--time-limit", "5s");
    assertEquals(0, p.exit(), p.toString());
    assertTrue(Files.size(png) > 100);
  }

  @Test
  void plotNeedsAPictureExtension() {
    Path bad = dir.resolve("layout.txt");
    Cli r = Cli.allot("solve", writeQuietly("tiny.12.csv", TINY), "--plot", bad.toString());
    assertEquals(2, r.exit(), r.toString());
    assertFalse(Files.exists(bad));
  }

  @Test
  void generateIsDeterministicAndSolvable() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    String[] args = {"generate", "memory", "--workload", "transformer", "--training",
        "--depth", "1", "--seed", "5", "--out"};
    assertEquals(0, Cli.allot(concat(args, a.toString())).exit());
    assertEquals(0, Cli.allot(concat(args, b.toString())).exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    MemoryInstance m = (MemoryInstance) Problems.read(a).instance();
    assertTrue(m.isMapping());
    assertTrue(m.buffers() > 10, "buffers " + m.buffers());

    Cli out1 = Cli.allot("generate", "memory", "--random", "--buffers", "30", "--seed", "1");
    Cli out2 = Cli.allot("generate", "memory", "--random", "--buffers", "30", "--seed", "1");
    assertEquals(0, out1.exit(), out1.toString());
    assertEquals(out1.out(), out2.out());
    assertTrue(out1.out().contains("\"problem\": \"memory\""), out1.out());

    Path json = dir.resolve("a.result.json");
    Path svg = dir.resolve("a.svg");
    Cli s = Cli.allot("solve", a.toString(), "--solver", "greedy", "--time-limit", "5s",
        "--out", json.toString(), "--plot", svg.toString(), "--csv",
        dir.resolve("a.csv").toString());
    assertEquals(0, s.exit(), s.toString());
    Cli v = Cli.allot("validate", a.toString(), json.toString());
    assertEquals(0, v.exit(), v.toString());
    assertTrue(Files.readString(svg).contains("slow buffer"));
  }

  @Test
  void generateRejectsBadOptions() {
    assertEquals(2, Cli.allot("generate", "memory", "--workload", "rnn").exit());
    assertEquals(2, Cli.allot("generate", "memory", "--depth", "0").exit());
    assertEquals(2, Cli.allot("generate", "memory", "--random", "--buffers", "0").exit());
  }

  @Test
  void mappingDefaultsToCpSat() throws IOException {
    Path a = dir.resolve("m.json");
    assertEquals(0, Cli.allot("generate", "memory", "--random", "--mapping", "--buffers", "12",
        "--seed", "2", "--out", a.toString()).exit());
    Path json = dir.resolve("m.result.json");
    Cli r = Cli.allot("solve", a.toString(), "--time-limit", "5s", "--out", json.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("cpsat", Json.read(json, "m.result.json").get("solver").textValue());
  }

  @Test
  void codecReadsChecksTheShape() throws IOException {
    MemoryInstance m = (MemoryInstance) Problems.read(write("tiny.12.csv", TINY)).instance();
    MemoryCodec codec = new MemoryCodec();
    ObjectMapper mapper = new ObjectMapper();
    MemoryLayout l = codec.read(m, mapper.readTree("{\"offsets\": [0, 4, 8, null, 0]}"), "f");
    assertArrayEquals(new long[] {0, 4, 8, MemoryLayout.SLOW, 0}, l.offsets());
    assertEquals("{\"offsets\":[0,4,8,null,0]}", codec.write(m, l).toString());
    UserError shortList = assertThrows(UserError.class,
        () -> codec.read(m, mapper.readTree("{\"offsets\": [0, 4]}"), "f.json"));
    assertTrue(shortList.getMessage().contains("f.json: solution.offsets"),
        shortList.getMessage());
    UserError text = assertThrows(UserError.class,
        () -> codec.read(m, mapper.readTree("{\"offsets\": [0, \"4\", 8, 0, 0]}"), "f.json"));
    assertTrue(text.getMessage().contains("solution.offsets[1]"), text.getMessage());
    assertThrows(UserError.class,
        () -> codec.read(m, mapper.readTree("{\"offsets\": [0, -4, 8, 0, 0]}"), "f.json"));
    assertThrows(UserError.class,
        () -> codec.read(m, mapper.readTree("{\"offsets\": [0, 1.5, 8, 0, 0]}"), "f.json"));
    assertThrows(UserError.class, () -> codec.read(m, mapper.readTree("{}"), "f.json"));
  }

  @Test
  void challengingInstanceA() {
    Path a = Path.of(CHALLENGING_A);
    Assumptions.assumeTrue(Files.isRegularFile(a), "no " + CHALLENGING_A);
    Path json = dir.resolve("A.json");
    Cli r = Cli.allot("solve", a.toString(), "--time-limit", "5s", "--out", json.toString());
    assertEquals(0, r.exit(), r.toString());
    Cli v = Cli.allot("validate", a.toString(), json.toString());
    assertEquals(0, v.exit(), v.toString());
  }

  private static String[] concat(String[] a, String last) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = last;
    return out;
  }
}
