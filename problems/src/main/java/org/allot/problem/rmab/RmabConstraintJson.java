package org.allot.problem.rmab;

import static org.allot.problem.rmab.RmabJsonReader.intIn;
import static org.allot.problem.rmab.RmabJsonReader.numbers;

import java.util.List;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.io.JsonReader.Node;
import org.allot.problem.io.JsonText;

/** Reads and writes the {@code "constraint"} object of {@link RmabJsonFormat}. */
final class RmabConstraintJson {
  private static final String WHAT = "\"constraint\"";

  private RmabConstraintJson() {}

  static ActionConstraint read(Node c, int arms) throws InstanceFormatException {
    String kind = c.field("kind", WHAT).string(WHAT + " \"kind\"");
    return switch (kind) {
      case "budget" -> {
        c.allowOnly(WHAT, "kind", "budget");
        yield new ActionConstraint.ArmBudget(budget(c, arms));
      }
      case "interventions" -> interventions(c, arms);
      case "path" -> path(c, arms);
      case "matching" -> matching(c, arms);
      case "capacity" -> capacity(c, arms);
      default -> throw c.field("kind", WHAT).error("unknown constraint kind \"" + kind
          + "\"; known kinds: budget, interventions, path, matching, capacity");
    };
  }

  private static int budget(Node c, int arms) throws InstanceFormatException {
    Node b = c.field("budget", WHAT);
    long v = b.integer(WHAT + " \"budget\"");
    if (v < 0) {
      throw b.error("\"budget\" must be >= 0, found " + v);
    }
    if (v > arms) {
      throw b.error("budget " + v + " is above the number of arms " + arms
          + "; use a budget in 0.." + arms);
    }
    return (int) v;
  }

