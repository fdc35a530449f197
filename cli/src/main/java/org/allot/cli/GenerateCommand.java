package org.allot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.allot.cli.coverage.GenerateCoverage;
import org.allot.cli.cvrp.GenerateCvrp;
import org.allot.cli.jobshop.GenerateJobShop;
import org.allot.cli.memory.GenerateMemory;
import org.allot.cli.rmab.GenerateRmab;
import org.allot.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate}: one subcommand per problem family that has generators. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    header = "Generate instances: benchmarks from their seeds, or seeded random ones.",
    subcommands = {GenerateJobShop.class, GenerateCvrp.class, GenerateMemory.class, GenerateCoverage.class,
        GenerateRmab.class},
    description = {"Generate instances: published benchmarks regenerated from their seeds, or"
        + " seeded random instances. The same arguments always give byte-identical files.", ""},
    commandListHeading = "%nProblem families:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate jobshop --taillard ta01",
        "  allot generate jobshop --taillard all --out-dir instances/jobshop",
        "  allot generate jobshop --jobs 20 --machines 15 --seed 7 --out rand.txt",
        "  allot generate cvrp --customers 200 --seed 1 --out c200.vrp",
        "  allot generate memory --workload transformer --training --depth 4 --seed 1",
        "  allot generate coverage --variant rooms --seed 1 --out rooms-1.json",
        "  allot generate rmab --constraint path --arms 40 --budget 10 --seed 1 --out p.json"})
public final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Unmatched
  List<String> rest = new ArrayList<>();

  @Override
  public Integer call() {
    String families = String.join(", ", spec.subcommands().keySet());
    if (rest.isEmpty()) {
      throw new UserError("generate needs a problem family: " + families
          + "; for example 'allot generate jobshop --taillard ta01'");
    }
    throw new UserError("unknown problem '" + rest.getFirst() + "' for generate; families with"
        + " a generator: " + families + " (all problems: " + String.join(", ", Problems.ids())
        + ")");
  }
}
