package org.allot.agent.train;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The option values given to a trainer, by option name (without dashes); absent options take
 * their declared default. Typed getters name the option and the value in their errors.
 *
 * @param values the values given, by name
 */
public record TrainerArguments(Map<String, String> values) {
  public TrainerArguments {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** True when {@code name} was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The string value, or {@code fallback} when not given. */
  public String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** A flag's value: given (or "true") means true. */
  public boolean flag(String name) {
    String v = values.get(name);
    return v != null && !v.equalsIgnoreCase("false");
  }

  /** An integer of at least {@code min}. @throws IllegalArgumentException naming the option */
  public int integer(String name, int fallback, int min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int x = Integer.parseInt(v.strip());
      if (x < min) {
        throw new IllegalArgumentException("--" + name + " " + v + ": expected at least " + min);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " " + v + ": expected an integer", e);
    }
  }

  /** A long. @throws IllegalArgumentException naming the option */
  public long longValue(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " " + v + ": expected an integer", e);
    }
  }

  /** A finite number greater than {@code above}. @throws IllegalArgumentException naming it */
  public double number(String name, double fallback, double above) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.strip());
      if (!Double.isFinite(x) || x <= above) {
        throw new IllegalArgumentException("--" + name + " " + v + ": expected a number above "
            + above);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " " + v + ": expected a number", e);
    }
  }

  /** A comma-separated list, or {@code fallback}. */
  public List<String> list(String name, List<String> fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    return List.of(v.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A path, or null when not given. */
  public Path path(String name) {
    String v = values.get(name);
    return v == null ? null : Path.of(v);
  }
}
