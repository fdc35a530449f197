package org.allot.agent.train;

/**
 * An error in what the user gave a trainer, found before training starts: a bad option value, an
 * instance that cannot be read, an output folder that does not hold what {@code --plot-only}
 * needs, a training engine that cannot load. The message names the option or file and the value,
 * and suggests a fix; {@code allot train} prints it without a stack trace and exits with 2.
 */
public final class TrainerInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrainerInputException(String message) {
    super(message);
  }

  public TrainerInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
