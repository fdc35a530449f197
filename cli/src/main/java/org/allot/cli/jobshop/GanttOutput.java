package org.allot.cli.jobshop;

import java.io.IOException;
import java.nio.file.Path;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.plot.Canvas;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/** {@code allot solve --gantt FILE}: the schedule as a {@link GanttChart}, SVG or PNG. */
public final class GanttOutput implements ExtraOutput<JobShopInstance, JobShopSchedule> {
  @Override
  public String problemId() {
    return JobShop.ID;
  }

  @Override
  public String option() {
    return "--gantt";
  }

  @Override
  public String description() {
    return "a Gantt chart of a schedule";
  }

  @Override
  public void checkTarget(Path file) {
    ExtraOutput.pictureFormat(option(), file);
  }

  @Override
  public byte[] render(JobShopInstance instance, JobShopSchedule schedule, ResultEnvelope r,
      Path file) throws IOException {
    GanttChart chart = new GanttChart(instance, schedule);
    Canvas canvas = ExtraOutput.pictureFormat(option(), file)
        .canvas(GanttChart.WIDTH, chart.height());
    String verdict = r.status() + (r.feasible() ? "" : ", INFEASIBLE");
    chart.draw(canvas, r.instance() + " (" + chart.size() + ") by " + r.solver()
        + ": makespan " + number(r.objective()) + " (" + verdict + ")");
    return canvas.encode();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
