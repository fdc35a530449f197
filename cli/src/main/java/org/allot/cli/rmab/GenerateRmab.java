package org.allot.cli.rmab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.cli.GeneratedOutput;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabJsonFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate rmab}: the seeded coRMAB benchmark instances of SEQUOIA, as JSON. */
@Command(name = "rmab", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Restless-bandit instances with combinatorial actions (coRMAB).",
    description = {"Generate a restless-bandit instance in the family's JSON format, as in the"
        + " experiments of SEQUOIA (Xu et al., ICLR 2025): --arms 4-state birth-death arms"
        + " (up-probability passive U[0, 0.2], active U[0.7, 0.9]); the first --budget arms"
        + " are 'good' (top-state reward 4-6, reached only by consecutive pulls), the others"
        + " pay 1-3; each arm starts in state 1 with probability 0.2; horizon 20, discount"
        + " 0.99. The --constraint decides which sets of arms may be acted on in one step:",
        "  budget         at most B arms (plain RMAB)",
        "  interventions  exactly B of 2B interventions, each on 3 arms with weight 3;",
        "                 effects compound through a sigmoid (good ones come in threes)",
        "  path           a closed walk of at most 2B steps from node 0 of a random",
        "                 connected plane graph (mean degree 2.8); at most B visited",
        "                 nodes acted on",
        "  matching       B workers, 5 time slots; an acted arm needs two visits, a",
        "                 worker makes one visit per slot; at most B arms",
        "  capacity       B workers with capacities 2-7, arm costs 2-6; each acted arm",
        "                 goes to one worker within its capacity",
        "Published sizes (--arms, --budget): (20, 5), (40, 10), (100, 20). The same arguments"
            + " give byte-identical output. Without --out the instance goes to stdout.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate rmab --constraint path --arms 20 --budget 5 --seed 1",
        "  allot generate rmab --constraint capacity --arms 40 --budget 10 --seed 1 \\",
        "      --out capacity-40-10.json",
        "  allot solve capacity-40-10.json --solver myopic --out result.json",
        "  allot validate capacity-40-10.json result.json"})
public final class GenerateRmab implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--constraint", paramLabel = "KIND", description = "budget, interventions,"
      + " path, matching or capacity. Default: ${DEFAULT-VALUE}.")
  String constraint = "budget";

  @Option(names = "--arms", paramLabel = "J", description = "Arms, at least 1 (interventions:"
      + " at least 6). Default: ${DEFAULT-VALUE}.")
  int arms = 20;

  @Option(names = "--budget", paramLabel = "B", description = "Budget B, 1..J: arms acted"
      + " (budget, path, matching), interventions chosen, or workers (capacity). Default:"
      + " ${DEFAULT-VALUE}.")
  int budget = 5;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of"
      + " java.util.SplittableRandom. Default: ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    GeneratedOutput.check(out);
    RmabInstance instance = (RmabInstance) GeneratedOutput.generate(spec, Rmab.ID).getFirst();
    return GeneratedOutput.write(RmabJsonFormat.INSTANCE, instance, out, spec);
  }
}
