package org.allot.cli;

/**
 * An error the user can fix: a bad file, option or name. {@code allot} prints its message as
 * {@code allot: <message>} without a stack trace and exits with {@link Exit#BAD_INPUT}. Messages
 * name the file:line:column or the option and value, and suggest a fix.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
