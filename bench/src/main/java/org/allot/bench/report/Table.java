package org.allot.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table of text cells that renders as Markdown and as HTML, so that both documents show the
 * same numbers. The first column is a row heading; columns of numbers are right-aligned.
 *
 * @param header the column headings
 * @param rows the rows, each as long as the header
 */
record Table(List<String> header, List<List<String>> rows) {
  private static final Pattern NUMBERS = Pattern.compile("([-+0-9.,%()/<> —]|without)*");

  /** What an undefined number prints as. */
  static final String NONE = "—";

  Table {
    header = List.copyOf(header);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header "
            + header.size());
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /** A number with {@code digits} decimals, or "—" for NaN. */
  static String number(double v, int digits) {
    return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  /** A p-value: three decimals, {@code < 0.001} below that, "—" when undefined. */
  static String pValue(double p) {
    if (Double.isNaN(p)) {
      return NONE;
    }
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** The table in GitHub-flavoured Markdown. */
  String markdown() {
    StringBuilder s = new StringBuilder();
    row(s, header);
    for (int c = 0; c < header.size(); c++) {
      s.append(numeric(c) ? "|---:" : "|---");
    }
    s.append("|\n");
    rows.forEach(r -> row(s, r));
    return s.toString();
  }

  private static void row(StringBuilder s, List<String> cells) {
    for (String c : cells) {
      s.append("| ").append(c.replace("|", "\\|").replace("\n", " ")).append(' ');
    }
    s.append("|\n");
  }

  /**
   * Whether column {@code c} (not the first) holds numbers only, to be right-aligned; a count
   * such as "(3 without)" after a number counts as a number.
   */
  boolean numeric(int c) {
    return c > 0 && rows.stream().allMatch(r -> NUMBERS.matcher(r.get(c)).matches());
  }

  /** The table as an HTML {@code <table>}. */
  String html() {
    StringBuilder s = new StringBuilder("<table>\n<thead><tr>");
    header.forEach(h -> s.append("<th>").append(Html.escape(h)).append("</th>"));
    s.append("</tr></thead>\n<tbody>\n");
    for (List<String> r : rows) {
      s.append("<tr>");
      for (int i = 0; i < r.size(); i++) {
        s.append(i == 0 ? "<th>" : numeric(i) ? "<td>" : "<td class=\"text\">")
            .append(Html.escape(r.get(i)))
            .append(i == 0 ? "</th>" : "</td>");
      }
      s.append("</tr>\n");
    }
    return s.append("</tbody>\n</table>\n").toString();
  }
}
