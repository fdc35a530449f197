package org.allot.problem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void quotesEscapesThatJsonReaderReadsBack() throws Exception {
    String s = "a\"b\\c\nd\te\u0001";
    String quoted = JsonText.quote(new StringBuilder(), s).toString();
    assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\"", quoted);
    assertEquals(s, JsonReader.parse("t.json", "{\"k\": " + quoted + "}").field("k", "k")
        .string("k"));
  }

  @Test
  void numbersAreShortestAndFinite() {
    assertEquals("3", JsonText.number(3.0));
    assertEquals("-0.25", JsonText.number(-0.25));
    assertEquals("1.0E20", JsonText.number(1e20));
    assertEquals("[1, 0.5]", JsonText.numbers(new StringBuilder(), new double[] {1, 0.5})
        .toString());
    assertThrows(IllegalArgumentException.class, () -> JsonText.number(Double.NaN));
  }

  @Test
  void declaresInstanceNeedsTheExtensionTheProblemAndAKey() {
    String head = "{\"problem\" : \"rmab\", \"states\": 4";
    assertTrue(JsonText.declaresInstance(Path.of("x.JSON"), head, "rmab", "arms", "states"));
    assertFalse(JsonText.declaresInstance(Path.of("x.txt"), head, "rmab", "states"));
    assertFalse(JsonText.declaresInstance(Path.of("x.json"), head, "memory", "states"));
    assertFalse(JsonText.declaresInstance(Path.of("x.json"), "{\"problem\": \"rmab\","
        + " \"solution\": {}", "rmab", "states", "arms"));
  }
}
