package org.allot.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.allot.problem.Instance;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.memory.MemoryInstance;

/**
 * How a suite groups its instances for the report: by the family's size label (the default),
 * all in one group, by a regular expression on the name, or by an explicit table.
 */
final class SizeGroups {
  /** The group of instances an explicit table or a regular expression does not place. */
  static final String OTHER = "other";
  static final String ALL = "all";

  private SizeGroups() {}

  /**
   * The family's size label: {@code 15x15} (jobs x machines) for job-shop, a customer-count
   * bucket for CVRP ({@code 101-250 customers}), a buffer-count bucket for memory; {@code all}
   * for a family without one.
   */
  static String sizeLabel(Instance instance) {
    return switch (instance) {
      case JobShopInstance j -> j.jobs() + "x" + j.machines();
      case CvrpInstance c -> bucket(c.customers(), new int[] {100, 250, 500, 1000})
          + " customers";
      case MemoryInstance m -> bucket(m.buffers(), new int[] {100, 1000, 10000}) + " buffers";
      default -> ALL;
    };
  }

  /** {@code <=100}, {@code 101-250}, ..., {@code >1000} for the bounds {100, 250, 500, 1000}. */
  static String bucket(int n, int[] bounds) {
    if (n <= bounds[0]) {
      return "<=" + bounds[0];
    }
    for (int k = 1; k < bounds.length; k++) {
      if (n <= bounds[k]) {
        return (bounds[k - 1] + 1) + "-" + bounds[k];
      }
    }
    return ">" + bounds[bounds.length - 1];
  }

  /**
   * The grouping the suite's {@code "groups"} entry asks for: {@code "size"} (default),
   * {@code "all"}, {@code {"regex": "..."}} (the first capturing group, or the whole match, of a
   * search in the instance name; {@code other} when it does not match) or an explicit table
   * {@code {"ta01": "easy", ...}} (instances not in it: {@code other}).
   */
  static Function<Instance, String> parse(SuiteKeys keys, JsonNode node) {
    if (node == null || node.isNull() || node.isTextual() && node.textValue().equals("size")) {
      return SizeGroups::sizeLabel;
    }
    if (node.isTextual() && node.textValue().equals(ALL)) {
      return i -> ALL;
    }
    if (!node.isObject()) {
      throw keys.error("groups", "expected \"size\", \"all\", {\"regex\": \"...\"} or a table"
          + " {\"instance\": \"group\", ...}, found " + SuiteKeys.describe(node));
    }
    if (node.size() == 1 && node.has("regex")) {
      Pattern p = regex(keys, keys.text(node.get("regex"), "groups.regex", ""));
      return i -> {
        Matcher m = p.matcher(i.name());
        return !m.find() ? OTHER : m.groupCount() > 0 && m.group(1) != null ? m.group(1)
            : m.group();
      };
    }
    Map<String, String> table = new HashMap<>();
    node.properties().forEach(e -> table.put(e.getKey(),
        keys.text(e.getValue(), "groups." + e.getKey(), null)));
    return i -> table.getOrDefault(i.name(), OTHER);
  }

  private static Pattern regex(SuiteKeys keys, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw keys.error("groups.regex", "not a regular expression: " + e.getDescription()
          + " near index " + e.getIndex());
    }
  }
}
