package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader;
import org.allot.problem.io.JsonReader.Node;
import org.junit.jupiter.api.Test;

/** The JDK-only JSON reader: values, positions and strictness. */
class JsonReaderTest {

  @Test
  void readsEveryKindOfValueWithItsPosition() throws InstanceFormatException {
    Node root = JsonReader.parse("t.json", "\uFEFF{\n  \"a\": [1, -2.5e3, \"x\\u0041\\n\"],\n"
        + "  \"b\": {\"t\": true, \"f\": false, \"n\": null},\n  \"big\": 12345678901234567890\n}");
    Map<String, Node> top = root.object("the document");
    assertEquals(List.of("a", "b", "big"), List.copyOf(top.keySet()));
    List<Node> a = top.get("a").array("a");
    assertEquals(1L, a.get(0).value());
    assertEquals(-2500.0, a.get(1).value());
    assertEquals("xA\n", a.get(2).value());
    assertEquals(2, a.get(1).line());
    assertEquals(12, a.get(1).column());
    Map<String, Node> b = top.get("b").object("b");
    assertEquals(Boolean.TRUE, b.get("t").value());
    assertNull(b.get("n").value());
    assertEquals(1.2345678901234567e19, top.get("big").value());
    assertEquals(1, root.line());
    assertEquals(1, root.column(), "the byte-order mark takes no column");
  }

  @Test
  void malformedJsonIsLocated() {
    assertFails("", 1, 1, "empty file; expected a JSON value such as an object {...}");
    assertFails("{\"a\": 1,}", 1, 9, "trailing comma before '}'");
    assertFails("[1, 2,\n ]", 2, 2, "trailing comma before ']'");
    assertFails("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\"");
    assertFails("{\"a\": \"open}", 1, 13, "unterminated string (missing closing '\"')");
    assertFails("{\"a\" 1}", 1, 6, "expected ':' after the key \"a\"");
    assertFails("{\"a\": 01}", 1, 8, "leading zero in a number");
    assertFails("{\"a\": 1.}", 1, 9, "expected a digit after '.', found '}'");
    assertFails("{\"a\": NaN}", 1, 7, "expected a JSON value, found 'N'");
    assertFails("{\"a\": tru}", 1, 7, "expected a JSON value (did you mean true?)");
    assertFails("{} {}", 1, 4, "unexpected '{' after the end of the JSON value");
    assertFails("{\"a\": [1 2]}", 1, 10, "expected ',' or ']' after array element 0");
    assertFails("{\"a\": \"\\x\"}", 1, 8, "invalid escape '\\x'");
    assertFails("{\"a\": \"tab\there\"}", 1, 11,
        "control character U+0009 in a string; escape it (\\n, \\t, \\u00XX)");
    assertFails("// comment\n{}", 1, 1, "expected a JSON value, found '/'");
    assertFails("[1,\n2", 2, 2, "expected ',' or ']' after array element 1");
    assertFails("[".repeat(600), 1, 514, "values nested deeper than 512 levels");
  }

  @Test
  void schemaHelpersNameTheValue() throws InstanceFormatException {
    Node root = JsonReader.parse("t.json", "{\"a\": \"x\", \"n\": 1.5}");
    assertEquals("t.json:1:7: expected a to be an integer, found the string \"x\"",
        assertThrows(InstanceFormatException.class,
            () -> root.field("a", "doc").integer("a")).getMessage());
    assertEquals("t.json:1:1: missing key \"z\" in doc",
        assertThrows(InstanceFormatException.class, () -> root.field("z", "doc")).getMessage());
    assertEquals("t.json:1:17: unknown key \"n\" in doc; known keys: a",
        assertThrows(InstanceFormatException.class, () -> root.allowOnly("doc", "a"))
            .getMessage());
    assertEquals(1.5, root.field("n", "doc").number("n"));
  }

  private static void assertFails(String text, int line, int column, String reason) {
    InstanceFormatException e = assertThrows(InstanceFormatException.class,
        () -> JsonReader.parse("bad.json", text));
    assertEquals("bad.json:" + line + ":" + column + ": " + reason, e.getMessage());
  }
}
