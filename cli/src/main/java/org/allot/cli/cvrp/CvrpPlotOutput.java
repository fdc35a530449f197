package org.allot.cli.cvrp;

import java.io.IOException;
import java.nio.file.Path;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.cli.UserError;
import org.allot.plot.Canvas;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;

/** {@code allot solve --plot FILE}: the routes as a {@link RouteMap}, SVG or PNG. */
public final class CvrpPlotOutput implements ExtraOutput<CvrpInstance, CvrpSolution> {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String option() {
    return "--plot";
  }

  @Override
  public String description() {
    return "a map of the routes";
  }

  @Override
  public void checkTarget(Path file) {
    ExtraOutput.pictureFormat(option(), file);
  }

  @Override
  public void checkInstance(CvrpInstance instance) {
    if (!instance.hasCoordinates()) {
      throw new UserError(option() + ": " + instance.name() + " has no coordinates (an"
          + " EXPLICIT matrix without a DISPLAY_DATA_SECTION), so there is no map to draw;"
          + " drop " + option());
    }
  }

  @Override
  public byte[] render(CvrpInstance instance, CvrpSolution solution, ResultEnvelope r,
      Path file) throws IOException {
    RouteMap map = new RouteMap(instance, solution);
    Canvas canvas = ExtraOutput.pictureFormat(option(), file)
        .canvas(RouteMap.WIDTH, RouteMap.HEIGHT);
    String verdict = r.status() + (r.feasible() ? "" : ", INFEASIBLE");
    map.draw(canvas, r.instance() + " by " + r.solver() + ": distance "
        + number(r.objective()) + " (" + verdict + "), " + map.routeCount() + " routes");
    return canvas.encode();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
