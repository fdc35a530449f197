package org.allot.cli.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.plot.Canvas;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageWalk;

/** {@code allot solve --plot FILE}: the walk over the heat map of values ({@link WalkMap}). */
public final class CoveragePlotOutput implements ExtraOutput<CoverageInstance, CoverageWalk> {
  @Override
  public String problemId() {
    return Coverage.ID;
  }

  @Override
  public String option() {
    return "--plot";
  }

  @Override
  public String description() {
    return "a heat map of the cell values with the walk and the covered cells";
  }

  @Override
  public void checkTarget(Path file) {
    ExtraOutput.pictureFormat(option(), file);
  }

  @Override
  public byte[] render(CoverageInstance instance, CoverageWalk walk, ResultEnvelope r,
      Path file) throws IOException {
    WalkMap map = new WalkMap(instance, walk);
    Canvas canvas = ExtraOutput.pictureFormat(option(), file).canvas(map.width(), map.height());
    String verdict = r.status() + (r.feasible() ? "" : ", INFEASIBLE");
    map.draw(canvas, r.instance() + " by " + r.solver() + ": coverage " + number(r.objective())
        + " (" + verdict + "), " + map.coveredCells() + " cells covered");
    return canvas.encode();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4f", v);
  }
}
