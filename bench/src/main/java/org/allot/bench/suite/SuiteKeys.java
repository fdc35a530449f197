package org.allot.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.allot.cli.TimeLimitConverter;
import org.allot.cli.UserError;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed reading of one suite file's JSON with errors that name the file and the key path
 * ({@code suite.json: solvers[1].timeLimit: ...}). Immutable.
 *
 * @param file the suite file as the user named it, for messages
 */
record SuiteKeys(String file) {
  /** An error at key path {@code key}. */
  UserError error(String key, String message) {
    return new UserError(file + ": " + key + ": " + message);
  }

  /** Refuses keys of {@code node} outside {@code known}, suggesting the closest known key. */
  void requireKnown(JsonNode node, String path, List<String> known) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String key = property.getKey();
      if (!known.contains(key)) {
        String closest = closest(key, known);
        throw error(path.isEmpty() ? key : path + "." + key, "unknown key"
            + (closest == null ? "" : "; did you mean '" + closest + "'?")
            + " Known keys here: " + String.join(", ", known));
      }
    }
  }

  /** Requires {@code node} to be a JSON object. */
  JsonNode object(JsonNode node, String path, String what) {
    if (node == null || !node.isObject()) {
      throw error(path, "expected " + what + " (a JSON object), found " + describe(node));
    }
    return node;
  }

  /** The text at {@code node}, or {@code fallback} when absent. */
  String text(JsonNode node, String path, String fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw error(path, "expected a string, found " + describe(node));
    }
    return node.textValue();
  }

  /** The integer at {@code node} in [min, max], or {@code fallback} when absent. */
  long integer(JsonNode node, String path, long fallback, long min, long max) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error(path, "expected an integer, found " + describe(node));
    }
    long v = node.longValue();
    if (v < min || v > max) {
      throw error(path, v + " is out of range; expected an integer in [" + min + ", " + max + "]");
    }
    return v;
  }

  /** The boolean at {@code node}, or {@code fallback} when absent. */
  boolean bool(JsonNode node, String path, boolean fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw error(path, "expected true or false, found " + describe(node));
    }
    return node.booleanValue();
  }

  /** A time limit: a string such as {@code "10s"} or {@code "500ms"}, or a number of seconds. */
  java.time.Duration timeLimit(JsonNode node, String path, java.time.Duration fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual() && !node.isNumber()) {
      throw error(path, "expected a time limit such as \"10s\" or a number of seconds, found "
          + describe(node));
    }
    try {
      return TimeLimitConverter.parse(node.isNumber() ? node.decimalValue().toPlainString()
          : node.textValue());
    } catch (TypeConversionException e) {
      throw error(path, e.getMessage());
    }
  }

  /** A scalar option value as text: strings as they are, numbers and booleans as written. */
  String scalar(JsonNode node, String path) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw error(path, "expected a string, number or boolean, found " + describe(node));
  }

  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return kind + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
  }

  /** The known key nearest to {@code key} by edit distance, when it is near (at most 2 edits). */
  static String closest(String key, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
