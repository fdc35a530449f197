package org.allot.problem;

import java.util.Objects;

/**
 * One parameter a {@link GeneratorFamily} declares: its name in a {@link GeneratorSpec}, the
 * kind of value it takes, its default and what it means (for {@code allot generate --help}).
 *
 * @param name lower-case words joined by {@code -}, for example {@code route-size}
 * @param type the kind of value
 * @param defaultValue the value taken when a spec leaves the parameter out, as text; null when
 *     there is none (the meaning then says what leaving it out does)
 * @param meaning one sentence for the help
 */
public record GeneratorParameter(String name, Type type, String defaultValue, String meaning) {
  /** The kinds of parameter value. */
  public enum Type {
    /** A whole number, written in decimal ({@code -3}, {@code 40}). */
    INTEGER,
    /** A finite decimal number ({@code 6}, {@code 2.5}). */
    DECIMAL,
    /** {@code true} or {@code false}; in a spec a bare name means true. */
    FLAG,
    /** Any text without {@code ,} (a name, or one of the choices the meaning lists). */
    TEXT
  }

  public GeneratorParameter {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meaning, "meaning");
    if (name == null || !name.matches(GeneratorSpec.NAME)) {
      throw new IllegalArgumentException("parameter name '" + name + "': use lower-case"
          + " letters, digits and '-', starting with a letter");
    }
    if (defaultValue != null && problem(type, defaultValue) != null) {
      throw new IllegalArgumentException("parameter " + name + ": default '" + defaultValue
          + "' is not " + problem(type, defaultValue));
    }
  }

  /** A whole-number parameter with a default. */
  public static GeneratorParameter integer(String name, long defaultValue, String meaning) {
    return new GeneratorParameter(name, Type.INTEGER, Long.toString(defaultValue), meaning);
  }

  /** A whole-number parameter without a default. */
  public static GeneratorParameter integer(String name, String meaning) {
    return new GeneratorParameter(name, Type.INTEGER, null, meaning);
  }

  /** A decimal parameter without a default. */
  public static GeneratorParameter decimal(String name, String meaning) {
    return new GeneratorParameter(name, Type.DECIMAL, null, meaning);
  }

  /** A flag, false unless given. */
  public static GeneratorParameter flag(String name, String meaning) {
    return new GeneratorParameter(name, Type.FLAG, "false", meaning);
  }

  /** A text parameter; {@code defaultValue} may be null. */
  public static GeneratorParameter text(String name, String defaultValue, String meaning) {
    return new GeneratorParameter(name, Type.TEXT, defaultValue, meaning);
  }

  /**
   * The {@code seed} parameter: the seed of {@link java.util.SplittableRandom} that drives the
   * generator.
   */
  public static GeneratorParameter seed(long defaultValue) {
    return integer("seed", defaultValue, "Seed of java.util.SplittableRandom.");
  }

  /** The {@code count} parameter, default 1; {@code how} says how the instances differ. */
  public static GeneratorParameter count(String how) {
    return integer("count", 1, "Number of instances, 1.." + GeneratorArguments.MAX_COUNT
        + "; " + how);
  }

  /** Why {@code value} is not a value of this parameter's type, or null when it is one. */
  public String problem(String value) {
    return problem(type, value);
  }

  private static String problem(Type type, String value) {
    return switch (type) {
      case INTEGER -> value.matches("[+-]?\\d{1,18}") ? null : "a whole number";
      case DECIMAL -> decimal(value) ? null : "a finite decimal number";
      case FLAG -> value.equals("true") || value.equals("false") ? null : "true or false";
      case TEXT -> value.isEmpty() || value.contains(",") ? "text without ','" : null;
    };
  }

  private static boolean decimal(String value) {
    if (!value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return false;
    }
    return Double.isFinite(Double.parseDouble(value));
  }

  /** One help line: {@code name=<integer> (default 0): meaning}. */
  public String describe() {
    String kind = type.name().toLowerCase(java.util.Locale.ROOT);
    String shown = type == Type.FLAG ? name : name + "=<" + kind + ">";
    String dflt = defaultValue == null || type == Type.FLAG ? "" : " (default " + defaultValue
        + ")";
    return shown + dflt + ": " + meaning;
  }
}
