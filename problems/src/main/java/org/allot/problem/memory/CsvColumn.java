package org.allot.problem.memory;

import java.util.List;
import java.util.Locale;

/**
 * The columns of MiniMalloc's CSV, with the legacy header names its parser still accepts:
 * {@code buffer} and {@code buffer_id} for {@code id}, {@code begin} and {@code start} for
 * {@code lower}, and {@code end} (an inclusive end) for {@code upper}.
 */
enum CsvColumn {
  ID("id", "buffer", "buffer_id"),
  LOWER("lower", "begin", "start"),
  UPPER("upper"),
  /** The legacy inclusive end: {@code upper = end + 1}. */
  END("end"),
  SIZE("size"),
  ALIGNMENT("alignment"),
  OFFSET("offset"),
  HINT("hint"),
  GAPS("gaps");

  private final List<String> names;

  CsvColumn(String... names) {
    this.names = List.of(names);
  }

  /** The canonical name, as written. */
  String label() {
    return names.getFirst();
  }

  /** The column a header field names (case-insensitive), or {@code null}. */
  static CsvColumn named(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    for (CsvColumn c : values()) {
      if (c.names.contains(h)) {
        return c;
      }
    }
    return null;
  }

  /** Every accepted name, for messages. */
  static String known() {
    return "id, lower, upper, size, alignment, offset, hint, gaps"
        + " (legacy: buffer, buffer_id, begin, start, end)";
  }
}
