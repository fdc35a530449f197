package org.allot.cli;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks of the shape of JSON values for {@link SolutionCodec}s and the result envelope. Every
 * failure is a {@link UserError} naming the file, the key path and what was found, for example
 * {@code result.json: solution.start[2][3]: expected an integer, found a string "x"}.
 */
public final class JsonShape {
  private JsonShape() {}

  /** The member {@code key} of {@code object}, which must be present (it may be JSON null). */
  public static JsonNode member(JsonNode object, String key, String path, String file) {
    JsonNode value = object.get(key);
    if (value == null) {
      throw new UserError(file + ": missing key \"" + path + "\"");
    }
    return value;
  }

  /** {@code node} as an object. */
  public static JsonNode object(JsonNode node, String path, String file) {
    if (!node.isObject()) {
      throw mismatch(node, path, file, "an object");
    }
    return node;
  }

  /** {@code node} as a string. */
  public static String text(JsonNode node, String path, String file) {
    if (!node.isTextual()) {
      throw mismatch(node, path, file, "a string");
    }
    return node.textValue();
  }

  /** {@code node} as a number, or NaN when it is JSON null. */
  public static double numberOrNull(JsonNode node, String path, String file) {
    if (node.isNull()) {
      return Double.NaN;
    }
    if (!node.isNumber()) {
      throw mismatch(node, path, file, "a number or null");
    }
    return node.doubleValue();
  }

  /** {@code node} as a 32-bit integer. */
  public static int integer(JsonNode node, String path, String file) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw mismatch(node, path, file, "an integer between " + Integer.MIN_VALUE + " and "
          + Integer.MAX_VALUE);
    }
    return node.intValue();
  }

  /** {@code node} as an array of arrays of integers (rows may differ in length). */
  public static int[][] intRows(JsonNode node, String path, String file) {
    if (!node.isArray()) {
      throw mismatch(node, path, file, "an array of arrays of integers");
    }
    int[][] rows = new int[node.size()][];
    for (int i = 0; i < rows.length; i++) {
      JsonNode row = node.get(i);
      String rowPath = path + "[" + i + "]";
      if (!row.isArray()) {
        throw mismatch(row, rowPath, file, "an array of integers");
      }
      rows[i] = new int[row.size()];
      for (int k = 0; k < rows[i].length; k++) {
        rows[i][k] = integer(row.get(k), rowPath + "[" + k + "]", file);
      }
    }
    return rows;
  }

  /** An error saying that the value at {@code path} is not {@code expected}. */
  public static UserError mismatch(JsonNode found, String path, String file, String expected) {
    return new UserError(file + ": " + path + ": expected " + expected + ", found "
        + describe(found));
  }

  static String describe(JsonNode n) {
    String text = n.toString();
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return switch (n.getNodeType()) {
      case NULL -> "null";
      case STRING -> "a string " + shown;
      case NUMBER -> "the number " + shown;
      case BOOLEAN -> "the boolean " + shown;
      case ARRAY -> "an array of " + n.size() + " element(s)";
      case OBJECT -> "an object";
      default -> shown;
    };
  }
}
