package org.allot.problem.cvrp;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.TextScanner;

/**
 * CVRPLIB's {@code .vrp} format (TSPLIB-95 with demands), the format of the A, B, E, F, M, P and
 * X sets.
 *
 * <p>Reading. Header lines {@code KEY : value} (split on the first colon, so {@code KEY: value}
 * works too; keys in any order; unknown keys such as COMMENT ignored): NAME (else the file
 * stem), TYPE (CVRP, or absent), DIMENSION (nodes, depot included), CAPACITY, EDGE_WEIGHT_TYPE
 * (EUC_2D, or EXPLICIT with an EDGE_WEIGHT_FORMAT of FULL_MATRIX, LOWER_ROW, LOWER_DIAG_ROW,
 * UPPER_ROW, UPPER_DIAG_ROW or a column-wise twin), and the optional VEHICLES (0 or absent: an
 * unlimited fleet). Sections: NODE_COORD_SECTION ({@code id x y}, decimals and negatives allowed;
 * required for EUC_2D, kept for display with EXPLICIT, where DISPLAY_DATA_SECTION serves too),
 * DEMAND_SECTION ({@code id demand}), DEPOT_SECTION (one node id, then {@code -1}; the depot may
 * be any node) and, for EXPLICIT, EDGE_WEIGHT_SECTION (integers wrapping across lines freely).
 * Other sections are skipped; {@code EOF} is optional and ends the file. Node ids run
 * {@code 1..DIMENSION}; the depot becomes node 0 and the other nodes become customers
 * {@code 1..n} in the order of the coordinate section (of the demand section without one).
 * CRLF, tabs, extra spaces and a byte-order mark are tolerated.
 *
 * <p>Writing gives EUC_2D instances with their coordinates (integral values without decimals)
 * and EXPLICIT ones as a FULL_MATRIX (coordinates, if any, as DISPLAY_DATA_SECTION), the depot as
 * node 1, so that reading gives the instance back. Stateless and thread-safe.
 */
public final class VrpFormat implements InstanceFormat<CvrpInstance> {
  /** The shared instance (stateless). */
  public static final VrpFormat INSTANCE = new VrpFormat();

  private VrpFormat() {}

  @Override
  public String name() {
    return "vrp";
  }

  /** Claims {@code .vrp} files, and files whose head has a NAME line and a DIMENSION key. */
  @Override
  public boolean accepts(Path file, String head) {
    String f = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (f.endsWith(".vrp")) {
      return true;
    }
    boolean name = false;
    boolean dimension = false;
    for (String line : head.lines().toList()) {
      String l = line.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
      int colon = l.indexOf(':');
      name |= l.startsWith("NAME");
      dimension |= colon > 0 && l.substring(0, colon).strip().equals("DIMENSION");
    }
    return name && dimension;
  }

  /**
   * Reads an instance.
   *
   * @throws InstanceFormatException with file:line:column when the file breaks the format:
   *     a missing key or section, an unsupported TYPE or EDGE_WEIGHT_TYPE, a node count that
   *     differs from DIMENSION, a duplicate or unknown node id, a non-numeric token, a demand
   *     above the capacity, or an explicit matrix that is short, long or not symmetric
   */
  @Override
  public CvrpInstance read(Path file) throws IOException {
    return read(TextScanner.open(file, (char) 0), stem(file));
  }

  CvrpInstance read(TextScanner in, String stem) throws InstanceFormatException {
    return new VrpReader(VrpFile.parse(in), stem).read();
  }

  static String stem(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot <= 0 ? f : f.substring(0, dot);
  }

  @Override
  public void write(CvrpInstance instance, Writer out) throws IOException {
    int nodes = instance.nodes();
    boolean euclidean = instance.edgeWeightType() == EdgeWeightType.EUC_2D;
    StringBuilder b = new StringBuilder();
    b.append("NAME : ").append(instance.name().replaceAll("\\R", " ")).append('\n')
        .append("TYPE : CVRP\n")
        .append("DIMENSION : ").append(nodes).append('\n');
    if (instance.vehicles() > 0) {
      b.append("VEHICLES : ").append(instance.vehicles()).append('\n');
    }
    b.append("EDGE_WEIGHT_TYPE : ").append(instance.edgeWeightType()).append('\n');
    if (!euclidean) {
      b.append("EDGE_WEIGHT_FORMAT : FULL_MATRIX\n");
      if (instance.hasCoordinates()) {
        b.append("DISPLAY_DATA_TYPE : TWOD_DISPLAY\n");
      }
    }
    b.append("CAPACITY : ").append(instance.capacity()).append('\n');
    if (instance.hasCoordinates()) {
      b.append(euclidean ? "NODE_COORD_SECTION\n" : "DISPLAY_DATA_SECTION\n");
      for (int i = 0; i < nodes; i++) {
        b.append(i + 1).append(' ').append(number(instance.xOf(i))).append(' ')
            .append(number(instance.yOf(i))).append('\n');
      }
    }
    out.write(b.toString());
    if (!euclidean) {
      writeMatrix(instance, out);
    }
    b.setLength(0);
    b.append("DEMAND_SECTION\n");
    for (int i = 0; i < nodes; i++) {
      b.append(i + 1).append(' ').append(instance.demandOf(i)).append('\n');
    }
    b.append("DEPOT_SECTION\n1\n-1\nEOF\n");
    out.write(b.toString());
  }

  private static void writeMatrix(CvrpInstance instance, Writer out) throws IOException {
    out.write("EDGE_WEIGHT_SECTION\n");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < instance.nodes(); i++) {
      b.setLength(0);
      for (int j = 0; j < instance.nodes(); j++) {
        b.append(j == 0 ? "" : " ").append(instance.distance(i, j));
      }
      out.write(b.append('\n').toString());
    }
  }

  /** An integral value without decimals, any other in Java's shortest exact form. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (v == 0 && Double.doubleToRawLongBits(v) != 0) ? "-0" : Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
