package org.allot.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.allot.problem.Instance;
import org.allot.problem.InstanceFormat;
import picocli.CommandLine.Model.CommandSpec;

/** Where {@code allot generate} puts an instance: {@code --out FILE} atomically, else stdout. */
public final class GeneratedOutput {
  private GeneratedOutput() {}

  /** Checks {@code --out} before anything is generated; nothing to check for stdout. */
  public static void check(Path out) {
    if (out != null) {
      AtomicFiles.checkWritable("--out", out);
    }
  }

  /**
   * Writes {@code instance} in {@code format} to {@code out} (atomically) or, when {@code out}
   * is null, to the command's standard output.
   *
   * @return {@link Exit#OK}'s code
   */
  public static <I extends Instance> int write(InstanceFormat<I> format, I instance, Path out,
      CommandSpec spec) throws IOException {
    StringWriter w = new StringWriter();
    format.write(instance, w);
    if (out != null) {
      AtomicFiles.write(out, w.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      spec.commandLine().getOut().print(w);
      spec.commandLine().getOut().flush();
    }
    return Exit.OK.code();
  }
}
