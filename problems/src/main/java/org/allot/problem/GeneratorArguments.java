package org.allot.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link GeneratorSpec} checked against its family's declared parameters: every name is
 * declared and every value has its parameter's type. The typed accessors fill in defaults and
 * report values out of range as {@link GeneratorSpecException}s that name the spec, the
 * parameter, its value and what would be valid. Immutable.
 */
public final class GeneratorArguments {
  /** The most instances one spec may ask for. */
  public static final int MAX_COUNT = 100_000;

  private final GeneratorSpec spec;
  private final Map<String, GeneratorParameter> declared = new LinkedHashMap<>();

  /**
   * Checks {@code spec} against {@code parameters}.
   *
   * @throws GeneratorSpecException for an undeclared name (listing the declared ones) or a
   *     value of the wrong type
   */
  public GeneratorArguments(GeneratorSpec spec, List<GeneratorParameter> parameters) {
    this.spec = spec;
    for (GeneratorParameter p : parameters) {
      if (declared.put(p.name(), p) != null) {
        throw new IllegalArgumentException("parameter " + p.name() + " is declared twice");
      }
    }
    spec.parameters().forEach((name, value) -> {
      GeneratorParameter p = declared.get(name);
      if (p == null) {
        throw new GeneratorSpecException(spec.toString(), name, "is not a parameter of "
            + spec.family() + "; its parameters: " + String.join(", ", declared.keySet()));
      }
      String problem = p.problem(value);
      if (problem != null) {
        throw new GeneratorSpecException(spec.toString(), name, "'" + value + "': expected "
            + problem);
      }
    });
  }

  /** The spec checked. */
  public GeneratorSpec spec() {
    return spec;
  }

  /** Whether the spec gives {@code name} (rather than leaving it at its default). */
  public boolean given(String name) {
    parameter(name);
    return spec.parameters().containsKey(name);
  }

  /** The names the spec gives, in its order. */
  public List<String> givenNames() {
    return new ArrayList<>(spec.parameters().keySet());
  }

  /**
   * The value of {@code name} as text: the spec's, else the default.
   *
   * @throws GeneratorSpecException when neither exists
   */
  public String text(String name) {
    String v = spec.parameters().get(name);
    if (v == null) {
      v = parameter(name).defaultValue();
    }
    if (v == null) {
      throw new GeneratorSpecException(spec.toString(), name, "is needed: " + parameter(name)
          .meaning());
    }
    return v;
  }

  /** The whole-number value of {@code name}, required in {@code [min, max]}. */
  public long longValue(String name, long min, long max) {
    long v = Long.parseLong(text(name));
    if (v < min || v > max) {
      throw invalid(name, "expected " + min + ".." + max);
    }
    return v;
  }

  /** The whole-number value of {@code name}, required in {@code [min, max]}. */
  public int intValue(String name, int min, int max) {
    return (int) longValue(name, min, max);
  }

  /** The seed: the whole-number parameter {@code seed}, any long. */
  public long seed() {
    return longValue("seed", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** The parameter {@code count}, in {@code 1..MAX_COUNT}. */
  public int count() {
    return intValue("count", 1, MAX_COUNT);
  }

  /** The decimal value of {@code name}. */
  public double decimal(String name) {
    return Double.parseDouble(text(name));
  }

  /** The value of the flag {@code name}. */
  public boolean flag(String name) {
    return Boolean.parseBoolean(text(name));
  }

  /**
   * The constant of {@code values} named by {@code name}'s value: its lower-case name with
   * {@code -} for {@code _}, in any case.
   */
  public <E extends Enum<E>> E choice(String name, E[] values) {
    String wanted = text(name).replace('-', '_');
    List<String> known = new ArrayList<>();
    for (E e : values) {
      if (e.name().equalsIgnoreCase(wanted)) {
        return e;
      }
      known.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw invalid(name, "expected " + oneOf(known));
  }

  /**
   * An exception for {@code name}'s value: {@code spec: name value: expectation}.
   *
   * @param expectation what would be valid, for example {@code expected 1..5}
   */
  public GeneratorSpecException invalid(String name, String expectation) {
    GeneratorParameter p = parameter(name);
    String v = spec.parameters().getOrDefault(name, p.defaultValue());
    String shown = p.type() == GeneratorParameter.Type.TEXT ? "'" + v + "'" : v;
    return new GeneratorSpecException(spec.toString(), name, shown + ": " + expectation);
  }

  /** An exception about the spec as a whole: {@code spec: message}. */
  public GeneratorSpecException invalid(String message) {
    return new GeneratorSpecException(spec.toString(), null, message);
  }

  /** {@code a}, {@code a or b}, {@code a, b or c}. */
  public static String oneOf(List<String> choices) {
    if (choices.size() <= 1) {
      return String.join("", choices);
    }
    return String.join(", ", choices.subList(0, choices.size() - 1)) + " or "
        + choices.getLast();
  }

  private GeneratorParameter parameter(String name) {
    GeneratorParameter p = declared.get(name);
    if (p == null) {
      throw new IllegalArgumentException("generator of " + spec.family() + " asked for"
          + " undeclared parameter " + name);
    }
    return p;
  }
}
