package org.allot.problem.cvrp;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner;
import org.allot.problem.io.TextScanner.Line;

/**
 * A CVRPLIB solution file ({@code .sol}): the routes and the cost it states.
 *
 * <pre>
 * Route #1: 31 46 35
 * Route #2: 15 22 41 20
 * Cost 27591
 * </pre>
 *
 * Customers are numbered {@code 1..n} as in {@link CvrpInstance} (node id minus one when the
 * depot is node 1); the depot is not written. Reading accepts any route numbers (HGS writes its
 * vehicle indices), {@code Cost N}, {@code Cost: N} and {@code Cost : N}, and ignores other
 * lines ({@code Time 12.3}, comments). Writing numbers the non-empty routes consecutively from 1
 * and ends with {@code Cost N} when the cost is known. The stated cost is what the file says;
 * only {@link Cvrp#evaluate} tells the true one.
 *
 * @param solution the routes, in file order (empty {@code Route #k:} lines give empty routes)
 * @param cost the cost the file states, if any
 */
public record SolutionFile(CvrpSolution solution, OptionalLong cost) {
  public SolutionFile {
    Objects.requireNonNull(solution, "solution");
    Objects.requireNonNull(cost, "cost");
  }

  /** A solution with its cost recomputed under {@code instance} (no feasibility check). */
  public static SolutionFile of(CvrpInstance instance, CvrpSolution solution) {
    return new SolutionFile(solution, OptionalLong.of(solution.cost(instance)));
  }

  /** Whether a file looks like a {@code .sol}: its extension, or a first line {@code Route #}. */
  public static boolean accepts(Path file, String head) {
    if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".sol")) {
      return true;
    }
    return head.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
        .map(l -> l.regionMatches(true, 0, "Route #", 0, 7)).orElse(false);
  }

  /**
   * Reads a solution file of {@code instance}.
   *
   * @throws InstanceFormatException with file:line:column for a non-numeric customer or cost, a
   *     customer outside {@code 1..n}, a route line without a colon, two Cost lines, or a file
   *     without any route line
   * @throws IOException when the file cannot be read
   */
  public static SolutionFile read(Path file, CvrpInstance instance) throws IOException {
    return read(TextScanner.open(file, (char) 0), instance.customers());
  }

  static SolutionFile read(TextScanner in, int customers) throws InstanceFormatException {
    List<int[]> routes = new ArrayList<>();
    Line costLine = null;
    long cost = 0;
    for (Line l = in.next(); l != null; l = in.next()) {
      String first = l.token(0).text().toLowerCase(Locale.ROOT);
      if (first.startsWith("route")) {
        routes.add(route(l, customers));
      } else if (first.equals("cost") || first.equals("cost:")) {
        if (costLine != null) {
          throw l.errorAtLine("a second Cost line; the first is on line " + costLine.number());
        }
        costLine = l;
        cost = cost(l);
      }
    }
    if (routes.isEmpty()) {
      throw in.errorAtEnd("no route line; expected lines such as 'Route #1: 3 7 2'");
    }
    return new SolutionFile(new CvrpSolution(routes.toArray(int[][]::new)),
        costLine == null ? OptionalLong.empty() : OptionalLong.of(cost));
  }

  private static int[] route(Line l, int customers) throws InstanceFormatException {
    int colon = l.text().indexOf(':');
    if (colon < 0) {
      throw l.errorAtLine("expected 'Route #k: customers', found no colon");
    }
    int[] route = new int[l.size()];
    int k = 0;
    for (int t = 0; t < l.size(); t++) {
      if (l.token(t).column() <= colon + 1) {
        continue;
      }
      int c = l.intAt(t, "customer");
      if (c < 1 || c > customers) {
        throw l.errorAt(t, "unknown customer " + c + "; customers run 1.." + customers
            + " (the depot is not written)");
      }
      route[k++] = c;
    }
    return Arrays.copyOf(route, k);
  }

  /** The number after {@code Cost}, {@code Cost:} or {@code Cost :}. */
  private static long cost(Line l) throws InstanceFormatException {
    int t = l.size() > 1 && l.token(1).text().equals(":") ? 2 : 1;
    if (l.size() != t + 1) {
      throw l.errorAt(Math.min(l.size(), t + 1), "expected 'Cost N' with one number, found "
          + (l.size() - t) + " values");
    }
    String text = l.token(t).text();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      double d = l.doubleAt(t, "cost");
      if (d != Math.rint(d)) {
        throw l.errorAt(t, "expected an integer cost (CVRPLIB rounds distances), found '"
            + text + "'");
      }
      return (long) d;
    }
  }

  /** Writes the non-empty routes as {@code Route #1: ...} lines, then {@code Cost N} if known. */
  public void write(Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    int k = 0;
    for (int r = 0; r < solution.routeCount(); r++) {
      int[] route = solution.route(r);
      if (route.length == 0) {
        continue;
      }
      b.setLength(0);
      b.append("Route #").append(++k).append(':');
      for (int c : route) {
        b.append(' ').append(c);
      }
      out.write(b.append('\n').toString());
    }
    if (cost.isPresent()) {
      out.write("Cost " + cost.getAsLong() + "\n");
    }
  }
}