  private static ActionConstraint interventions(Node c, int arms)
      throws InstanceFormatException {
    c.allowOnly(WHAT, "kind", "budget", "weight", "alpha", "beta", "x0");
    Node wn = c.field("weight", WHAT);
    List<Node> rows = wn.array("\"weight\"");
    if (rows.isEmpty()) {
      throw wn.error("\"weight\" must hold at least one intervention (a row of weights per arm)");
    }
    double[][] weight = new double[rows.size()][];
    for (int i = 0; i < weight.length; i++) {
      weight[i] = perArm(rows.get(i), "\"weight\" row " + i, arms);
      for (int j = 0; j < arms; j++) {
        if (weight[i][j] < 0) {
          throw rows.get(i).error("weight of intervention " + i + " on arm " + j
              + " must be >= 0, found " + weight[i][j]);
        }
      }
    }
    Node b = c.field("budget", WHAT);
    int budget = (int) Math.min(Integer.MAX_VALUE, b.integer(WHAT + " \"budget\""));
    if (budget < 1 || budget > weight.length) {
      throw b.error("budget " + budget + " must be in 1.." + weight.length
          + " (exactly this many of the " + weight.length + " interventions are chosen)");
    }
    double[] alpha = perArm(c.field("alpha", WHAT), "\"alpha\"", arms);
    double[] beta = perArm(c.field("beta", WHAT), "\"beta\"", arms);
    double[] x0 = perArm(c.field("x0", WHAT), "\"x0\"", arms);
    try {
      return new ActionConstraint.Interventions(budget, weight, alpha, beta, x0);
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
  }

  private static double[] perArm(Node n, String what, int arms) throws InstanceFormatException {
    List<Node> items = n.array(what);
    if (items.size() != arms) {
      throw n.error("expected " + what + " to have " + arms + " entries (one per arm), found "
          + items.size());
    }
    return numbers(n, what, arms);
  }

  private static ActionConstraint path(Node c, int arms) throws InstanceFormatException {
    c.allowOnly(WHAT, "kind", "budget", "maxSteps", "source", "edges");
    int budget = budget(c, arms);
    int maxSteps = intIn(c.field("maxSteps", WHAT), "\"maxSteps\"", 0, 1 << 20);
    Node sn = c.field("source", WHAT);
    int source = intIn(sn, "\"source\"", 0, arms - 1);
    Node en = c.field("edges", WHAT);
    List<Node> items = en.array("\"edges\"");
    int[][] edges = new int[items.size()][];
    for (int e = 0; e < edges.length; e++) {
      Node pair = items.get(e);
      List<Node> ends = pair.array("edge " + e);
      if (ends.size() != 2) {
        throw pair.error("expected edge " + e + " to be a pair [u, v], found " + ends.size()
            + " entries");
      }
      edges[e] = new int[2];
      for (int k = 0; k < 2; k++) {
        long v = ends.get(k).integer("edge " + e + " endpoint");
        if (v < 0 || v >= arms) {
          throw ends.get(k).error("edge " + e + " endpoint " + v + " is out of range; nodes are"
              + " the arms 0.." + (arms - 1));
        }
        edges[e][k] = (int) v;
      }
    }
    ActionConstraint.Path p = new ActionConstraint.Path(budget, maxSteps, source, edges);
    try {
      p.requireFits(arms);
    } catch (IllegalArgumentException e) {
      throw en.error(e.getMessage());
    }
    return p;
  }

  private static ActionConstraint matching(Node c, int arms) throws InstanceFormatException {
    c.allowOnly(WHAT, "kind", "budget", "slots", "armSlots", "workerSlots");
    int budget = budget(c, arms);
    int slots = intIn(c.field("slots", WHAT), "\"slots\"", 1, 1 << 16);
    boolean[][] armSlots = slotLists(c.field("armSlots", WHAT), "\"armSlots\"", slots);
    if (armSlots.length != arms) {
      throw c.field("armSlots", WHAT).error("expected \"armSlots\" to have " + arms
          + " entries (one slot list per arm), found " + armSlots.length);
    }
    boolean[][] workerSlots = slotLists(c.field("workerSlots", WHAT), "\"workerSlots\"", slots);
    return new ActionConstraint.Matching(budget, armSlots, workerSlots);
  }

  private static boolean[][] slotLists(Node n, String what, int slots)
      throws InstanceFormatException {
    List<Node> items = n.array(what);
    boolean[][] out = new boolean[items.size()][slots];
    for (int k = 0; k < out.length; k++) {
      for (Node s : items.get(k).array(what + " entry " + k)) {
        long v = s.integer(what + " slot");
        if (v < 0 || v >= slots) {
          throw s.error("slot " + v + " in " + what + " entry " + k + " is out of range 0.."
              + (slots - 1));
        }
        out[k][(int) v] = true;
      }
    }
    return out;
  }

  private static ActionConstraint capacity(Node c, int arms) throws InstanceFormatException {
    c.allowOnly(WHAT, "kind", "cost", "capacity");
    int[] cost = ints(c.field("cost", WHAT), "\"cost\"", 1);
    if (cost.length != arms) {
      throw c.field("cost", WHAT).error("expected \"cost\" to have " + arms
          + " entries (one per arm), found " + cost.length);
    }
    int[] capacity = ints(c.field("capacity", WHAT), "\"capacity\"", 0);
    return new ActionConstraint.Capacity(cost, capacity);
  }

  private static int[] ints(Node n, String what, int min) throws InstanceFormatException {
    List<Node> items = n.array(what);
    int[] out = new int[items.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = intIn(items.get(k), what + " entry " + k, min, Integer.MAX_VALUE);
    }
    return out;
  }

  static void write(ActionConstraint c, StringBuilder b) {
    b.append("  \"constraint\": {\n    \"kind\": \"").append(c.kind()).append('"');
    switch (c) {
      case ActionConstraint.ArmBudget a -> b.append(",\n    \"budget\": ").append(a.budget());
      case ActionConstraint.Interventions iv -> {
        b.append(",\n    \"budget\": ").append(iv.budget()).append(",\n    \"weight\": [");
        double[][] w = iv.weight();
        for (int i = 0; i < w.length; i++) {
          b.append(i == 0 ? "\n      " : ",\n      ");
          JsonText.numbers(b, w[i]);
        }
        b.append("\n    ],\n    \"alpha\": ");
        JsonText.numbers(b, iv.alpha()).append(",\n    \"beta\": ");
        JsonText.numbers(b, iv.beta()).append(",\n    \"x0\": ");
        JsonText.numbers(b, iv.x0());
      }
      case ActionConstraint.Path p -> {
        b.append(",\n    \"budget\": ").append(p.budget()).append(",\n    \"maxSteps\": ")
            .append(p.maxSteps()).append(",\n    \"source\": ").append(p.source())
            .append(",\n    \"edges\": [");
        for (int e = 0; e < p.edgeCount(); e++) {
          b.append(e == 0 ? "" : ", ").append('[').append(p.endpoint(e, 0)).append(", ")
              .append(p.endpoint(e, 1)).append(']');
        }
        b.append(']');
      }
      case ActionConstraint.Matching m -> {
        b.append(",\n    \"budget\": ").append(m.budget()).append(",\n    \"slots\": ")
            .append(m.slots()).append(",\n    \"armSlots\": ");
        slotLists(b, m.armSlots());
        b.append(",\n    \"workerSlots\": ");
        slotLists(b, m.workerSlots());
      }
      case ActionConstraint.Capacity k -> {
        b.append(",\n    \"cost\": ").append(java.util.Arrays.toString(k.cost()))
            .append(",\n    \"capacity\": ").append(java.util.Arrays.toString(k.capacity()));
      }
    }
    b.append("\n  }");
  }

  private static void slotLists(StringBuilder b, boolean[][] flags) {
    b.append('[');
    for (int k = 0; k < flags.length; k++) {
      b.append(k == 0 ? "[" : ", [");
      boolean first = true;
      for (int s = 0; s < flags[k].length; s++) {
        if (flags[k][s]) {
          b.append(first ? "" : ", ").append(s);
          first = false;
        }
      }
      b.append(']');
    }
    b.append(']');
  }
}
