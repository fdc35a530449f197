package org.allot.bench.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the Markdown and the HTML report side by side, so that both say the same. Text may
 * hold {@code `code`} spans; everything else is escaped in the HTML. Not thread-safe.
 */
final class Doc {
  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;",
      "max-width:1000px;padding:0 1em;color:#222;line-height:1.45}",
      "table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.9em}",
      "th,td{border:1px solid #ccc;padding:.25em .6em}td{text-align:right}td.text{text-align:left}",
      "thead th{background:#f0f0f0}tbody th{text-align:left;font-weight:normal}",
      "code{background:#f4f4f4;padding:0 .2em}figure{margin:1em 0}",
      "figcaption{color:#555;font-size:.9em}svg{max-width:100%;height:auto}");

  private final StringBuilder md = new StringBuilder();
  private final StringBuilder html = new StringBuilder();

  Doc(String title) {
    md.append("# ").append(title).append("\n\n");
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n")
        .append(CSS).append("\n</style>\n</head>\n<body>\n<h1>").append(Html.escape(title))
        .append("</h1>\n");
  }

  Doc heading(int level, String text) {
    md.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    html.append("<h").append(level).append('>').append(inline(text)).append("</h")
        .append(level).append(">\n");
    return this;
  }

  Doc paragraph(String text) {
    md.append(text).append("\n\n");
    html.append("<p>").append(inline(text)).append("</p>\n");
    return this;
  }

  Doc list(List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    html.append("<ul>\n");
    for (String item : items) {
      md.append("- ").append(item).append('\n');
      html.append("<li>").append(inline(item)).append("</li>\n");
    }
    md.append('\n');
    html.append("</ul>\n");
    return this;
  }

  Doc table(Table table) {
    md.append(table.markdown()).append('\n');
    html.append(table.html());
    return this;
  }

  /** A plot: a link to its file in the Markdown, the SVG itself inline in the HTML. */
  Doc figure(String file, byte[] svg, String caption) {
    md.append("![").append(caption).append("](").append(file).append(")\n\n");
    String doc = new String(svg, StandardCharsets.UTF_8);
    int root = doc.indexOf("<svg");
    html.append("<figure>\n").append(root >= 0 ? doc.substring(root) : doc)
        .append("<figcaption>").append(inline(caption)).append("</figcaption>\n</figure>\n");
    return this;
  }

  String markdown() {
    return md.toString();
  }

  String html() {
    return html + "</body>\n</html>\n";
  }

  /** Escaped text with {@code `code`} spans as {@code <code>} elements. */
  static String inline(String text) {
    return Html.escape(text).replaceAll("`([^`]*)`", "<code>$1</code>");
  }
}
