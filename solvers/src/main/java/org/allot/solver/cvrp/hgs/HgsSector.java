package org.allot.solver.cvrp.hgs;

/**
 * Circle sectors around the depot, in HGS's integer angle unit (a full turn is 65536): a sector
 * runs counter-clockwise from {@code start} to {@code end}. SWAP* only pairs routes whose sectors
 * overlap. Stateless; the sectors themselves live in {@link HgsRoutes}' arrays.
 */
final class HgsSector {
  /** A full turn. */
  static final int TURN = 65536;

  private HgsSector() {}

  /** {@code i} modulo a full turn, in [0, 65536). */
  static int positiveMod(int i) {
    return (i % TURN + TURN) % TURN;
  }

  /** Whether {@code point} lies in the sector {@code [start, end]}. */
  static boolean encloses(int start, int end, int point) {
    return positiveMod(point - start) <= positiveMod(end - start);
  }

  /** Whether two sectors share a point. */
  static boolean overlap(int start1, int end1, int start2, int end2) {
    return positiveMod(start2 - start1) <= positiveMod(end1 - start1)
        || positiveMod(start1 - start2) <= positiveMod(end2 - start2);
  }

  /**
   * Whether extending the sector {@code [start, end]} to cover {@code point} moves its end (true)
   * or its start (false): the side that grows the sector least. Only meaningful when the point
   * is not enclosed yet.
   */
  static boolean extendsEnd(int start, int end, int point) {
    return positiveMod(point - end) <= positiveMod(start - point);
  }
}
