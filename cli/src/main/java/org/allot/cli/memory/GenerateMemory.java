package org.allot.cli.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allot.cli.GeneratedOutput;
import org.allot.problem.memory.MappingJsonFormat;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate memory}: seeded ML-workload or random memory instances, as JSON. */
@Command(name = "memory", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Memory-allocation instances: ML workloads or random ones.",
    description = {"Generate a memory instance in the family's JSON format. By default a"
        + " mapping instance shaped like one step of a compiled ML program (--workload,"
        + " --training, --depth): buffers with live ranges, sizes and a cost model, on a fast"
        + " memory a quarter of the peak live bytes. With --random, a random instance of"
        + " --buffers buffers: a packing instance (every buffer must fit, as MiniMalloc's"
        + " benchmarks), or with --mapping a mapping instance with a cost model. The same"
        + " arguments give byte-identical output. Without --out the instance goes to stdout.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate memory --workload transformer --training --depth 4 --seed 1",
        "  allot generate memory --random --buffers 50 --seed 7 --out r50.json"})
public final class GenerateMemory implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--workload", paramLabel = "KIND", description = "mlp, cnn or transformer."
      + " Default: ${DEFAULT-VALUE}.")
  String workload = "mlp";

  @Option(names = "--training", description = "A training step (forward, backward, update)"
      + " instead of inference.")
  boolean training;

  @Option(names = "--depth", paramLabel = "N", description = "Layers (mlp, cnn) or blocks"
      + " (transformer), at least 1. Default: ${DEFAULT-VALUE}.")
  int depth = 4;

  @Option(names = "--random", description = "A random instance instead of a workload.")
  boolean random;

  @Option(names = "--buffers", paramLabel = "N", description = "Buffers of a --random"
      + " instance, at least 1. Default: ${DEFAULT-VALUE}.")
  int buffers = 20;

  @Option(names = "--mapping", description = "With --random: a mapping instance (a cost model,"
      + " twice the capacity live) instead of a packing one.")
  boolean mapping;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of"
      + " java.util.SplittableRandom. Default: ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    GeneratedOutput.check(out);
    MemoryInstance instance = (MemoryInstance) GeneratedOutput.generate(spec, Memory.ID)
        .getFirst();
    return GeneratedOutput.write(MappingJsonFormat.INSTANCE, instance, out, spec);
  }
}
