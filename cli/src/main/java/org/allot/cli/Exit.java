package org.allot.cli;

/**
 * The exit codes of {@code allot}, the same for every subcommand. Scripts and the suite runner
 * rely on them, so they never change meaning.
 */
public enum Exit {
  /** Done: a solution was found, a result is valid, a file was written. */
  OK(0),
  /** Ran, but failed on the merits: no solution within the budget, or an invalid result. */
  FAILED(1),
  /** Bad input or usage: unreadable file, unknown name, bad option. Nothing was written. */
  BAD_INPUT(2),
  /** A bug in Allot or in a solver (an unexpected exception); {@code --debug} shows its trace. */
  INTERNAL(3);

  private final int code;

  Exit(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
