package org.allot.problem.io;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.problem.InstanceFormatException;

/**
 * A small, strict JSON reader (RFC 8259) for the families' JSON formats, which may not depend on
 * Jackson. It gives a tree of {@link Node}s, each knowing the line and column where its value
 * starts, so that a format can report schema errors as {@code file:line:column} too.
 *
 * <p>Strict: one value per document, no comments, no trailing commas, no duplicate keys, no
 * leading zeros, no NaN or Infinity; a byte-order mark and whitespace around the value are
 * allowed. Objects become insertion-ordered {@code Map<String, Node>}, arrays {@code List<Node>},
 * integers without fraction or exponent that fit a {@code long} become {@link Long}, every other
 * number {@link Double}; strings, booleans and {@code null} map to themselves. Columns count UTF-16
 * characters from 1. Thread-safe (stateless; each parse has its own cursor).
 */
public final class JsonReader {
  private final String file;
  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonReader(String file, String text) {
    this.file = file;
    this.text = text;
    this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    this.lineStart = pos;
  }

  /**
   * Parses a UTF-8 file.
   *
   * @throws InstanceFormatException with file:line:column when the text is not one JSON value
   */
  public static Node read(Path file) throws IOException {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      throw new InstanceFormatException(file, 0, 0, "not a UTF-8 text file");
    }
  }

  /**
   * Parses {@code text}, reporting errors under the name {@code file}.
   *
   * @throws InstanceFormatException with file:line:column when the text is not one JSON value
   */
  public static Node parse(String file, String text) throws InstanceFormatException {
    JsonReader r = new JsonReader(file, text);
    r.skipSpace();
    if (r.pos >= text.length()) {
      throw r.error("empty file; expected a JSON value such as an object {...}");
    }
    Node root = r.value(0);
    r.skipSpace();
    if (r.pos < text.length()) {
      throw r.error("unexpected '" + text.charAt(r.pos) + "' after the end of the JSON value");
    }
    return root;
  }

  private static final int MAX_DEPTH = 512;

  private Node value(int depth) throws InstanceFormatException {
    if (depth > MAX_DEPTH) {
      throw error("values nested deeper than " + MAX_DEPTH + " levels");
    }
    int l = line;
    int c = column();
    char ch = text.charAt(pos);
    Object v = switch (ch) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          yield number();
        }
        throw error("expected a JSON value, found '" + ch + "'");
      }
    };
    return new Node(file, l, c, v);
  }

  private Map<String, Node> object(int depth) throws InstanceFormatException {
    pos++;
    Map<String, Node> map = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error(peek() == '}' ? "trailing comma before '}'" : "expected a key in quotes");
      }
      int kl = line;
      int kc = column();
      String key = string();
      if (map.containsKey(key)) {
        throw new InstanceFormatException(file, kl, kc, "duplicate key \"" + key + "\"");
      }
      skipSpace();
      expect(':', "after the key \"" + key + "\"");
      skipSpace();
      requireMore("a value for \"" + key + "\"");
      map.put(key, value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return Collections.unmodifiableMap(map);
      } else {
        throw error("expected ',' or '}' after the value of \"" + key + "\"");
      }
    }
  }

  private List<Node> array(int depth) throws InstanceFormatException {
    pos++;
    List<Node> list = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipSpace();
      if (peek() == ']') {
        throw error("trailing comma before ']'");
      }
      requireMore("an array element");
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return Collections.unmodifiableList(list);
      } else {
        throw error("expected ',' or ']' after array element " + (list.size() - 1));
      }
    }
  }

  private String string() throws InstanceFormatException {
    pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string (missing closing '\"')");
      }
      char ch = text.charAt(pos);
      if (ch == '"') {
        pos++;
        return b.toString();
      }
      if (ch < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) ch)
            + " in a string; escape it (\\n, \\t, \\u00XX)");
      }
      if (ch == '\\') {
        b.append(escape());
      } else {
        b.append(ch);
        pos++;
      }
    }
  }

  private char escape() throws InstanceFormatException {
    pos++;
    requireMore("an escape character after '\\'");
    char e = text.charAt(pos++);
    return switch (e) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode();
      default -> {
        pos -= 2;
        throw error("invalid escape '\\" + e + "'");
      }
    };
  }

  private char unicode() throws InstanceFormatException {
    if (pos + 4 > text.length()) {
      throw error("expected 4 hex digits after '\\u'");
    }
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0) {
        throw error("expected a hex digit after '\\u', found '" + text.charAt(pos) + "'");
      }
      v = v * 16 + d;
      pos++;
    }
    return (char) v;
  }

  private Object number() throws InstanceFormatException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (Character.isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else {
      digits("a digit");
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      digits("a digit after '.'");
      integral = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("a digit in the exponent");
      integral = false;
    }
    String s = text.substring(start, pos);
    if (integral) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        // beyond a long: kept as a double
      }
    }
    return Double.parseDouble(s);
  }

  private void digits(String what) throws InstanceFormatException {
    if (!Character.isDigit(peek())) {
      throw error("expected " + what + (pos < text.length() ? ", found '" + peek() + "'" : ""));
    }
    while (Character.isDigit(peek())) {
      pos++;
    }
  }

  private Object literal(String word, Object value) throws InstanceFormatException {
    if (!text.startsWith(word, pos)) {
      throw error("expected a JSON value (did you mean " + word + "?)");
    }
    pos += word.length();
    return value;
  }

  private void expect(char ch, String where) throws InstanceFormatException {
    if (peek() != ch) {
      throw error("expected '" + ch + "' " + where);
    }
    pos++;
  }

  private void requireMore(String what) throws InstanceFormatException {
    if (pos >= text.length()) {
      throw error("unexpected end of file; expected " + what);
    }
  }

  /** The current character, or 0 at the end (0 is never valid outside strings). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (ch == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        return;
      }
      pos++;
    }
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private InstanceFormatException error(String reason) {
    return new InstanceFormatException(file, line, column(), reason);
  }

  /**
   * A JSON value and where it starts.
   *
   * @param file the file name, for messages
   * @param line 1-based line of the value's first character
   * @param column 1-based column of the value's first character
   * @param value a {@code Map<String, Node>}, {@code List<Node>}, {@link String}, {@link Long},
   *     {@link Double}, {@link Boolean} or {@code null}
   */
  public record Node(String file, int line, int column, Object value) {

    /** An error located at this value. */
    public InstanceFormatException error(String reason) {
      return new InstanceFormatException(file, line, column, reason);
    }

    /**
     * This value as an object.
     *
     * @param what what the value means, for the message ("buffer 3")
     */
    @SuppressWarnings("unchecked")
    public Map<String, Node> object(String what) throws InstanceFormatException {
      if (value instanceof Map<?, ?> m) {
        return (Map<String, Node>) m;
      }
      throw error("expected " + what + " to be an object {...}, found " + kind());
    }

    /**
     * The value of {@code key} in this object.
     *
     * @param what what this object is, for the message ("buffer 3")
     * @throws InstanceFormatException at this object when it is not an object or lacks the key
     */
    public Node field(String key, String what) throws InstanceFormatException {
      Node v = object(what).get(key);
      if (v == null) {
        throw error("missing key \"" + key + "\" in " + what);
      }
      return v;
    }

    /** The value of {@code key} in this object, or {@code null} when the key is absent. */
    public Node optionalField(String key, String what) throws InstanceFormatException {
      return object(what).get(key);
    }

    /**
     * Checks that this object has no key outside {@code known}, so that a misspelt key is an
     * error rather than silently ignored.
     *
     * @throws InstanceFormatException at the first unknown key's value
     */
    public void allowOnly(String what, String... known) throws InstanceFormatException {
      for (Map.Entry<String, Node> e : object(what).entrySet()) {
        if (!List.of(known).contains(e.getKey())) {
          throw e.getValue().error("unknown key \"" + e.getKey() + "\" in " + what
              + "; known keys: " + String.join(", ", known));
        }
      }
    }

    /** This value as an array. */
    @SuppressWarnings("unchecked")
    public List<Node> array(String what) throws InstanceFormatException {
      if (value instanceof List<?> l) {
        return (List<Node>) l;
      }
      throw error("expected " + what + " to be an array [...], found " + kind());
    }

    /** This value as a string. */
    public String string(String what) throws InstanceFormatException {
      if (value instanceof String s) {
        return s;
      }
      throw error("expected " + what + " to be a string, found " + kind());
    }

    /** This value as an integer (a JSON number without fraction or exponent). */
    public long integer(String what) throws InstanceFormatException {
      if (value instanceof Long v) {
        return v;
      }
      throw error("expected " + what + " to be an integer, found " + kind());
    }

    /** This value as a finite number. */
    public double number(String what) throws InstanceFormatException {
      if (value instanceof Number v) {
        double d = v.doubleValue();
        if (Double.isFinite(d)) {
          return d;
        }
        throw error(what + " is out of the range of a double: " + d);
      }
      throw error("expected " + what + " to be a number, found " + kind());
    }

    /** What this value is, for messages: {@code an object}, {@code the string "x"}, .... */
    public String kind() {
      return switch (value) {
        case null -> "null";
        case Map<?, ?> _ -> "an object";
        case List<?> _ -> "an array";
        case String s -> "the string \"" + s + "\"";
        case Boolean b -> b.toString();
        default -> "the number " + value;
      };
    }
  }
}
