package org.allot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.allot.problem.InstanceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into {@code allot: <message>} on stderr and an {@link Exit} code: usage
 * errors and user errors give {@link Exit#BAD_INPUT} without a stack trace; anything else is a
 * bug ({@link Exit#INTERNAL}), whose stack trace {@code --debug} shows.
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler,
    IExitCodeExceptionMapper {
  private final boolean debug;

  Errors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("allot: " + ex.getMessage());
    if (ex instanceof UnmatchedArgumentException u) {
      UnmatchedArgumentException.printSuggestions(u, err);
    }
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more"
        + " information.");
    trace(err, ex);
    return Exit.BAD_INPUT.code();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String message = userMessage(ex);
    if (message != null) {
      err.println("allot: " + message);
      trace(err, ex);
      return Exit.BAD_INPUT.code();
    }
    err.println("allot: internal error: " + ex
        + (debug ? "" : " (run again with --debug for the stack trace, and please report it)"));
    trace(err, ex);
    return Exit.INTERNAL.code();
  }

  @Override
  public int getExitCode(Throwable ex) {
    return userMessage(ex) != null ? Exit.BAD_INPUT.code() : Exit.INTERNAL.code();
  }

  /** The message for the user when {@code ex} is their error, else {@code null}. */
  static String userMessage(Throwable ex) {
    return switch (ex) {
      case UserError e -> e.getMessage();
      case InstanceFormatException e -> e.getMessage();
      case NoSuchFileException e -> e.getFile() + ": no such file";
      case AccessDeniedException e -> e.getFile() + ": permission denied";
      case UncheckedIOException e -> userMessage(e.getCause());
      case IOException e -> e.getMessage();
      default -> null;
    };
  }

  private void trace(PrintWriter err, Throwable ex) {
    if (debug) {
      ex.printStackTrace(err);
    }
  }
}
