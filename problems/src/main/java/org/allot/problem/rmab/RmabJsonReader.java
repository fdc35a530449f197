package org.allot.problem.rmab;

import java.util.List;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader.Node;

/** Reads the JSON tree of {@link RmabJsonFormat} into an instance, locating every error. */
final class RmabJsonReader {
  /** How far a probability row in a file may sum from 1 (it is then renormalised). */
  static final double FILE_TOLERANCE = 1e-6;

  RmabInstance read(Node root, String defaultName) throws InstanceFormatException {
    root.allowOnly("the instance", "problem", "name", "states", "horizon", "discount", "arms",
        "constraint");
    String problem = root.field("problem", "the instance").string("\"problem\"");
    if (!problem.equals("rmab")) {
      throw root.field("problem", "the instance").error("expected \"problem\": \"rmab\", found \""
          + problem + "\"");
    }
    Node nameNode = root.optionalField("name", "the instance");
    String name = nameNode == null ? defaultName : nameNode.string("\"name\"");
    int states = intIn(root.field("states", "the instance"), "\"states\"", 1, 1 << 20);
    int horizon = intIn(root.field("horizon", "the instance"), "\"horizon\"", 1, 1 << 30);
    Node dn = root.field("discount", "the instance");
    double discount = dn.number("\"discount\"");
    if (!(discount > 0 && discount <= 1)) {
      throw dn.error("\"discount\" must be in (0, 1], found " + discount);
    }
    Arms arms = arms(root.field("arms", "the instance"), states);
    Node cn = root.field("constraint", "the instance");
    ActionConstraint c = RmabConstraintJson.read(cn, arms.reward.length);
    try {
      return new RmabInstance(name, states, arms.passive, arms.active, arms.reward, arms.initial,
          horizon, discount, c);
    } catch (IllegalArgumentException e) {
      throw cn.error(e.getMessage());
    }
  }

  /** The per-arm arrays of the {@code "arms"} list. */
  private record Arms(double[][][] passive, double[][][] active, double[][] reward,
      double[][] initial) { }

  private static Arms arms(Node list, int states) throws InstanceFormatException {
    List<Node> nodes = list.array("\"arms\"");
    if (nodes.isEmpty()) {
      throw list.error("\"arms\" must hold at least one arm");
    }
    int n = nodes.size();
    Arms a = new Arms(new double[n][][], new double[n][][], new double[n][], new double[n][]);
    for (int j = 0; j < n; j++) {
      Node arm = nodes.get(j);
      String what = "arm " + j;
      arm.allowOnly(what, "passive", "active", "reward", "initial");
      a.passive[j] = matrix(arm.field("passive", what), what, "passive", states);
      a.active[j] = matrix(arm.field("active", what), what, "active", states);
      a.reward[j] = numbers(arm.field("reward", what), what + " \"reward\"", states);
      Node in = arm.field("initial", what);
      a.initial[j] = stochastic(in, numbers(in, what + " \"initial\"", states),
          "initial distribution of arm " + j);
    }
    return a;
  }

  private static double[][] matrix(Node m, String arm, String key, int states)
      throws InstanceFormatException {
    String what = arm + " \"" + key + "\"";
    List<Node> rows = m.array(what);
    if (rows.size() != states) {
      throw m.error("expected " + what + " to be a " + states + "x" + states
          + " matrix (one row per state), found " + rows.size() + " rows");
    }
    double[][] out = new double[states][];
    for (int s = 0; s < states; s++) {
      Node r = rows.get(s);
      double[] row = numbers(r, what + " row " + s, states);
      out[s] = stochastic(r, row, key + " transition row of " + arm + ", state " + s);
    }
    return out;
  }

  /** Checks a probability row and renormalises it when it is off by at most the tolerance. */
  static double[] stochastic(Node at, double[] row, String what) throws InstanceFormatException {
    double sum = 0;
    for (int s = 0; s < row.length; s++) {
      if (!(row[s] >= 0 && row[s] <= 1)) {
        throw at.error(what + ": probability " + row[s] + " of state " + s
            + " is not in [0, 1]");
      }
      sum += row[s];
    }
    if (Math.abs(sum - 1) > FILE_TOLERANCE) {
      throw at.error(what + " sums to " + Checks.round12(sum) + ", expected 1 (a row must be a probability"
          + " distribution over the next states)");
    }
    if (Math.abs(sum - 1) > RmabInstance.STOCHASTIC_TOLERANCE) {
      for (int s = 0; s < row.length; s++) {
        row[s] /= sum;
      }
    }
    return row;
  }

  static double[] numbers(Node n, String what, int expected) throws InstanceFormatException {
    List<Node> items = n.array(what);
    if (expected >= 0 && items.size() != expected) {
      throw n.error("expected " + what + " to have " + expected + " entries (one per state),"
          + " found " + items.size());
    }
    double[] out = new double[items.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = items.get(k).number(what + " entry " + k);
    }
    return out;
  }

  static int intIn(Node n, String what, int lo, int hi) throws InstanceFormatException {
    long v = n.integer(what);
    if (v < lo || v > hi) {
      throw n.error("expected " + what + " in " + lo + ".." + hi + ", found " + v);
    }
    return (int) v;
  }
}
