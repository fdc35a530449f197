package org.allot.agent.train;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The option values given to a trainer, by option name (without dashes); absent options take
 * the fallback the trainer passes (its declared default). Typed getters throw a {@link
 * TrainerInputException} naming the option, the value and what was expected.
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

  /**
   * An integer of at least {@code min}, or {@code fallback} when not given.
   *
   * @throws TrainerInputException naming the option
   */
  public int integer(String name, int fallback, int min) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int x = Integer.parseInt(v.strip());
      if (x < min) {
        throw new TrainerInputException("--" + name + " " + v + ": expected at least " + min);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new TrainerInputException("--" + name + " " + v + ": expected an integer", e);
    }
  }

  /**
   * A long, or {@code fallback} when not given.
   *
   * @throws TrainerInputException naming the option
   */
  public long longValue(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new TrainerInputException("--" + name + " " + v + ": expected an integer", e);
    }
  }

  /**
   * A finite number greater than {@code above}, or {@code fallback} when not given.
   *
   * @throws TrainerInputException naming the option
   */
  public double number(String name, double fallback, double above) {
    double x = finite(name, fallback);
    if (x <= above) {
      throw new TrainerInputException("--" + name + " " + values.get(name)
          + ": expected a number above " + above);
    }
    return x;
  }

  /**
   * A finite number of at least 0, or {@code fallback} when not given.
   *
   * @throws TrainerInputException naming the option
   */
  public double nonNegative(String name, double fallback) {
    double x = finite(name, fallback);
    if (x < 0) {
      throw new TrainerInputException("--" + name + " " + values.get(name)
          + ": expected a number of at least 0");
    }
    return x;
  }

  private double finite(String name, double fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(v.strip());
      if (!Double.isFinite(x)) {
        throw new TrainerInputException("--" + name + " " + v + ": expected a finite number");
      }
      return x;
    } catch (NumberFormatException e) {
      throw new TrainerInputException("--" + name + " " + v + ": expected a number", e);
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
