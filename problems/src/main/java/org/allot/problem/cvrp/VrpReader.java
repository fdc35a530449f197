package org.allot.problem.cvrp;

import java.util.List;
import java.util.Locale;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.cvrp.VrpFile.Entry;
import org.allot.problem.cvrp.VrpFile.Section;
import org.allot.problem.io.TextScanner.Line;

/**
 * Gives meaning to a {@link VrpFile}: checks the header, reads the node, demand, depot and edge
 * weight sections, and numbers the nodes (the depot 0, the other nodes 1..n in the order of the
 * coordinate section, or of the demand section when there are no coordinates). One use only.
 */
final class VrpReader {
  private static final String SUPPORTED = "EUC_2D, EXPLICIT";

  private final VrpFile file;
  private final String stem;
  private int dimension;
  /** Per node index (0 = depot), the node's id in the file. */
  private int[] idOf;
  /** Per node id, its index. */
  private int[] indexOf;

  VrpReader(VrpFile file, String stem) {
    this.file = file;
    this.stem = stem;
  }

  CvrpInstance read() throws InstanceFormatException {
    checkType();
    dimension = integer("DIMENSION", 2, "the depot and at least one customer");
    int capacity = integer("CAPACITY", 1, "a positive vehicle capacity");
    Entry v = file.entry("VEHICLES");
    int vehicles = v == null ? 0 : parse(v, 0, "0 (unlimited) or more vehicles");
    EdgeWeightType type = edgeWeightType();
    Section coords = coordinates(type);
    Section demands = required("DEMAND_SECTION", "expected one line 'id demand' per node");
    int depot = depot(required("DEPOT_SECTION", "expected the depot's node id, then -1"));
    number(coords != null ? coords : demands, coords != null ? 3 : 2, depot);
    double[] x = null;
    double[] y = null;
    if (coords != null) {
      x = new double[dimension];
      y = new double[dimension];
      readCoordinates(coords, x, y);
    }
    int[] demand = readDemands(demands, capacity);
    DistanceMatrix distances = type == EdgeWeightType.EUC_2D ? DistanceMatrix.euclidean(x, y)
        : DistanceMatrix.explicit(matrix());
    Entry name = file.entry("NAME");
    return new CvrpInstance(name == null || name.value().isEmpty() ? stem : name.value(),
        capacity, demand, x, y, type, distances, vehicles);
  }

  private void checkType() throws InstanceFormatException {
    Entry t = file.entry("TYPE");
    if (t != null && !t.value().equalsIgnoreCase("CVRP")) {
      throw file.error(t, "TYPE '" + t.value() + "' is not supported; this reader reads"
          + " capacitated vehicle routing files (TYPE : CVRP)");
    }
  }

  private int integer(String key, int min, String expected) throws InstanceFormatException {
    Entry e = file.entry(key);
    if (e == null) {
      throw file.errorInHeader("the header has no " + key + "; expected '" + key + " : n' with "
          + expected);
    }
    return parse(e, min, expected);
  }

  private int parse(Entry e, int min, String expected) throws InstanceFormatException {
    int value;
    try {
      value = Integer.parseInt(e.value());
    } catch (NumberFormatException ex) {
      throw file.error(e, "expected an integer " + e.key() + ", found '" + e.value() + "'");
    }
    if (value < min) {
      throw file.error(e, e.key() + " must be at least " + min + " (" + expected + "), found "
          + value);
    }
    return value;
  }

  private EdgeWeightType edgeWeightType() throws InstanceFormatException {
    Entry e = file.entry("EDGE_WEIGHT_TYPE");
    if (e == null) {
      throw file.errorInHeader("the header has no EDGE_WEIGHT_TYPE; supported: " + SUPPORTED
          + ". Maybe add 'EDGE_WEIGHT_TYPE : EUC_2D'");
    }
    return switch (e.value().toUpperCase(Locale.ROOT)) {
      case "EUC_2D" -> EdgeWeightType.EUC_2D;
      case "EXPLICIT" -> EdgeWeightType.EXPLICIT;
      default -> throw file.error(e, "EDGE_WEIGHT_TYPE '" + e.value() + "' is not supported;"
          + " supported: " + SUPPORTED + " (with EDGE_WEIGHT_FORMAT "
          + EdgeWeightFormat.names() + "). Maybe convert the distances to an explicit matrix");
    };
  }

  /** The coordinate section: required for EUC_2D, optional (display only) for EXPLICIT. */
  private Section coordinates(EdgeWeightType type) throws InstanceFormatException {
    if (type == EdgeWeightType.EUC_2D) {
      return required("NODE_COORD_SECTION", "EDGE_WEIGHT_TYPE EUC_2D needs one line 'id x y'"
          + " per node");
    }
    Section s = file.section("NODE_COORD_SECTION");
    return s != null ? s : file.section("DISPLAY_DATA_SECTION");
  }

  private Section required(String name, String what) throws InstanceFormatException {
    Section s = file.section(name);
    if (s == null) {
      throw file.errorAtEnd("the file has no " + name + "; " + what);
    }
    return s;
  }

