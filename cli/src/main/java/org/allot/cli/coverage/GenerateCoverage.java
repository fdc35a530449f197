package org.allot.cli.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.cli.GeneratedOutput;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageJsonFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate coverage}: SubPO's grid worlds, seeded, as Allot JSON. */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Submodular coverage grids after SubPO: nest density, items, two rooms.",
    description = {"Generate a coverage instance in the family's JSON format. --variant nests"
        + " (default): weighted coverage of a Gaussian-mixture nest density on a 30 x 30 grid,"
        + " start cell 34, horizon 40, 2 x 2 footprint. items: a 15 x 7 grid of six item"
        + " types with SubPO's counts and requirements (F at most 21). rooms: two rooms joined"
        + " by a corridor, where greedy marginal gain gets stuck in the first room. The"
        + " instance is named <variant>-<seed>; the same arguments give byte-identical output."
        + " Without --out the instance goes to stdout.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate coverage --seed 1",
        "  allot generate coverage --variant rooms --seed 1 --out rooms-1.json"})
public final class GenerateCoverage implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--variant", paramLabel = "KIND", description = "nests, items or rooms."
      + " Default: ${DEFAULT-VALUE}.")
  String variant = "nests";

  @Option(names = "--seed", paramLabel = "S", description = "Seed of"
      + " java.util.SplittableRandom. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    GeneratedOutput.check(out);
    CoverageInstance instance = (CoverageInstance) GeneratedOutput.generate(spec, Coverage.ID)
        .getFirst();
    return GeneratedOutput.write(CoverageJsonFormat.INSTANCE, instance, out, spec);
  }
}
