package org.allot.cli.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allot.cli.JsonShape;
import org.allot.cli.SolutionCodec;
import org.allot.cli.UserError;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;

/**
 * The JSON form of a memory layout: {@code {"offsets": [0, 4, null, ...]}}, one entry per buffer
 * in the instance file's order: its offset in bytes in the fast memory, or {@code null} for a
 * buffer left in slow memory (mapping instances only). On reading, the length must match the
 * instance and each entry must be {@code null} or a non-negative integer; capacity, alignment
 * and overlaps are left to the evaluator.
 */
public final class MemoryCodec implements SolutionCodec<MemoryInstance, MemoryLayout> {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String objectiveName() {
    return "objective";
  }

  @Override
  public JsonNode write(MemoryInstance instance, MemoryLayout layout) {
    ArrayNode offsets = JsonNodeFactory.instance.arrayNode(layout.buffers());
    for (int i = 0; i < layout.buffers(); i++) {
      if (layout.isSlow(i)) {
        offsets.addNull();
      } else {
        offsets.add(layout.offsetOf(i));
      }
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("offsets", offsets);
    return o;
  }

  @Override
  public MemoryLayout read(MemoryInstance instance, JsonNode solution, String fileName) {
    JsonShape.object(solution, "solution", fileName);
    JsonNode node = JsonShape.member(solution, "offsets", "solution.offsets", fileName);
    if (!node.isArray()) {
      throw JsonShape.mismatch(node, "solution.offsets", fileName,
          "an array of offsets (integers, or null for a slow buffer)");
    }
    int n = instance.buffers();
    if (node.size() != n) {
      throw new UserError(fileName + ": solution.offsets: expected one entry per buffer of "
          + instance.name() + " (" + n + "), found " + node.size());
    }
    long[] offsets = new long[n];
    for (int i = 0; i < n; i++) {
      JsonNode v = node.get(i);
      String path = "solution.offsets[" + i + "]";
      if (v.isNull()) {
        offsets[i] = MemoryLayout.SLOW;
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        long o = v.longValue();
        if (o < 0) {
          throw new UserError(fileName + ": " + path + ": expected an offset >= 0 (or null for"
              + " a slow buffer), found " + o);
        }
        offsets[i] = o;
      } else {
        throw JsonShape.mismatch(v, path, fileName,
            "an integer offset >= 0, or null for a slow buffer");
      }
    }
    return new MemoryLayout(offsets);
  }
}
