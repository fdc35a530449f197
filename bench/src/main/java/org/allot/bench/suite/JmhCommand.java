package org.allot.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code allot jmh}: runs JMH benchmarks of the bench module, every argument passed to JMH
 * unchanged ({@code org.openjdk.jmh.Main}).
 */
@Command(name = "jmh", header = "Run JMH benchmarks of the hot loops (arguments go to JMH).",
    description = {"Run JMH micro-benchmarks of the hot loops. Every argument goes to JMH"
        + " unchanged: a regular expression selects benchmarks by name; -l lists them; -h shows"
        + " JMH's options. Run from the repository root so that ../shared resolves. Speed is"
        + " measured here, never in unit tests.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot jmh -l", "  allot jmh JobShopBenchmark",
        "  allot jmh CvrpBenchmark.split -f 1 -wi 3 -i 5", "  allot jmh MemoryBenchmark -prof gc",
        "", "See bench/README.md for every benchmark and its latest figures."})
final class JmhCommand implements Callable<Integer> {
  /** Every argument after {@code jmh}, options included, in order. */
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    org.openjdk.jmh.Main.main(args.toArray(String[]::new));
    return 0;
  }
}