  private int depot(Section s) throws InstanceFormatException {
    int depot = 0;
    Line terminated = null;
    for (Line l : s.lines()) {
      for (int k = 0; k < l.size(); k++) {
        int id = l.intAt(k, "depot id");
        if (terminated != null) {
          throw l.errorAt(k, "expected nothing after the -1 that ends DEPOT_SECTION, found '"
              + l.token(k).text() + "'");
        } else if (id == -1) {
          terminated = l;
        } else if (depot != 0) {
          throw l.errorAt(k, "a second depot " + id + "; only single-depot CVRP is supported");
        } else if (id < 1 || id > dimension) {
          throw l.errorAt(k, "unknown depot node id " + id + "; node ids run 1.." + dimension
              + " (DIMENSION)");
        } else {
          depot = id;
        }
      }
    }
    if (depot == 0) {
      throw file.errorAfter(s, "DEPOT_SECTION names no depot; expected the depot's node id"
          + " (for example 1), then -1");
    }
    return depot;
  }

  /** Numbers the nodes: the depot 0, the others in the order of {@code s}. */
  private void number(Section s, int width, int depot) throws InstanceFormatException {
    checkLines(s, width);
    idOf = new int[dimension];
    indexOf = new int[dimension + 1];
    int next = 1;
    for (Line l : s.lines()) {
      int id = l.intAt(0, "node id");
      if (id == depot) {
        indexOf[id] = 0;
      } else {
        idOf[next] = id;
        indexOf[id] = next++;
      }
    }
    idOf[0] = depot;
  }

  /** Checks a node section: DIMENSION lines of {@code width} tokens, ids 1..DIMENSION once. */
  private void checkLines(Section s, int width) throws InstanceFormatException {
    List<Line> lines = s.lines();
    if (lines.size() > dimension) {
      throw lines.get(dimension).errorAtLine(s.name() + " has more than " + dimension
          + " node lines; DIMENSION is " + dimension);
    }
    if (lines.size() < dimension) {
      throw file.errorAfter(s, s.name() + " has " + lines.size() + " node lines, expected "
          + dimension + " (DIMENSION)");
    }
    int[] firstLine = new int[dimension + 1];
    String shape = width == 3 ? "id x y" : "id demand";
    for (Line l : lines) {
      if (l.size() != width) {
        throw l.errorAt(Math.min(l.size(), width), "expected '" + shape + "' (" + width
            + " numbers) in " + s.name() + ", found " + l.size());
      }
      int id = l.intAt(0, "node id");
      if (id < 1 || id > dimension) {
        throw l.errorAt(0, "unknown node id " + id + " in " + s.name() + "; node ids run 1.."
            + dimension + " (DIMENSION)");
      }
      if (firstLine[id] != 0) {
        throw l.errorAt(0, "node id " + id + " appears twice in " + s.name()
            + ", first on line " + firstLine[id]);
      }
      firstLine[id] = l.number();
    }
  }

  private void readCoordinates(Section s, double[] x, double[] y) throws InstanceFormatException {
    for (Line l : s.lines()) {
      int id = l.intAt(0, "node id");
      x[indexOf[id]] = l.doubleAt(1, "as x of node " + id);
      y[indexOf[id]] = l.doubleAt(2, "as y of node " + id);
    }
  }

  private int[] readDemands(Section s, int capacity) throws InstanceFormatException {
    checkLines(s, 2);
    int[] demand = new int[dimension];
    for (Line l : s.lines()) {
      int id = l.intAt(0, "node id");
      int d = l.intAt(1, "demand of node " + id);
      if (id == idOf[0] && d != 0) {
        throw l.errorAt(1, "the depot (node " + id + ") has demand " + d + "; expected 0");
      }
      if (d < 0) {
        throw l.errorAt(1, "demand " + d + " of node " + id + " is negative; expected >= 0");
      }
      if (d > capacity) {
        throw l.errorAt(1, "demand " + d + " of node " + id + " exceeds CAPACITY " + capacity
            + ": no vehicle can serve it");
      }
      demand[indexOf[id]] = d;
    }
    return demand;
  }

  /** The explicit matrix, in node index order. */
  private int[][] matrix() throws InstanceFormatException {
    EdgeWeightFormat format = edgeWeightFormat();
    Section s = required("EDGE_WEIGHT_SECTION", "EDGE_WEIGHT_TYPE EXPLICIT needs the "
        + format + " distances");
    int[][] byId = ExplicitMatrix.read(file, s, format, dimension);
    int[][] m = new int[dimension][dimension];
    for (int a = 0; a < dimension; a++) {
      for (int b = 0; b < dimension; b++) {
        m[a][b] = byId[idOf[a] - 1][idOf[b] - 1];
      }
    }
    return m;
  }

  private EdgeWeightFormat edgeWeightFormat() throws InstanceFormatException {
    Entry e = file.entry("EDGE_WEIGHT_FORMAT");
    if (e == null) {
      throw file.errorInHeader("EDGE_WEIGHT_TYPE EXPLICIT needs an EDGE_WEIGHT_FORMAT; supported: "
          + EdgeWeightFormat.names());
    }
    try {
      return EdgeWeightFormat.valueOf(e.value().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw file.error(e, "EDGE_WEIGHT_FORMAT '" + e.value() + "' is not supported; supported: "
          + EdgeWeightFormat.names());
    }
  }
}
