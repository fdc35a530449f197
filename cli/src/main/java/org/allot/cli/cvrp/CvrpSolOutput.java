package org.allot.cli.cvrp;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.problem.cvrp.SolutionFile;

/**
 * {@code allot solve --sol FILE}: the routes as a CVRPLIB {@code .sol} file ({@code Route #k:}
 * lines, then {@code Cost N} with the cost recomputed under the instance's distances), which
 * {@link SolutionFile#read} and other CVRP tools read back.
 */
public final class CvrpSolOutput implements ExtraOutput<CvrpInstance, CvrpSolution> {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String option() {
    return "--sol";
  }

  @Override
  public String description() {
    return "a CVRPLIB .sol solution file";
  }

  @Override
  public byte[] render(CvrpInstance instance, CvrpSolution solution, ResultEnvelope result,
      Path file) throws IOException {
    StringWriter w = new StringWriter();
    SolutionFile.of(instance, solution).write(w);
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }
}
