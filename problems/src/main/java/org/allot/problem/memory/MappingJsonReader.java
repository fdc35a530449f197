package org.allot.problem.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader.Node;

/** Turns a parsed Allot memory JSON document into an instance, locating every schema error. */
final class MappingJsonReader {
  private final Map<String, Integer> index = new HashMap<>();

  private String[] ids;
  private int[] lower;
  private int[] upper;
  private long[] size;
  private int[] alignment;

  MemoryInstance read(Node root, String defaultName) throws InstanceFormatException {
    String top = "the document";
    root.allowOnly(top, "problem", "name", "capacity", "buffers", "cost");
    Node problem = root.field("problem", top);
    if (!"memory".equals(problem.value())) {
      throw problem.error("expected \"problem\": \"memory\", found " + problem.kind());
    }
    Node nameNode = root.optionalField("name", top);
    String name = nameNode == null ? defaultName : nameNode.string("name");
    Node capNode = root.field("capacity", top);
    long capacity = capNode.integer("capacity");
    if (capacity <= 0) {
      throw capNode.error("capacity must be positive (bytes), found " + capacity);
    }
    List<Node> buffers = root.field("buffers", top).array("buffers");
    allocate(buffers.size());
    for (int i = 0; i < buffers.size(); i++) {
      buffer(buffers.get(i), i, capacity);
    }
    Node cost = root.optionalField("cost", top);
    CostModel model = cost == null ? null : cost(cost, buffers.size());
    try {
      return new MemoryInstance(name, capacity, ids, lower, upper, size, alignment, model);
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  private void allocate(int n) {
    ids = new String[n];
    lower = new int[n];
    upper = new int[n];
    size = new long[n];
    alignment = new int[n];
  }

  private void buffer(Node b, int i, long capacity) throws InstanceFormatException {
    String what = "buffer " + i;
    b.allowOnly(what, "id", "lower", "upper", "size", "alignment");
    Node idNode = b.field("id", what);
    ids[i] = id(idNode, what);
    Integer first = index.putIfAbsent(ids[i], i);
    if (first != null) {
      throw idNode.error("duplicate id \"" + ids[i] + "\" (first at buffer " + first + ")");
    }
    lower[i] = (int) range(b.field("lower", what), what + " lower", Integer.MIN_VALUE,
        Integer.MAX_VALUE - 1L);
    Node up = b.field("upper", what);
    upper[i] = (int) range(up, what + " upper", Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (upper[i] <= lower[i]) {
      throw up.error("upper " + upper[i] + " of " + what + " must exceed lower " + lower[i]
          + " (live ranges are half-open [lower, upper))");
    }
    Node sz = b.field("size", what);
    size[i] = range(sz, what + " size", 0, Long.MAX_VALUE);
    if (size[i] > capacity) {
      throw sz.error("size " + size[i] + " of " + what + " exceeds the capacity " + capacity);
    }
    Node al = b.optionalField("alignment", what);
    alignment[i] = al == null ? 1 : (int) range(al, what + " alignment", 1, Integer.MAX_VALUE);
  }

  private static String id(Node node, String what) throws InstanceFormatException {
    if (node.value() instanceof Long l) {
      return Long.toString(l);
    }
    String id = node.string(what + " id");
    if (id.isEmpty()) {
      throw node.error("empty id of " + what);
    }
    return id;
  }

  private CostModel cost(Node cost, int n) throws InstanceFormatException {
    String what = "cost";
    cost.allowOnly(what, "fastBandwidth", "slowBandwidth", "steps");
    Node fastNode = cost.field("fastBandwidth", what);
    double fast = fastNode.number("fastBandwidth");
    Node slowNode = cost.field("slowBandwidth", what);
    double slow = slowNode.number("slowBandwidth");
    if (!(slow > 0)) {
      throw slowNode.error("slowBandwidth must be positive (bytes per second), found " + slow);
    }
    if (!(fast >= slow)) {
      throw fastNode.error("fastBandwidth " + fast + " must be at least slowBandwidth " + slow);
    }
    List<Node> steps = cost.field("steps", what).array("steps");
    double[] compute = new double[steps.size()];
    int[][] readBuffer = new int[steps.size()][];
    long[][] readBytes = new long[steps.size()][];
    for (int t = 0; t < steps.size(); t++) {
      Node s = steps.get(t);
      String sw = "step " + t;
      s.allowOnly(sw, "compute", "reads");
      Node c = s.field("compute", sw);
      compute[t] = c.number(sw + " compute");
      if (compute[t] < 0) {
        throw c.error("compute time of " + sw + " must be >= 0 seconds, found " + compute[t]);
      }
      Node reads = s.optionalField("reads", sw);
      List<Node> list = reads == null ? List.of() : reads.array(sw + " reads");
      readBuffer[t] = new int[list.size()];
      readBytes[t] = new long[list.size()];
      for (int k = 0; k < list.size(); k++) {
        read(list.get(k), sw + " read " + k, t, k, readBuffer, readBytes);
      }
    }
    return new CostModel(n, fast, slow, compute, readBuffer, readBytes);
  }

  private void read(Node r, String what, int t, int k, int[][] buffer, long[][] bytes)
      throws InstanceFormatException {
    r.allowOnly(what, "buffer", "bytes");
    Node b = r.field("buffer", what);
    String id = id(b, what);
    Integer i = index.get(id);
    if (i == null) {
      throw b.error(what + " names buffer \"" + id + "\", which is not in \"buffers\"");
    }
    buffer[t][k] = i;
    bytes[t][k] = range(r.field("bytes", what), what + " bytes", 0, Long.MAX_VALUE);
  }

  private static long range(Node node, String what, long min, long max)
      throws InstanceFormatException {
    long v = node.integer(what);
    if (v < min || v > max) {
      throw node.error(what + " " + v + " is out of range " + min + ".." + max);
    }
    return v;
  }
}
