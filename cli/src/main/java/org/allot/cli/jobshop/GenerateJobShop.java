package org.allot.cli.jobshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.allot.cli.AtomicFiles;
import org.allot.cli.Exit;
import org.allot.cli.GeneratedOutput;
import org.allot.cli.UserError;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.TaillardGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate jobshop}: Taillard's benchmarks or seeded random instances. */
@Command(name = "jobshop", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Job-shop instances: Taillard's ta01-ta80, or random ones.",
    description = {"Generate job-shop instances: Taillard's benchmarks ta01-ta80 regenerated"
        + " with his published generator and seeds (--taillard), or random instances in the"
        + " same style (--jobs, --machines, --seed): every job visits every machine once in a"
        + " random order, durations uniform in [--min-duration, --max-duration]. A comment"
        + " header records how the file was made; the same arguments give byte-identical"
        + " output. Without --out or --out-dir the instance goes to stdout.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate jobshop --taillard ta01",
        "  allot generate jobshop --taillard all --out-dir instances/jobshop",
        "  allot generate jobshop --jobs 20 --machines 15 --seed 7 --out rand-20x15.txt",
        "  allot generate jobshop --taillard ta42 --format taillard --out ta42.tai"})
public final class GenerateJobShop implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--taillard", paramLabel = "NAME", description = "A Taillard benchmark,"
      + " ta01 .. ta80, or 'all' for the 80 of them (needs --out-dir).")
  String taillard;

  @Option(names = "--jobs", paramLabel = "N", description = "Random instance: number of jobs.")
  Integer jobs;

  @Option(names = "--machines", paramLabel = "M",
      description = "Random instance: number of machines.")
  Integer machines;

  @Option(names = "--seed", paramLabel = "S", description = "Random instance: seed of"
      + " java.util.SplittableRandom. Default: ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--min-duration", paramLabel = "D",
      description = "Random instance: smallest duration. Default: ${DEFAULT-VALUE}.")
  int minDuration = 1;

  @Option(names = "--max-duration", paramLabel = "D",
      description = "Random instance: largest duration. Default: ${DEFAULT-VALUE}.")
  int maxDuration = 99;

  @Option(names = "--name", paramLabel = "NAME", description = "Random instance: its name in"
      + " the header. Default: rand-<jobs>x<machines>-s<seed>.")
  String name;

  @Option(names = "--format", paramLabel = "FORMAT", description = "File format: standard"
      + " (OR-Library, machines from 0) or taillard (Times and Machines blocks, machines from"
      + " 1). Default: standard.")
  JobShopFileFormat format = JobShopFileFormat.STANDARD;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path out;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "Write NAME.txt into DIR"
      + " (created if missing); needed for --taillard all.")
  Path outDir;

  @Override
  public Integer call() throws IOException {
    checkTargets();
    if ("all".equalsIgnoreCase(taillard) && outDir == null) {
      throw new UserError("--taillard all writes 80 files; add --out-dir DIR");
    }
    if (taillard == null && (jobs == null || machines == null)) {
      throw new UserError("give --taillard NAME (ta01 .. ta80, or all), or --jobs N and"
          + " --machines M for a random instance");
    }
    List<Generated> files = new ArrayList<>();
    for (var instance : GeneratedOutput.generate(spec, JobShop.ID)) {
      JobShopInstance i = (JobShopInstance) instance;
      files.add(taillard != null ? benchmark(i) : random(i));
    }
    if (outDir != null) {
      Files.createDirectories(outDir);
      for (Generated g : files) {
        AtomicFiles.write(outDir.resolve(g.fileName()), g.bytes());
      }
      spec.commandLine().getErr().println("wrote " + files.size() + " file(s) to " + outDir);
    } else if (out != null) {
      AtomicFiles.write(out, files.getFirst().bytes());
    } else {
      spec.commandLine().getOut().print(files.getFirst().text());
    }
    return Exit.OK.code();
  }

  private void checkTargets() {
    if (out != null && outDir != null) {
      throw new UserError("--out and --out-dir exclude each other; give one of them");
    }
    if (out != null) {
      AtomicFiles.checkWritable("--out", out);
    }
    if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new UserError("--out-dir " + outDir + ": is a file, not a directory");
    }
  }

  private Generated benchmark(JobShopInstance instance) {
    String id = instance.name();
    int[] seeds = TaillardGenerator.seeds(TaillardGenerator.benchmarkIndex(id));
    List<String> comments = comments(List.of(
        "Taillard (1993) benchmark " + id + ", regenerated by Allot's implementation of"
            + " Taillard's generator; time seed " + seeds[0] + ", machine seed " + seeds[1]
            + "; " + instance.jobs() + " jobs x " + instance.machines() + " machines",
        "E. Taillard, \"Benchmarks for basic scheduling problems\", European Journal of"
            + " Operational Research 64(2):278-285, 1993.", formatLine()),
        "Regenerate with: allot generate jobshop --taillard " + id + formatFlag());
    return new Generated(id + ".txt", format.text(instance, comments));
  }

  private Generated random(JobShopInstance instance) {
    String name = instance.name();
    String description = name + ": random job-shop instance, " + jobs + " jobs x " + machines
        + " machines, durations uniform on [" + minDuration + ", " + maxDuration + "], each"
        + " job visits every machine once in a uniformly random order"
        + " (java.util.SplittableRandom(" + seed + "))";
    String command = "allot generate jobshop --jobs " + jobs + " --machines " + machines
        + " --seed " + seed + " --min-duration " + minDuration + " --max-duration "
        + maxDuration + " --name " + name;
    List<String> comments = comments(List.of(description, formatLine()),
        "Generated by: " + command + formatFlag());
    return new Generated(name + ".txt", format.text(instance, comments));
  }

  /** The prose wrapped into comment lines, then the command on one line (to copy and paste). */
  private static List<String> comments(List<String> prose, String command) {
    List<String> lines = new ArrayList<>();
    prose.forEach(p -> lines.addAll(JobShopFileFormat.wrap(p)));
    lines.add(command);
    return lines;
  }

  private String formatLine() {
    return switch (format) {
      case STANDARD -> "Standard format: a line 'jobs machines', then per job its operations"
          + " in order as 'machine duration' pairs, machines numbered from 0.";
      case TAILLARD -> "Taillard's format: a Times block (durations, one row per job) and a"
          + " Machines block (machines numbered from 1, in the order each job visits them).";
    };
  }

  private String formatFlag() {
    return format == JobShopFileFormat.STANDARD ? "" : " --format taillard";
  }

  /** A generated file: its default name and its text. */
  record Generated(String fileName, String text) {
    byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }
}
