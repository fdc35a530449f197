package org.allot.problem.cvrp;

import org.allot.problem.InstanceFormatException;
import org.allot.problem.cvrp.VrpFile.Section;
import org.allot.problem.io.TextScanner.Line;

/**
 * Reads an EDGE_WEIGHT_SECTION: integers in the order of an {@link EdgeWeightFormat}, wrapping
 * across lines freely, into a full symmetric matrix indexed by node id minus one. Checks that
 * entries are non-negative, the diagonal zero and a full matrix symmetric. One use only.
 */
final class ExplicitMatrix {
  private final VrpFile file;
  private final Section section;
  private final EdgeWeightFormat format;
  private final int n;
  private final int[][] m;
  private final boolean[][] set;
  private int line;
  private int token;

  private ExplicitMatrix(VrpFile file, Section section, EdgeWeightFormat format, int n) {
    this.file = file;
    this.section = section;
    this.format = format;
    this.n = n;
    this.m = new int[n][n];
    this.set = format == EdgeWeightFormat.FULL_MATRIX ? new boolean[n][n] : null;
  }

  /**
   * Reads the matrix; checks the entry count before it allocates, so that a huge DIMENSION with a
   * short section fails with a message instead of running out of memory.
   */
  static int[][] read(VrpFile file, Section section, EdgeWeightFormat format, int n)
      throws InstanceFormatException {
    long tokens = 0;
    for (Line l : section.lines()) {
      tokens += l.size();
    }
    if (tokens < format.entries(n)) {
      throw file.errorAfter(section, "EDGE_WEIGHT_SECTION ends early: a " + format
          + " matrix of DIMENSION " + n + " has " + format.entries(n) + " entries, found "
          + tokens);
    }
    return new ExplicitMatrix(file, section, format, n).read();
  }

  private int[][] read() throws InstanceFormatException {
    format.visit(n, this::cell);
    skipUsedLines();
    if (line < section.lines().size()) {
      Line l = section.lines().get(line);
      throw l.errorAt(token, "EDGE_WEIGHT_SECTION has more than the " + format.entries(n)
          + " entries of a " + format + " matrix of DIMENSION " + n + ", found '"
          + l.token(token).text() + "'");
    }
    return m;
  }

  private void skipUsedLines() {
    while (line < section.lines().size() && token >= section.lines().get(line).size()) {
      line++;
      token = 0;
    }
  }

  private void cell(int i, int j) throws InstanceFormatException {
    skipUsedLines();
    if (line == section.lines().size()) {
      throw file.errorAfter(section, "EDGE_WEIGHT_SECTION ends early: a " + format
          + " matrix of DIMENSION " + n + " has " + format.entries(n) + " entries");
    }
    Line l = section.lines().get(line);
    int k = token++;
    int d = l.intAt(k, "distance between nodes " + (i + 1) + " and " + (j + 1));
    if (d < 0) {
      throw l.errorAt(k, "distance " + d + " between nodes " + (i + 1) + " and " + (j + 1)
          + " is negative; expected >= 0");
    }
    if (i == j && d != 0) {
      throw l.errorAt(k, "distance " + d + " from node " + (i + 1) + " to itself; expected 0");
    }
    if (set != null && set[j][i] && m[j][i] != d) {
      throw l.errorAt(k, "the FULL_MATRIX is not symmetric: distance " + (i + 1) + "-" + (j + 1)
          + " is " + d + " but " + (j + 1) + "-" + (i + 1) + " is " + m[j][i]
          + "; CVRP distances must be symmetric");
    }
    m[i][j] = d;
    m[j][i] = d;
    if (set != null) {
      set[i][j] = true;
    }
  }
}
