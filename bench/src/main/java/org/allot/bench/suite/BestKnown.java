package org.allot.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allot.cli.Json;

/**
 * The best-known objective values of a suite, by instance name: from a bounds file (CSV with a
 * header, or JSON as JSPLib's {@code bks.json}), from inline values, or none. Immutable. The key
 * {@code "bestSeen": true} is checked here but used by the report only (an instance without a
 * value is then measured against the best valid objective of the results), so runs carry no
 * value for such instances.
 */
final class BestKnown {
  private static final List<String> KEYS = List.of("file", "column", "optional", "values",
      "bestSeen");
  /** Value columns tried, in order, when the suite names none. */
  private static final List<String> VALUE_COLUMNS = List.of("value", "bks", "best_known",
      "bestKnown", "upper_bound", "optimum");
  private static final List<String> NAME_COLUMNS = List.of("instance", "name");

  private final Map<String, Double> values;

  private BestKnown(Map<String, Double> values) {
    this.values = Map.copyOf(values);
  }

  /** No best-known values. */
  static BestKnown none() {
    return new BestKnown(Map.of());
  }

  /**
   * The best-known value of instance {@code name}, or null. JSPLib names Taillard's instances
   * with a {@code js} suffix ({@code ta01js}): either name finds the other's value.
   */
  Double of(String name) {
    Double v = values.get(name);
    if (v == null && name.endsWith("js")) {
      v = values.get(name.substring(0, name.length() - 2));
    }
    return v != null ? v : values.get(name + "js");
  }

  int size() {
    return values.size();
  }

  /** Reads the suite's {@code "bestKnown"} entry at {@code node} (null or absent: none). */
  static BestKnown parse(SuiteKeys keys, JsonNode node, Path dir) {
    if (node == null || node.isNull()) {
      return none();
    }
    keys.object(node, "bestKnown", "{\"file\": ...}, {\"values\": {...}} or"
        + " {\"bestSeen\": true}");
    keys.requireKnown(node, "bestKnown", KEYS);
    keys.bool(node.get("bestSeen"), "bestKnown.bestSeen", false);
    Map<String, Double> map = new HashMap<>();
    if (node.has("file")) {
      String file = keys.text(node.get("file"), "bestKnown.file", null);
      String column = keys.text(node.get("column"), "bestKnown.column", null);
      boolean optional = keys.bool(node.get("optional"), "bestKnown.optional", false);
      Path path = dir.resolve(file).normalize();
      if (Files.isRegularFile(path)) {
        map.putAll(file.toLowerCase(Locale.ROOT).endsWith(".json")
            ? json(keys, path, file, column) : csv(keys, path, file, column));
      } else if (!optional) {
        throw keys.error("bestKnown.file", "'" + file + "' is not a file (looked for " + path
            + "); paths are relative to the suite file's directory");
      }
    } else if (node.has("column") || node.has("optional")) {
      throw keys.error("bestKnown", "\"column\" and \"optional\" go with \"file\"");
    }
    JsonNode inline = node.get("values");
    if (inline != null) {
      keys.object(inline, "bestKnown.values", "{\"instance\": value, ...}");
      for (Map.Entry<String, JsonNode> e : inline.properties()) {
        if (!e.getValue().isNumber()) {
          throw keys.error("bestKnown.values." + e.getKey(), "expected a number, found "
              + SuiteKeys.describe(e.getValue()));
        }
        map.put(e.getKey(), e.getValue().doubleValue());
      }
    }
    return new BestKnown(map);
  }

  private static Map<String, Double> csv(SuiteKeys keys, Path path, String file, String column) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw keys.error("bestKnown.file", file + ": cannot read: " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw keys.error("bestKnown.file", file + ": empty; expected a header such as"
          + " instance,value");
    }
    List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").strip().split(",", -1));
    int name = firstOf(header, NAME_COLUMNS);
    int value = column != null ? header.indexOf(column) : firstOf(header, VALUE_COLUMNS);
    if (name < 0 || value < 0) {
      throw keys.error("bestKnown.file", file + ":1: expected columns " + NAME_COLUMNS.getFirst()
          + " and " + (column != null ? column : "one of " + VALUE_COLUMNS) + ", found "
          + header);
    }
    Map<String, Double> map = new HashMap<>();
    for (int k = 1; k < lines.size(); k++) {
      String[] f = lines.get(k).split(",", -1);
      if (lines.get(k).isBlank() || f.length <= Math.max(name, value) || f[value].isBlank()) {
        continue;
      }
      try {
        map.put(f[name].strip(), Double.parseDouble(f[value].strip()));
      } catch (NumberFormatException e) {
        throw keys.error("bestKnown.file", file + ":" + (k + 1) + ": '" + f[value]
            + "' is not a number (column " + header.get(value) + ")");
      }
    }
    return map;
  }

  private static Map<String, Double> json(SuiteKeys keys, Path path, String file,
      String column) {
    JsonNode root = Json.read(path, file);
    Map<String, Double> map = new HashMap<>();
    if (root.isObject()) {
      root.properties().forEach(e -> {
        if (e.getValue().isNumber()) {
          map.put(e.getKey(), e.getValue().doubleValue());
        }
      });
      return map;
    }
    String valueKey = column != null ? column : "upper_bound";
    for (JsonNode n : root) {
      JsonNode name = n.get("instance");
      JsonNode value = n.get(valueKey);
      if (name != null && name.isTextual() && value != null && value.isNumber()) {
        map.put(name.textValue(), value.doubleValue());
      }
    }
    return map;
  }

  private static int firstOf(List<String> header, List<String> names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
