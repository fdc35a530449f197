package org.allot.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Named settings of one solver, such as {@code depth=3} or {@code episodes=50}: given on the
 * command line as {@code --option depth=3} and in suite files as {@code "options"}. Values are
 * strings until a solver reads them with a typed getter, which checks the range and names the
 * option in its error. {@link Solvers#create(org.allot.problem.Problem, String, SolverOptions)}
 * refuses options a solver does not declare, so a misspelt option never passes silently.
 *
 * @param values the options by name, in the order given
 */
public record SolverOptions(Map<String, String> values) {
  private static final SolverOptions NONE = new SolverOptions(Map.of());

  public SolverOptions {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** No options: every solver's defaults. */
  public static SolverOptions none() {
    return NONE;
  }

  /** Options from {@code name=value} pairs. */
  public static SolverOptions of(Map<String, String> values) {
    return new SolverOptions(values);
  }

  /**
   * Parses {@code name=value} words, as given to {@code --option}.
   *
   * @throws IllegalArgumentException for a word without {@code =}, an empty name, or a name given
   *     twice
   */
  public static SolverOptions parse(List<String> words) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("solver option '" + word
            + "' is not of the form name=value (for example depth=3)");
      }
      String name = word.substring(0, eq).strip();
      if (map.put(name, word.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("solver option '" + name + "' is given twice");
      }
    }
    return new SolverOptions(map);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Checks that every option is one of {@code known}.
   *
   * @throws IllegalArgumentException naming the solver, the unknown option and the known ones
   */
  public void requireKnown(String solverId, Set<String> known) {
    List<String> unknown = new ArrayList<>();
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("solver " + solverId + " has no option '"
          + String.join("', '", unknown) + "'; "
          + (known.isEmpty() ? "it takes no options"
              : "its options: " + String.join(", ", known.stream().sorted().toList())));
    }
  }

  /**
   * Checks that every option is one the solver declares ({@link SolverProvider#options()}).
   *
   * @throws IllegalArgumentException naming the solver, the unknown option and the declared ones
   */
  public void requireDeclared(String solverId, List<Declared> declared) {
    requireKnown(solverId, declared.stream().map(Declared::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  /** The raw value of {@code name}, or {@code fallback}. */
  public String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /**
   * The integer option {@code name} in [min, max], or {@code fallback} when absent.
   *
   * @throws IllegalArgumentException naming the option when the value is not an integer in range
   */
  public int integer(String name, int fallback, int min, int max) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v < min || v > max) {
        throw new IllegalArgumentException("solver option " + name + "=" + raw
            + " is out of range; expected an integer in [" + min + ", " + max + "]");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("solver option " + name + "=" + raw
          + " is not an integer; expected an integer in [" + min + ", " + max + "]", e);
    }
  }

  /**
   * The number option {@code name} in [min, max], or {@code fallback} when absent.
   *
   * @throws IllegalArgumentException naming the option when the value is not a number in range
   */
  public double number(String name, double fallback, double min, double max) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(raw);
      if (!(v >= min && v <= max)) {
        throw new IllegalArgumentException("solver option " + name + "=" + raw
            + " is out of range; expected a number in [" + min + ", " + max + "]");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("solver option " + name + "=" + raw
          + " is not a number; expected a number in [" + min + ", " + max + "]", e);
    }
  }

  /**
   * The option {@code name}, one of {@code allowed}, or {@code fallback} when absent.
   *
   * @throws IllegalArgumentException naming the option and the allowed values
   */
  public String choice(String name, String fallback, List<String> allowed) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    if (!allowed.contains(raw)) {
      throw new IllegalArgumentException("solver option " + name + "=" + raw
          + " is not allowed; expected one of " + String.join(", ", allowed));
    }
    return raw;
  }

  /** The options as {@code name=value} words, as {@link #parse} reads them. */
  @Override
  public String toString() {
    List<String> words = new ArrayList<>();
    values.forEach((k, v) -> words.add(k + "=" + v));
    return String.join(" ", words);
  }

  /**
   * One option a solver declares, for {@code allot list} and error messages.
   *
   * @param name the option's name
   * @param defaultValue its default, as text
   * @param description one line
   */
  public record Declared(String name, String defaultValue, String description) {
    public Declared {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(description, "description");
    }
  }
}
