package org.allot.cli.jobshop;

import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Rgb;
import org.allot.plot.Ticks;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/**
 * A Gantt chart of a job-shop schedule: one row per machine, one bar per operation coloured by
 * job and labelled with the job's number (0-based, as in the result JSON) where it fits, a time
 * axis, and a red line at the makespan.
 */
public final class GanttChart {
  /** The picture's width in pixels. */
  public static final int WIDTH = 1200;
  private static final int LEFT = 60;
  private static final int RIGHT = 30;
  private static final int TOP = 64;
  private static final int BOTTOM = 48;

  private final JobShopInstance instance;
  private final JobShopSchedule schedule;
  private final int makespan;
  private final double rowHeight;

  public GanttChart(JobShopInstance instance, JobShopSchedule schedule) {
    this.instance = instance;
    this.schedule = schedule;
    this.makespan = Math.max(1, schedule.makespan(instance));
    this.rowHeight = Math.clamp(720.0 / instance.machines(), 12, 30);
  }

  /** The picture's height in pixels, which depends on the number of machines. */
  public int height() {
    return (int) Math.ceil(TOP + rowHeight * instance.machines() + BOTTOM);
  }

  /** The instance's size in words: {@code 6 jobs x 6 machines}. */
  public String size() {
    return instance.jobs() + " jobs x " + instance.machines() + " machines";
  }

  /** Draws the chart, titled {@code title}, on a canvas of {@link #WIDTH} x {@link #height()}. */
  public void draw(Canvas c, String title) {
    c.text(LEFT, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    rows(c);
    axis(c);
    operations(c);
    makespanLine(c);
  }

  /** Time to x; the axis runs 2% past the makespan so that its line stands clear. */
  private double x(double time) {
    return LEFT + time * (WIDTH - LEFT - RIGHT) / (makespan * 1.02);
  }

  private double rowTop(int machine) {
    return TOP + machine * rowHeight;
  }

  private void rows(Canvas c) {
    double labelSize = Math.min(13, rowHeight * 0.6);
    for (int m = 0; m < instance.machines(); m++) {
      Rgb band = m % 2 == 0 ? new Rgb(246, 246, 246) : Rgb.WHITE;
      c.rect(LEFT, rowTop(m), WIDTH - LEFT - RIGHT, rowHeight, band, band);
      c.text(LEFT - 8, rowTop(m) + rowHeight / 2 + labelSize * 0.35, "M" + m, labelSize, false,
          Rgb.BLACK, Anchor.END);
    }
  }

  private void axis(Canvas c) {
    double bottom = rowTop(instance.machines());
    long step = Ticks.step(makespan, 12);
    for (long t = 0; t <= makespan; t += step) {
      c.line(x(t), TOP, x(t), bottom, Rgb.LIGHT_GREY, 1);
      c.line(x(t), bottom, x(t), bottom + 5, Rgb.BLACK, 1);
      c.text(x(t), bottom + 19, Long.toString(t), 12, false, Rgb.BLACK, Anchor.MIDDLE);
    }
    c.line(LEFT, bottom, WIDTH - RIGHT, bottom, Rgb.BLACK, 1);
    c.text(WIDTH - RIGHT, bottom + 38, "time", 12, false, Rgb.GREY, Anchor.END);
  }

  private void operations(Canvas c) {
    double size = Math.min(12, rowHeight * 0.5);
    int jobs = Math.min(instance.jobs(), schedule.start().length);
    int[][] start = schedule.start();
    for (int j = 0; j < jobs; j++) {
      Rgb colour = Rgb.distinct(j);
      String label = Integer.toString(j);
      for (int o = 0; o < Math.min(start[j].length, instance.operations(j)); o++) {
        double x0 = x(start[j][o]);
        double w = x(start[j][o] + instance.durationOf(j, o)) - x0;
        double y = rowTop(instance.machineOf(j, o)) + 2;
        c.rect(x0, y, w, rowHeight - 4, colour, Rgb.WHITE);
        if (w >= c.textWidth(label, size) + 4) {
          c.text(x0 + w / 2, y + (rowHeight - 4) / 2 + size * 0.36, label, size, false,
              Rgb.BLACK, Anchor.MIDDLE);
        }
      }
    }
  }

  private void makespanLine(Canvas c) {
    double xm = x(makespan);
    c.line(xm, TOP - 14, xm, rowTop(instance.machines()), Rgb.RED, 2);
    c.text(xm - 4, TOP - 4, "makespan " + makespan, 13, true, Rgb.RED, Anchor.END);
  }
}
