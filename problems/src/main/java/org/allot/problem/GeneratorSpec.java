package org.allot.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipe for generated instances: a family's id and named parameter values, written
 * {@code family:name=value,name=value} (for example {@code coverage:variant=nests,seed=1} or
 * {@code jobshop:jobs=15,machines=10,count=4,seed=0}). A bare name stands for
 * {@code name=true} (a flag: {@code memory:workload=cnn,training}); a family alone
 * ({@code rmab}) takes every default. Names are lower-case words joined by {@code -}; values
 * are any text without {@code ,} (spaces around names and values are dropped). Parameters keep
 * the order they were given in, so {@link #toString()} gives the spec back as written (flags as
 * {@code name=true}). The spec is only text: {@link Generators} checks it against the family's
 * declared parameters. Immutable.
 *
 * @param family the problem family's id, for example {@code coverage}
 * @param parameters parameter values by name, in the order given
 */
public record GeneratorSpec(String family, Map<String, String> parameters) {
  /** The form of a family id and of a parameter name. */
  static final String NAME = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  public GeneratorSpec {
    Objects.requireNonNull(family, "family");
    if (!family.matches(NAME)) {
      throw new GeneratorSpecException(family, null, "'" + family + "' is not a family id;"
          + " a spec reads family:name=value,name=value, for example"
          + " coverage:variant=nests,seed=1");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "parameter name");
      String value = Objects.requireNonNull(e.getValue(), () -> "value of " + name).strip();
      if (!name.matches(NAME)) {
        throw new GeneratorSpecException(family, name, "not a parameter name: use lower-case"
            + " letters, digits and '-'");
      }
      if (value.isEmpty() || value.contains(",")) {
        throw new GeneratorSpecException(family, name, "'" + value + "': a value must be"
            + " non-empty text without ','");
      }
      copy.put(name, value);
    }
    parameters = Collections.unmodifiableMap(copy);
  }

  /** The spec of {@code family} with every parameter at its default. */
  public static GeneratorSpec of(String family) {
    return new GeneratorSpec(family, Map.of());
  }

  /**
   * Parses {@code family[:name=value,...]}.
   *
   * @throws GeneratorSpecException naming the spec and what is malformed
   */
  public static GeneratorSpec parse(String text) {
    String spec = Objects.requireNonNull(text, "text").strip();
    int colon = spec.indexOf(':');
    String family = (colon < 0 ? spec : spec.substring(0, colon)).strip();
    if (!family.matches(NAME)) {
      throw new GeneratorSpecException(spec, null, "expected family:name=value,name=value,"
          + " for example coverage:variant=nests,seed=1; '" + family + "' is not a family id");
    }
    return new GeneratorSpec(family, colon < 0 ? Map.of()
        : parameters(spec, spec.substring(colon + 1)));
  }

  /** The {@code name=value,...} list of {@code spec}, in order. */
  private static Map<String, String> parameters(String spec, String list) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String item : list.split(",", -1)) {
      int eq = item.indexOf('=');
      String name = (eq < 0 ? item : item.substring(0, eq)).strip();
      String value = eq < 0 ? "true" : item.substring(eq + 1).strip();
      if (item.isBlank()) {
        throw new GeneratorSpecException(spec, null, "an empty parameter between commas;"
            + " write name=value pairs separated by ','");
      }
      if (!name.matches(NAME) || value.isEmpty()) {
        throw new GeneratorSpecException(spec, name, "'" + item.strip() + "' is not"
            + " name=value (names are lower-case words joined by '-', values non-empty)");
      }
      if (parameters.put(name, value) != null) {
        throw new GeneratorSpecException(spec, name, "given twice; give each parameter once");
      }
    }
    return parameters;
  }

  /** The value given for {@code name}, if any (defaults are not filled in here). */
  public Optional<String> value(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /** This spec with {@code name} set to {@code value} (in place if given, else appended). */
  public GeneratorSpec with(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(parameters);
    p.put(name, value);
    return new GeneratorSpec(family, p);
  }

  /** The spec as text, {@code family} or {@code family:name=value,...}, parameters as given. */
  @Override
  public String toString() {
    if (parameters.isEmpty()) {
      return family;
    }
    StringBuilder b = new StringBuilder(family).append(':');
    parameters.forEach((k, v) -> b.append(k).append('=').append(v).append(','));
    b.setLength(b.length() - 1);
    return b.toString();
  }
}
