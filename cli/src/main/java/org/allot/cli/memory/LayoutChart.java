package org.allot.cli.memory;

import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Rgb;
import org.allot.plot.Ticks;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;

/**
 * A chart of a memory layout: time steps on x, addresses on y (0 at the bottom), one rectangle
 * per buffer in fast memory spanning {@code [lower, upper) x [offset, offset + size)}, and a red
 * line at the capacity. Buffers in slow memory are not drawn; the title counts them.
 */
final class LayoutChart {
  static final int WIDTH = 1000;
  static final int HEIGHT = 640;
  private static final int LEFT = 90;
  private static final int RIGHT = 30;
  private static final int TOP = 70;
  private static final int BOTTOM = 50;

  private final MemoryInstance instance;
  private final MemoryLayout layout;
  private final int horizon;
  private final double top;

  LayoutChart(MemoryInstance instance, MemoryLayout layout) {
    this.instance = instance;
    this.layout = layout;
    int end = 1;
    long high = instance.capacity();
    for (int i = 0; i < instance.buffers(); i++) {
      end = Math.max(end, instance.upperOf(i));
      if (i < layout.buffers() && !layout.isSlow(i)) {
        high = Math.max(high, layout.offsetOf(i) + instance.sizeOf(i));
      }
    }
    this.horizon = end;
    this.top = high * 1.04;
  }

  /** Buffers left in slow memory. */
  int slowCount() {
    int k = 0;
    for (int i = 0; i < layout.buffers(); i++) {
      k += layout.isSlow(i) ? 1 : 0;
    }
    return k;
  }

  void draw(Canvas c, String title) {
    c.text(LEFT, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    c.text(LEFT, 46, instance.buffers() + " buffers, capacity " + instance.capacity()
        + " bytes (red line); x: time step, y: address", 12, false, Rgb.GREY, Anchor.START);
    double w = WIDTH - LEFT - RIGHT;
    double h = HEIGHT - TOP - BOTTOM;
    c.rect(LEFT, TOP, w, h, Rgb.WHITE, Rgb.LIGHT_GREY);
    long yStep = Ticks.step(top, 8);
    for (long a = 0; a <= top; a += yStep) {
      c.line(LEFT - 4, y(a), LEFT, y(a), Rgb.GREY, 1);
      c.text(LEFT - 6, y(a) + 4, Long.toString(a), 11, false, Rgb.GREY, Anchor.END);
    }
    long xStep = Ticks.step(horizon, 10);
    for (long t = 0; t <= horizon; t += xStep) {
      c.line(x(t), TOP + h, x(t), TOP + h + 4, Rgb.GREY, 1);
      c.text(x(t), TOP + h + 18, Long.toString(t), 11, false, Rgb.GREY, Anchor.MIDDLE);
    }
    for (int i = 0; i < Math.min(layout.buffers(), instance.buffers()); i++) {
      if (layout.isSlow(i) || instance.sizeOf(i) == 0) {
        continue;
      }
      long o = layout.offsetOf(i);
      double x0 = x(instance.lowerOf(i));
      double x1 = x(instance.upperOf(i));
      double y0 = y(o + instance.sizeOf(i));
      double y1 = y(o);
      c.rect(x0, y0, Math.max(x1 - x0, 0.5), Math.max(y1 - y0, 0.5), Rgb.distinct(i),
          Rgb.BLACK);
    }
    c.line(LEFT, y(instance.capacity()), LEFT + w, y(instance.capacity()), Rgb.RED, 2);
  }

  private double x(double t) {
    return LEFT + t / horizon * (WIDTH - LEFT - RIGHT);
  }

  private double y(double address) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - address / top);
  }
}
