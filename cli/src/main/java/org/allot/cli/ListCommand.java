package org.allot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code allot list}: the problem families and their solvers. */
@Command(name = "list", mixinStandardHelpOptions = true,
    header = "List the problem families and their solvers.",
    description = {"List the problem families and, for each, its solvers; '*' marks the solver"
        + " that 'allot solve' uses when --solver is not given.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot list", "  allot list | grep jobshop"})
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Problem<?, ?> p : Problems.all()) {
      out.println(p.id() + ": " + p.description());
      solvers(out, p.id());
      out.println();
    }
    out.println("* the default solver of its family. Solve with: allot solve FILE [--solver ID]");
    return Exit.OK.code();
  }

  private static void solvers(PrintWriter out, String problemId) {
    List<SolverProvider> providers = Solvers.forProblem(problemId);
    if (providers.isEmpty()) {
      out.println("  (no solver registered yet)");
      return;
    }
    String defaultId = Solvers.defaultProvider(problemId).id();
    int width = providers.stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (SolverProvider s : providers) {
      String mark = s.id().equals(defaultId) ? "* " : "  ";
      out.println("  " + mark + s.id() + " ".repeat(width - s.id().length() + 2)
          + s.description());
      for (SolverOptions.Declared o : s.options()) {
        out.println("  " + " ".repeat(width + 4) + "-O " + o.name() + "=" + o.defaultValue()
            + "  " + o.description());
      }
    }
  }
}
