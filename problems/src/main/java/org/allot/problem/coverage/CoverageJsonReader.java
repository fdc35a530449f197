package org.allot.problem.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader.Node;

/** Turns a parsed Allot coverage JSON document into an instance, locating every schema error. */
final class CoverageJsonReader {
  private static final String TOP = "the document";

  private final Path dir;
  private int width = -1;
  private int height = -1;
  private boolean[] obstacle;

  CoverageJsonReader(Path dir) {
    this.dir = dir;
  }

  CoverageInstance read(Node root, String defaultName) throws IOException {
    root.allowOnly(TOP, "problem", "name", "width", "height", "start", "horizon", "footprint",
        "weights", "items", "requirements");
    Node problem = root.field("problem", TOP);
    if (!"coverage".equals(problem.value())) {
      throw problem.error("expected \"problem\": \"coverage\", found " + problem.kind());
    }
    Node nameNode = root.optionalField("name", TOP);
    String name = nameNode == null ? defaultName : nameNode.string("name");
    CoverageObjective objective = objective(root);
    checkSize(root, "width", width);
    checkSize(root, "height", height);
    int start = start(root.field("start", TOP));
    Node h = root.field("horizon", TOP);
    long horizon = h.integer("horizon");
    if (horizon < 0 || horizon > CoverageInstance.MAX_HORIZON) {
      throw h.error("horizon " + horizon + " must be in 0.." + CoverageInstance.MAX_HORIZON);
    }
    Node fp = root.optionalField("footprint", TOP);
    Footprint footprint = fp == null ? Footprint.SUBPO : footprint(fp);
    try {
      return new CoverageInstance(name, width, height, obstacle, objective, start,
          (int) horizon, footprint);
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  private CoverageObjective objective(Node root) throws IOException {
    Node weights = root.optionalField("weights", TOP);
    Node items = root.optionalField("items", TOP);
    Node req = root.optionalField("requirements", TOP);
    if ((weights == null) == (items == null)) {
      throw root.error(weights == null ? "missing key \"weights\" (weighted coverage) or"
          + " \"items\" (item collection)" : "give either \"weights\" or \"items\", not both");
    }
    if (weights != null) {
      if (req != null) {
        throw req.error("\"requirements\" goes with \"items\", not with \"weights\"");
      }
      return weights.value() instanceof String ref ? csv(weights, ref) : weights(weights);
    }
    if (req == null) {
      throw root.error("missing key \"requirements\" (one D_k per item type) next to \"items\"");
    }
    return items(items, req);
  }

  private CoverageObjective csv(Node node, String ref) throws IOException {
    Path file = dir.resolve(ref);
    if (!Files.isRegularFile(file)) {
      throw node.error("density CSV \"" + ref + "\" not found (looked for " + file + ")");
    }
    DensityCsvReader.Grid g = DensityCsvFormat.readGrid(file, file.toString());
    width = g.width();
    height = g.height();
    obstacle = g.obstacle();
    return new CoverageObjective.WeightedCoverage(g.weight());
  }

  private CoverageObjective weights(Node node) throws InstanceFormatException {
    List<Node> rows = rows(node, "weights");
    double[] w = new double[width * height];
    for (int y = 0; y < height; y++) {
      List<Node> row = rows.get(y).array("weights row " + y);
      for (int x = 0; x < width; x++) {
        Node v = row.get(x);
        int c = y * width + x;
        if (v.value() == null) {
          obstacle[c] = true;
          continue;
        }
        w[c] = v.number("the weight at x " + x + ", y " + y);
        if (w[c] < 0) {
          throw v.error("weight " + CoverageText.number(w[c]) + " at x " + x + ", y " + y
              + " is negative; weights must be >= 0 (null marks an obstacle)");
        }
      }
    }
    return new CoverageObjective.WeightedCoverage(w);
  }

  private CoverageObjective items(Node node, Node reqNode) throws InstanceFormatException {
    List<Node> reqs = reqNode.array("requirements");
    int[] req = new int[reqs.size()];
    for (int k = 0; k < req.length; k++) {
      long d = reqs.get(k).integer("requirement " + k);
      if (d < 0 || d > Integer.MAX_VALUE) {
        throw reqs.get(k).error("requirement " + d + " of item type " + k + " must be >= 0");
      }
      req[k] = (int) d;
    }
    List<Node> rows = rows(node, "items");
    int[] type = new int[width * height];
    for (int y = 0; y < height; y++) {
      List<Node> row = rows.get(y).array("items row " + y);
      for (int x = 0; x < width; x++) {
        Node v = row.get(x);
        int c = y * width + x;
        type[c] = -1;
        if (v.value() == null) {
          obstacle[c] = true;
          continue;
        }
        long t = v.integer("the item type at x " + x + ", y " + y);
        if (t < -1 || t >= req.length) {
          throw v.error("item type " + t + " at x " + x + ", y " + y + " must be -1 (none) or"
              + " in 0.." + (req.length - 1) + " (one per requirement)");
        }
        type[c] = (int) t;
      }
    }
    return new CoverageObjective.ItemCollection(type, req);
  }

  /** The rows of a grid, checked rectangular; sets width, height and the obstacle array. */
  private List<Node> rows(Node node, String key) throws InstanceFormatException {
    List<Node> rows = node.array(key);
    if (rows.isEmpty()) {
      throw node.error("\"" + key + "\" has no rows; expected one array per grid row");
    }
    height = rows.size();
    width = rows.getFirst().array(key + " row 0").size();
    if (width == 0) {
      throw rows.getFirst().error(key + " row 0 is empty; expected one value per column");
    }
    if ((long) width * height > CoverageInstance.MAX_CELLS) {
      throw node.error("grid " + width + " x " + height + " has more than "
          + CoverageInstance.MAX_CELLS + " cells");
    }
    for (int y = 1; y < height; y++) {
      int n = rows.get(y).array(key + " row " + y).size();
      if (n != width) {
        throw rows.get(y).error(key + " row " + y + " has " + n + " values, expected " + width
            + " as row 0; every row needs one value per column");
      }
    }
    obstacle = new boolean[width * height];
    return rows;
  }

  private void checkSize(Node root, String key, int actual) throws InstanceFormatException {
    Node n = root.optionalField(key, TOP);
    if (n != null && n.integer(key) != actual) {
      throw n.error("\"" + key + "\" is " + n.integer(key) + " but the grid has " + actual
          + (key.equals("width") ? " columns" : " rows"));
    }
  }

  private int start(Node node) throws InstanceFormatException {
    List<Node> xy = node.array("start");
    if (xy.size() != 2) {
      throw node.error("expected \"start\" to be [x, y], found " + xy.size() + " numbers");
    }
    long x = xy.get(0).integer("start x");
    long y = xy.get(1).integer("start y");
    if (x < 0 || y < 0 || x >= width || y >= height) {
      throw node.error("start [" + x + ", " + y + "] is outside the " + width + " x " + height
          + " grid (x in 0.." + (width - 1) + ", y in 0.." + (height - 1) + ")");
    }
    int c = (int) (y * width + x);
    if (obstacle[c]) {
      throw node.error("start [" + x + ", " + y + "] is an obstacle (null in the grid); choose"
          + " a free cell");
    }
    return c;
  }

  private static Footprint footprint(Node node) throws InstanceFormatException {
    node.allowOnly("footprint", "square", "disk");
    Node sq = node.optionalField("square", "footprint");
    Node disk = node.optionalField("disk", "footprint");
    if ((sq == null) == (disk == null)) {
      throw node.error("expected \"footprint\" to be {\"square\": K} or {\"disk\": R}");
    }
    try {
      return sq != null ? new Footprint.Square((int) Math.min(Integer.MAX_VALUE,
          sq.integer("square size"))) : new Footprint.Disk(disk.number("disk radius"));
    } catch (IllegalArgumentException e) {
      throw (sq != null ? sq : disk).error(e.getMessage());
    }
  }
}
