package org.allot.agent.train;

import java.util.Objects;

/**
 * One option of a trainer, as {@code allot train NAME --help} shows it.
 *
 * @param name the long name without dashes ("updates"); the command line takes {@code --updates}
 * @param label the value's placeholder ("N"); empty for a flag
 * @param description what it sets and its unit, in one sentence or two (the command line adds
 *     "Default: VALUE." from {@code defaultValue})
 * @param defaultValue the value when the option is not given, as the user would type it (null:
 *     none; for a flag, "false")
 */
public record TrainerOption(String name, String label, String description, String defaultValue) {
  public TrainerOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("option name '" + name + "' must be lower-case words"
          + " joined by '-'");
    }
  }

  /** An option that takes a value. */
  public static TrainerOption of(String name, String label, String description,
      String defaultValue) {
    return new TrainerOption(name, label, description, defaultValue);
  }

  /** A boolean flag, false unless given. */
  public static TrainerOption flag(String name, String description) {
    return new TrainerOption(name, "", description, "false");
  }

  /** True for a flag. */
  public boolean isFlag() {
    return label.isEmpty();
  }
}
