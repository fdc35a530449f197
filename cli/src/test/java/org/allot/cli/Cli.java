package org.allot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of {@code allot} with captured streams.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Cli(int exit, String out, String err) {
  /** Runs {@code allot args} in this JVM. */
  static Cli allot(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Allot.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** The path of ft06 from the cli module's directory (where Maven runs the tests). */
  static final String FT06 = "../instances/jobshop/ft06.txt";

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
}
