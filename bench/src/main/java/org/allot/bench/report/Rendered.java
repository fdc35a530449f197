package org.allot.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rendered report: the two documents and the plots by file name (relative to the plots
 * folder).
 *
 * @param markdown the text of {@code report.md}
 * @param html the text of {@code report.html}
 * @param plots SVG documents by file name, in report order
 */
record Rendered(String markdown, String html, Map<String, byte[]> plots) {
  Rendered {
    plots = Collections.unmodifiableMap(new LinkedHashMap<>(plots));
  }
}
