package org.allot.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.allot.cli.coverage.GenerateCoverage;
import org.allot.cli.cvrp.GenerateCvrp;
import org.allot.cli.jobshop.GenerateJobShop;
import org.allot.cli.memory.GenerateMemory;
import org.allot.cli.rmab.GenerateRmab;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.GeneratorSpecException;
import org.allot.problem.Generators;
import org.allot.problem.Instance;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.jobshop.StandardFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code allot generate}: one subcommand per problem family that has generators, or a generator
 * spec ({@code allot generate coverage:variant=rooms,seed=3}). The help lists every family's
 * parameters as the families declare them.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    modelTransformer = GenerateCommand.FamilyHelp.class,
    header = "Generate instances: benchmarks from their seeds, or seeded random ones.",
    subcommands = {GenerateJobShop.class, GenerateCvrp.class, GenerateMemory.class, GenerateCoverage.class,
        GenerateRmab.class},
    description = {"Generate instances: published benchmarks regenerated from their seeds, or"
        + " seeded random instances. The same arguments always give byte-identical files."
        + " Give a family and its options (allot generate FAMILY --help), or a generator spec"
        + " FAMILY:NAME=VALUE,NAME=VALUE, the syntax suites and training use too"
        + " (docs/formats/generators.md).", ""},
    commandListHeading = "%nProblem families:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate jobshop --taillard ta01",
        "  allot generate jobshop --taillard all --out-dir instances/jobshop",
        "  allot generate jobshop --jobs 20 --machines 15 --seed 7 --out rand.txt",
        "  allot generate cvrp --customers 200 --seed 1 --out c200.vrp",
        "  allot generate memory --workload transformer --training --depth 4 --seed 1",
        "  allot generate coverage --variant rooms --seed 1 --out rooms-1.json",
        "  allot generate rmab --constraint path --arms 40 --budget 10 --seed 1 --out p.json",
        "  allot generate coverage:variant=rooms,seed=101,count=10 --out-dir maps"})
public final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "A generator"
      + " spec, FAMILY:NAME=VALUE,...; the parameters of each family are listed below.")
  String specText;

  @Option(names = "--out", paramLabel = "FILE", description = "With SPEC: write the one"
      + " instance to FILE (atomically); default stdout.")
  Path out;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "With SPEC: write every"
      + " instance to DIR/NAME.EXT (created if missing); needed when SPEC gives several.")
  Path outDir;

  @Unmatched
  List<String> rest = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    String families = String.join(", ", spec.subcommands().keySet());
    if (specText == null) {
      throw new UserError("generate needs a problem family or a generator spec: " + families
          + "; for example 'allot generate jobshop --taillard ta01' or 'allot generate"
          + " coverage:variant=rooms,seed=1'");
    }
    int colon = specText.indexOf(':');
    String family = (colon < 0 ? specText : specText.substring(0, colon)).strip();
    if (!Generators.families().contains(family)) {
      throw new UserError("unknown problem '" + family + "' for generate; families with"
          + " a generator: " + families + " (all problems: " + String.join(", ", Problems.ids())
          + ")");
    }
    if (!rest.isEmpty()) {
      throw new UserError("unexpected '" + String.join(" ", rest) + "' after the spec "
          + specText + "; give the parameters in the spec (FAMILY:NAME=VALUE,...) or use"
          + " 'allot generate " + family + " --help' for the options");
    }
    return write(instances());
  }

  private List<? extends Instance> instances() {
    if (out != null && outDir != null) {
      throw new UserError("--out and --out-dir exclude each other; give one of them");
    }
    GeneratedOutput.check(out);
    if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new UserError("--out-dir " + outDir + ": is a file, not a directory");
    }
    try {
      List<? extends Instance> list = Generators.generate(GeneratorSpec.parse(specText));
      if (list.size() > 1 && outDir == null) {
        throw new UserError(specText + " gives " + list.size() + " instances; add --out-dir"
            + " DIR");
      }
      return list;
    } catch (GeneratorSpecException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private int write(List<? extends Instance> instances) throws IOException {
    Problem<?, ?> problem = Problems.byId(GeneratorSpec.parse(specText).family());
    if (outDir == null) {
      String body = text(problem, instances.getFirst());
      if (out != null) {
        AtomicFiles.write(out, body.getBytes(StandardCharsets.UTF_8));
      } else {
        spec.commandLine().getOut().print(body);
        spec.commandLine().getOut().flush();
      }
      return Exit.OK.code();
    }
    Files.createDirectories(outDir);
    String extension = format(problem) == StandardFormat.INSTANCE ? "txt"
        : format(problem).name();
    for (Instance i : instances) {
      AtomicFiles.write(outDir.resolve(i.name() + "." + extension),
          text(problem, i).getBytes(StandardCharsets.UTF_8));
    }
    spec.commandLine().getErr().println("wrote " + instances.size() + " file(s) to " + outDir);
    return Exit.OK.code();
  }

  /** The format generated instances are written in: job shops standard, else the first one. */
  private static InstanceFormat<?> format(Problem<?, ?> problem) {
    return problem.formats().contains(StandardFormat.INSTANCE) ? StandardFormat.INSTANCE
        : problem.formats().getFirst();
  }

  @SuppressWarnings("unchecked")
  private static <I extends Instance> String text(Problem<I, ?> problem, Instance instance)
      throws IOException {
    StringWriter w = new StringWriter();
    ((InstanceFormat<I>) format(problem)).write(problem.instanceType().cast(instance), w);
    return w.toString();
  }

  /** Adds each generator family's declared parameters to the help, after the examples. */
  public static final class FamilyHelp implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
      List<String> lines = new ArrayList<>(List.of(command.usageMessage().footer()));
      lines.add("");
      lines.add("Generator specs, FAMILY:NAME=VALUE,NAME=VALUE (a flag alone means NAME=true;"
          + " FAMILY --NAME VALUE is the same):");
      for (GeneratorFamily<?> f : Generators.all()) {
        wrap(lines, "  ", f.family() + ": " + f.summary() + "; for example "
            + String.join(", ", f.examples()), "      ");
        for (GeneratorParameter p : f.parameters()) {
          wrap(lines, "    ", p.describe(), "        ");
        }
      }
      command.usageMessage().footer(lines.toArray(String[]::new));
      return command;
    }

    /** Adds {@code text} as lines of at most 79 characters, continued after {@code indent}. */
    private static void wrap(List<String> lines, String first, String text, String indent) {
      StringBuilder line = new StringBuilder(first);
      for (String word : text.split(" ")) {
        if (line.length() + 1 + word.length() > 79 && line.length() > indent.length()) {
          lines.add(line.toString());
          line = new StringBuilder(indent);
        } else if (line.length() > first.length()) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
  }
}
