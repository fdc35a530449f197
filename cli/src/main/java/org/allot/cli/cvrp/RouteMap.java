package org.allot.cli.cvrp;

import java.util.Arrays;
import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Rgb;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;

/**
 * A map of a CVRP solution: each route as a closed polyline from the depot in a colour of its
 * own, each customer as a square in its route's colour whose area grows with its demand (grey
 * when no route visits it), and the depot as a larger black square. Coordinates keep their
 * aspect ratio, y pointing up. Needs an instance with coordinates.
 */
final class RouteMap {
  /** The picture's width in pixels. */
  static final int WIDTH = 900;
  /** The picture's height in pixels. */
  static final int HEIGHT = 940;
  private static final int MARGIN = 30;
  private static final int TOP = 64;
  private static final int AREA = WIDTH - 2 * MARGIN;
  private static final double DEPOT_SIDE = 13;

  private final CvrpInstance instance;
  private final CvrpSolution solution;
  private final double scale;
  private final double left;
  private final double top;
  private final double minX;
  private final double maxY;
  private final int maxDemand;

  RouteMap(CvrpInstance instance, CvrpSolution solution) {
    this.instance = instance;
    this.solution = solution;
    double lowX = Double.POSITIVE_INFINITY;
    double highX = Double.NEGATIVE_INFINITY;
    double lowY = Double.POSITIVE_INFINITY;
    double highY = Double.NEGATIVE_INFINITY;
    int most = 0;
    for (int i = 0; i < instance.nodes(); i++) {
      lowX = Math.min(lowX, instance.xOf(i));
      highX = Math.max(highX, instance.xOf(i));
      lowY = Math.min(lowY, instance.yOf(i));
      highY = Math.max(highY, instance.yOf(i));
      most = Math.max(most, instance.demandOf(i));
    }
    double spanX = Math.max(highX - lowX, 1e-9);
    double spanY = Math.max(highY - lowY, 1e-9);
    this.scale = highX > lowX || highY > lowY ? AREA / Math.max(spanX, spanY) : 1;
    this.left = MARGIN + (AREA - spanX * scale) / 2;
    this.top = TOP + (AREA - spanY * scale) / 2;
    this.minX = lowX;
    this.maxY = highY;
    this.maxDemand = Math.max(most, 1);
  }

  /** The number of non-empty routes. */
  int routeCount() {
    int k = 0;
    for (int r = 0; r < solution.routeCount(); r++) {
      k += solution.route(r).length > 0 ? 1 : 0;
    }
    return k;
  }

  /** Draws the map, titled {@code title}, on a canvas of {@link #WIDTH} x {@link #HEIGHT}. */
  void draw(Canvas c, String title) {
    c.text(MARGIN, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    c.text(MARGIN, 46, instance.customers() + " customers, capacity " + instance.capacity()
        + "; square area proportional to demand (largest " + maxDemand + "); black: the depot",
        12, false, Rgb.GREY, Anchor.START);
    int[] colourOf = routes(c);
    customers(c, colourOf);
    double side = DEPOT_SIDE;
    c.rect(x(0) - side / 2, y(0) - side / 2, side, side, Rgb.BLACK, Rgb.WHITE);
  }

  private double x(int node) {
    return left + (instance.xOf(node) - minX) * scale;
  }

  private double y(int node) {
    return top + (maxY - instance.yOf(node)) * scale;
  }

  /** Draws the routes; returns per customer the index of its route's colour, -1 if unvisited. */
  private int[] routes(Canvas c) {
    int n = instance.customers();
    int[] colourOf = new int[n + 1];
    Arrays.fill(colourOf, -1);
    double width = n <= 200 ? 2 : n <= 600 ? 1.4 : 1;
    int k = 0;
    for (int[] route : solution.routes()) {
      if (route.length == 0) {
        continue;
      }
      Rgb colour = Rgb.distinct(k);
      int previous = 0;
      for (int v : route) {
        if (v >= 1 && v <= n) {
          c.line(x(previous), y(previous), x(v), y(v), colour, width);
          colourOf[v] = k;
          previous = v;
        }
      }
      c.line(x(previous), y(previous), x(0), y(0), colour, width);
      k++;
    }
    return colourOf;
  }

  private void customers(Canvas c, int[] colourOf) {
    int n = instance.customers();
    double smallest = n <= 200 ? 4 : 3;
    double largest = n <= 200 ? 12 : 8;
    for (int v = 1; v <= n; v++) {
      double side = smallest + (largest - smallest)
          * Math.sqrt(instance.demandOf(v) / (double) maxDemand);
      Rgb fill = colourOf[v] < 0 ? Rgb.GREY : Rgb.distinct(colourOf[v]);
      c.rect(x(v) - side / 2, y(v) - side / 2, side, side, fill, darker(fill));
    }
  }

  private static Rgb darker(Rgb c) {
    return new Rgb(c.red() * 3 / 5, c.green() * 3 / 5, c.blue() * 3 / 5);
  }
}
