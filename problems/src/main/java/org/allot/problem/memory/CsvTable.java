package org.allot.problem.memory;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.InstanceFormatException;

/**
 * The rows of a plain comma-separated file, each field with its 1-based column, so that readers
 * can report {@code file:line:column}. Fields are trimmed; quoting is not supported (MiniMalloc's
 * files never quote). Blank lines are skipped; CRLF and a byte-order mark are tolerated.
 */
final class CsvTable {
  private final String file;
  private final List<Row> rows;

  private CsvTable(String file, List<Row> rows) {
    this.file = file;
    this.rows = rows;
  }

  static CsvTable read(Path file) throws IOException {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      throw new InstanceFormatException(file, 0, 0, "not a UTF-8 text file");
    }
  }

  static CsvTable parse(String file, String text) {
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String raw : text.lines().toList()) {
      number++;
      String line = number == 1 && raw.startsWith("\uFEFF") ? " " + raw.substring(1) : raw;
      if (!line.isBlank()) {
        rows.add(split(number, line));
      }
    }
    return new CsvTable(file, List.copyOf(rows));
  }

  private static Row split(int number, String line) {
    List<Field> fields = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = line.indexOf(',', start);
      int end = comma < 0 ? line.length() : comma;
      int s = start;
      while (s < end && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      fields.add(new Field(line.substring(s, e), s + 1));
      if (comma < 0) {
        return new Row(number, List.copyOf(fields), line.length() + 1);
      }
      start = comma + 1;
    }
  }

  String file() {
    return file;
  }

  /** The non-blank rows, the header first. */
  List<Row> rows() {
    return rows;
  }

  InstanceFormatException error(int line, int column, String reason) {
    return new InstanceFormatException(file, line, column, reason);
  }

  /**
   * One field.
   *
   * @param text the trimmed text
   * @param column the 1-based column of its first character (of the comma's successor if empty)
   */
  record Field(String text, int column) {}

  /**
   * One non-blank line.
   *
   * @param line 1-based line number
   * @param fields the fields, at least one
   * @param endColumn the column just past the last character
   */
  record Row(int line, List<Field> fields, int endColumn) {
    Field field(int i) {
      return fields.get(i);
    }

    int size() {
      return fields.size();
    }
  }
}
