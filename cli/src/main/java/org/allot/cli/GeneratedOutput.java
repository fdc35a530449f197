package org.allot.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.GeneratorSpecException;
import org.allot.problem.Generators;
import org.allot.problem.Instance;
import org.allot.problem.InstanceFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What {@code allot generate FAMILY} shares: the options given, as a {@link GeneratorSpec} of
 * the family's generators (an option {@code --name} is the parameter {@code name}), and where
 * an instance goes: {@code --out FILE} atomically, else stdout.
 */
public final class GeneratedOutput {
  private GeneratedOutput() {}

  /**
   * The spec of the options given on {@code spec}'s command line: each matched option named
   * after a parameter of {@code family}, with its text as given (a flag: {@code true}).
   */
  public static GeneratorSpec spec(CommandSpec spec, String family) {
    GeneratorFamily<?> f = Generators.family(family);
    Map<String, String> values = new LinkedHashMap<>();
    for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
      String name = o.longestName().substring(2);
      if (f.parameters().stream().anyMatch(p -> p.name().equals(name))) {
        List<String> text = o.stringValues();
        values.put(name, o.typeInfo().isBoolean() || text.isEmpty() ? "true"
            : text.getLast().strip());
      }
    }
    try {
      return new GeneratorSpec(family, values);
    } catch (GeneratorSpecException e) {
      throw userError(e);
    }
  }

  /** The instances of the options given on {@code spec}'s command line (see {@link #spec}). */
  public static List<? extends Instance> generate(CommandSpec spec, String family) {
    try {
      return Generators.generate(spec(spec, family));
    } catch (GeneratorSpecException e) {
      throw userError(e);
    }
  }

  /** The error in the words of the command line: {@code --budget 6: expected 1..5}. */
  static UserError userError(GeneratorSpecException e) {
    return new UserError(e.parameter() == null ? e.detail()
        : "--" + e.parameter() + " " + e.detail(), e);
  }

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
