package org.allot.cli.rmab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allot.cli.JsonShape;
import org.allot.cli.SolutionCodec;
import org.allot.cli.UserError;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabEpisodes;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSolution;

/**
 * The JSON form of recorded restless-bandit episodes:
 * <pre>{@code
 * {"episodes": 50, "ci95": 0.56, "returns": [per episode], "seeds": [per episode],
 *  "chosen": [[[acted arms] per step] per episode], "witness": [[[witness] per step] per episode]}
 * }</pre>
 * {@code seeds}, {@code chosen} and {@code witness} are the solution (one episode per line in
 * the pretty-printed file); {@code episodes}, {@code ci95} (the
 * half-width of the 95 % Student-t confidence interval of the mean return, null for one
 * episode) and {@code returns} are derived, written for readers, and ignored on reading except
 * that {@code episodes} must match. On reading, seeds must be integers and {@code chosen} and
 * {@code witness} arrays of the same shape down to the step, holding integer arrays; feasibility and episode lengths are the evaluator's business.
 */
public final class RmabCodec implements SolutionCodec<RmabInstance, RmabSolution> {
  @Override
  public String problemId() {
    return Rmab.ID;
  }

  @Override
  public String objectiveName() {
    return "mean return";
  }

  /** {@code mean return 12.34 ± 0.56 (95% CI, 50 episodes)}. */
  @Override
  public String summary(RmabInstance instance, RmabSolution solution, double objective) {
    double[] r = RmabEpisodes.returns(instance, solution);
    return "mean return " + Interval.of(r).format(objective);
  }

  @Override
  public JsonNode write(RmabInstance instance, RmabSolution solution) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    double[] returns = RmabEpisodes.returns(instance, solution);
    ObjectNode o = f.objectNode();
    o.put("episodes", solution.episodes());
    double ci = Interval.of(returns).halfWidth();
    if (Double.isFinite(ci)) {
      o.put("ci95", ci);
    } else {
      o.putNull("ci95");
    }
    ArrayNode ret = o.putArray("returns");
    for (double v : returns) {
      ret.add(v);
    }
    ArrayNode seeds = o.putArray("seeds");
    for (long s : solution.seeds()) {
      seeds.add(s);
    }
    ArrayNode chosen = o.putArray("chosen");
    ArrayNode witness = o.putArray("witness");
    for (int e = 0; e < solution.episodes(); e++) {
      ArrayNode c = chosen.addArray();
      ArrayNode w = witness.addArray();
      for (int t = 0; t < solution.stepsOf(e); t++) {
        JointAction a = solution.actionAt(e, t);
        ints(c.addArray(), a.chosen());
        ints(w.addArray(), a.witness());
      }
    }
    return o;
  }

  private static void ints(ArrayNode into, int[] values) {
    for (int v : values) {
      into.add(v);
    }
  }

  @Override
  public RmabSolution read(RmabInstance instance, JsonNode solution, String fileName) {
    JsonShape.object(solution, "solution", fileName);
    long[] seeds = seeds(JsonShape.member(solution, "seeds", "solution.seeds", fileName),
        fileName);
    int[][][] chosen = episodes(solution, "chosen", seeds.length, fileName);
    int[][][] witness = episodes(solution, "witness", seeds.length, fileName);
    JsonNode count = solution.get("episodes");
    if (count != null && (!count.canConvertToInt() || count.intValue() != seeds.length)) {
      throw new UserError(fileName + ": solution.episodes: expected " + seeds.length
          + " (the number of seeds), found " + count);
    }
    JointAction[][] a = new JointAction[seeds.length][];
    for (int e = 0; e < seeds.length; e++) {
      if (witness[e].length != chosen[e].length) {
        throw new UserError(fileName + ": solution.witness[" + e + "]: expected one witness per"
            + " step of solution.chosen[" + e + "] (" + chosen[e].length + "), found "
            + witness[e].length);
      }
      a[e] = new JointAction[chosen[e].length];
      for (int t = 0; t < a[e].length; t++) {
        a[e][t] = new JointAction(chosen[e][t], witness[e][t]);
      }
    }
    return new RmabSolution(seeds, a);
  }

  private static long[] seeds(JsonNode node, String file) {
    if (!node.isArray() || node.isEmpty()) {
      throw JsonShape.mismatch(node, "solution.seeds", file,
          "a non-empty array of integer episode seeds");
    }
    long[] seeds = new long[node.size()];
    for (int e = 0; e < seeds.length; e++) {
      JsonNode v = node.get(e);
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw JsonShape.mismatch(v, "solution.seeds[" + e + "]", file, "a 64-bit integer seed");
      }
      seeds[e] = v.longValue();
    }
    return seeds;
  }

  /** {@code solution.key} as [episode][step][values], one episode per seed. */
  private static int[][][] episodes(JsonNode solution, String key, int count, String file) {
    String path = "solution." + key;
    JsonNode node = JsonShape.member(solution, key, path, file);
    if (!node.isArray()) {
      throw JsonShape.mismatch(node, path, file,
          "an array with one entry per episode, each an array of integer arrays (one per step)");
    }
    if (node.size() != count) {
      throw new UserError(file + ": " + path + ": expected one episode per seed (" + count
          + "), found " + node.size());
    }
    int[][][] out = new int[count][][];
    for (int e = 0; e < count; e++) {
      out[e] = JsonShape.intRows(node.get(e), path + "[" + e + "]", file);
    }
    return out;
  }
}
