package org.allot.bench.report;

/** HTML text escaping. */
final class Html {
  private Html() {}

  /** {@code s} with the five XML special characters escaped. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
