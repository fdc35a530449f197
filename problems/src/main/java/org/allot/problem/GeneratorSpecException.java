package org.allot.problem;

/**
 * A generator spec that cannot be used: malformed, an unknown family or parameter, or a value
 * out of range. The message names the spec, the parameter and what would be valid, for example
 * {@code coverage:variant=caves: variant 'caves': expected nests, items or rooms}.
 */
public final class GeneratorSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The spec as text. */
  private final String spec;
  /** The parameter at fault, or null when the fault is not one parameter's. */
  private final String parameter;
  /** What is wrong and what would be valid, without the spec and parameter. */
  private final String detail;

  /**
   * @param spec the spec as text
   * @param parameter the parameter at fault, or null
   * @param detail what is wrong, and what would be valid
   */
  public GeneratorSpecException(String spec, String parameter, String detail) {
    super(spec + ": " + (parameter == null ? "" : parameter + " ") + detail);
    this.spec = spec;
    this.parameter = parameter;
    this.detail = detail;
  }

  /** The spec as text. */
  public String spec() {
    return spec;
  }

  /** The parameter at fault, or null when the fault is the spec's as a whole. */
  public String parameter() {
    return parameter;
  }

  /** What is wrong and what would be valid, without the spec and the parameter's name. */
  public String detail() {
    return detail;
  }
}
