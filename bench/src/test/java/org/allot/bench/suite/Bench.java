package org.allot.bench.suite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.cli.Allot;

/**
 * One in-process run of {@code allot} with captured streams, and suite-file helpers.
 *
 * @param exit the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Bench(int exit, String out, String err) {
  /** The repository's instances, from the bench module's directory (where Maven runs tests). */
  static final Path INSTANCES = Path.of("..", "instances");

  /** Runs {@code allot args} in this JVM. */
  static Bench allot(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Allot.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Bench(exit, out.toString(), err.toString());
  }

  /** Copies job-shop instance {@code name} (ft06, ta01, ...) into {@code dir}. */
  static Path copyJobShop(Path dir, String name) throws IOException {
    Path target = dir.resolve(name + ".txt");
    Files.copy(INSTANCES.resolve("jobshop").resolve(name + ".txt"), target);
    return target;
  }

  /** Writes a suite file {@code name} into {@code dir}, single quotes turned into double. */
  static Path suite(Path dir, String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
}
