package org.allot.cli.memory;

import java.io.IOException;
import java.nio.file.Path;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.plot.Canvas;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;

/** {@code allot solve --plot FILE}: the layout as a {@link LayoutChart}, SVG or PNG. */
public final class MemoryPlotOutput implements ExtraOutput<MemoryInstance, MemoryLayout> {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String option() {
    return "--plot";
  }

  @Override
  public String description() {
    return "a chart of the memory layout";
  }

  @Override
  public void checkTarget(Path file) {
    ExtraOutput.pictureFormat(option(), file);
  }

  @Override
  public byte[] render(MemoryInstance instance, MemoryLayout layout, ResultEnvelope r,
      Path file) throws IOException {
    Canvas canvas = ExtraOutput.pictureFormat(option(), file)
        .canvas(LayoutChart.WIDTH, LayoutChart.HEIGHT);
    LayoutChart chart = new LayoutChart(instance, layout);
    String verdict = r.status() + (r.feasible() ? "" : ", INFEASIBLE");
    chart.draw(canvas, r.instance() + " by " + r.solver() + ": objective "
        + number(r.objective()) + " (" + verdict + "), " + chart.slowCount() + " slow buffer(s)");
    return canvas.encode();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(java.util.Locale.ROOT, "%.6g", v);
  }
}
