package org.allot.problem.cvrp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner;
import org.allot.problem.io.TextScanner.Line;

/**
 * The raw structure of a TSPLIB-95 file, before any meaning is given to it: the header entries
 * ({@code KEY : value}, split on the first colon, keys upper-cased) and the sections (a keyword
 * line such as {@code NODE_COORD_SECTION} followed by the lines that start with a number). An
 * {@code EOF} line ends the file; whatever follows it is ignored.
 */
final class VrpFile {
  /** Keys that may appear once; the others (COMMENT, unknown keys) may repeat. */
  private static final Set<String> SINGLE = Set.of("NAME", "TYPE", "DIMENSION", "CAPACITY",
      "EDGE_WEIGHT_TYPE", "EDGE_WEIGHT_FORMAT", "VEHICLES");

  /**
   * One header entry.
   *
   * @param column the 1-based column of the value's first character (of the colon when empty)
   */
  record Entry(String key, String value, Line line, int column) {}

  /**
   * One section.
   *
   * @param start its keyword line
   * @param lines its data lines
   * @param end the line that ended it (the next keyword line), or null at the end of the file
   */
  record Section(String name, Line start, List<Line> lines, Line end) {}

  private final TextScanner in;
  private final Map<String, Entry> header = new LinkedHashMap<>();
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private Line eof;

  private VrpFile(TextScanner in) {
    this.in = in;
  }

  /** Splits a file into its header entries and sections. */
  static VrpFile parse(TextScanner in) throws InstanceFormatException {
    VrpFile f = new VrpFile(in);
    Line line = in.next();
    while (line != null && f.eof == null) {
      line = f.keywordLine(line);
    }
    return f;
  }

  /** Handles one keyword line; returns the next keyword line (or null). */
  private Line keywordLine(Line line) throws InstanceFormatException {
    if (isData(line)) {
      throw line.errorAtLine("expected 'KEY : value' or a section name such as"
          + " NODE_COORD_SECTION, found '" + line.token(0).text() + "'");
    }
    String text = line.text();
    int colon = text.indexOf(':');
    String key = (colon < 0 ? line.token(0).text() : text.substring(0, colon))
        .replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (key.equals("EOF") && value.isEmpty()) {
      eof = line;
      return null;
    }
    if (key.endsWith("_SECTION") && value.isEmpty()) {
      if (colon < 0 && line.size() > 1) {
        throw line.errorAt(1, "expected " + key + " alone on its line, its data on the"
            + " following lines; found '" + line.token(1).text() + "'");
      }
      return section(key, line);
    }
    if (colon < 0) {
      throw line.errorAtLine("expected 'KEY : value' or a section name, found '" + key
          + "' without a colon");
    }
    int v = colon + 1;
    while (v < text.length() && Character.isWhitespace(text.charAt(v))) {
      v++;
    }
    Entry old = header.get(key);
    if (old != null && SINGLE.contains(key)) {
      throw line.errorAtLine(key + " appears twice, first on line " + old.line().number());
    }
    header.putIfAbsent(key, new Entry(key, value, line, value.isEmpty() ? colon + 1 : v + 1));
    return in.next();
  }

  private Line section(String name, Line start) throws InstanceFormatException {
    Section old = sections.get(name);
    if (old != null) {
      throw start.errorAtLine(name + " appears twice, first on line " + old.start().number());
    }
    List<Line> lines = new ArrayList<>();
    Line next = in.next();
    while (next != null && isData(next)) {
      lines.add(next);
      next = in.next();
    }
    sections.put(name, new Section(name, start, List.copyOf(lines), next));
    return next;
  }

  /** True for a line whose first token starts like a number. */
  static boolean isData(Line line) {
    char c = line.token(0).text().charAt(0);
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
  }

  TextScanner scanner() {
    return in;
  }

  /** The entry of {@code key}, or null. */
  Entry entry(String key) {
    return header.get(key);
  }

  /** The section {@code name}, or null. */
  Section section(String name) {
    return sections.get(name);
  }

  /** An error at a column of a line. */
  InstanceFormatException error(Line line, int column, String reason) {
    return in.error(line.number(), column, reason);
  }

  /** An error at an entry's value. */
  InstanceFormatException error(Entry e, String reason) {
    return in.error(e.line().number(), e.column(), reason);
  }

  /**
   * An error about a key the header lacks: at the first section's keyword line, where the header
   * ends, or like {@link #errorAtEnd} in a file without sections.
   */
  InstanceFormatException errorInHeader(String reason) {
    Section first = sections.isEmpty() ? null : sections.values().iterator().next();
    return first != null ? first.start().errorAtLine(reason) : errorAtEnd(reason);
  }

  /** An error about something the whole file lacks: at its EOF line, or after its last line. */
  InstanceFormatException errorAtEnd(String reason) {
    return eof != null ? eof.errorAtLine(reason) : in.errorAtEnd(reason);
  }

  /** An error just after a section: at the line that ended it, or after the last line. */
  InstanceFormatException errorAfter(Section s, String reason) {
    return s.end() != null ? s.end().errorAtLine(reason) : errorAtEnd(reason);
  }
}
