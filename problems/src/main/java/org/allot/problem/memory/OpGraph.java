package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The forward ops of a network in execution order, each with its flops, its weight and output
 * sizes (in elements) and the ops whose outputs it reads (-1 = the network's input). Built by
 * {@link #mlp}, {@link #cnn} and {@link #transformer} from layer shapes.
 */
final class OpGraph {
  /** Tokens per sequence of the transformer blocks. */
  static final int SEQUENCE = 128;
  /** Elements per head of the transformer blocks (heads = width / this, at least 1). */
  static final int HEAD_SIZE = 64;
  /** Image side of the CNN's input. */
  static final int IMAGE = 32;
  /** Classes of the CNN's classifier head. */
  static final int CLASSES = 1000;

  final long inputElements;
  final List<String> names = new ArrayList<>();
  final List<Long> flops = new ArrayList<>();
  final List<Long> weights = new ArrayList<>();
  final List<Long> outputs = new ArrayList<>();
  final List<int[]> inputs = new ArrayList<>();

  private OpGraph(long inputElements) {
    this.inputElements = inputElements;
  }

  int size() {
    return names.size();
  }

  private int add(String name, long opFlops, long weight, long output, int... from) {
    names.add(name);
    flops.add(opFlops);
    weights.add(weight);
    outputs.add(output);
    inputs.add(from);
    return names.size() - 1;
  }

  /** Dense layers with ReLU fused; widths drawn from [width/2, 2 width], multiples of 8. */
  static OpGraph mlp(int depth, int width, int batch, RandomGenerator random) {
    OpGraph g = new OpGraph((long) batch * width);
    long in = width;
    int prev = -1;
    for (int k = 0; k < depth; k++) {
      long out = 8L * random.nextLong(Math.max(1, width / 16), width / 4 + 2);
      prev = g.add("fc" + k, 2L * batch * in * out, in * out + out, (long) batch * out, prev);
      in = out;
    }
    return g;
  }

  /**
   * 2-D convolutions (kernel 3, or 1 with probability 1/3), downsampling by 2 with channels
   * doubled with probability 1/4 while the image is larger than 4, then a classifier head.
   */
  static OpGraph cnn(int depth, int width, int batch, RandomGenerator random) {
    OpGraph g = new OpGraph((long) batch * 3 * IMAGE * IMAGE);
    long channels = 3;
    long side = IMAGE;
    long next = width;
    int prev = -1;
    for (int k = 0; k < depth; k++) {
      long kernel = k > 0 && random.nextInt(3) == 0 ? 1 : 3;
      if (k > 0 && side > 4 && random.nextInt(4) == 0) {
        side /= 2;
        next = channels * 2;
      }
      long w = kernel * kernel * channels * next;
      prev = g.add("conv" + k, 2L * batch * side * side * w, w + next,
          (long) batch * next * side * side, prev);
      channels = next;
    }
    g.add("head", 2L * batch * channels * (side * side + CLASSES), channels * CLASSES + CLASSES,
        (long) batch * CLASSES, prev);
    return g;
  }

  /**
   * Transformer encoder blocks of model width {@code width} over {@link #SEQUENCE} tokens: fused
   * QKV projection, attention scores, context, output projection (+ residual), then a feed-forward
   * pair of hidden width 2 or 4 times the model width (+ residual).
   */
  static OpGraph transformer(int depth, int width, int batch, RandomGenerator random) {
    long d = width;
    long tokens = (long) batch * SEQUENCE;
    long heads = Math.max(1, width / HEAD_SIZE);
    OpGraph g = new OpGraph(tokens * d);
    int in = -1;
    for (int k = 0; k < depth; k++) {
      long f = d * (random.nextBoolean() ? 4 : 2);
      String b = "block" + k + ".";
      int qkv = g.add(b + "qkv", 2 * tokens * d * 3 * d, 3 * d * d, tokens * 3 * d, in);
      int scores = g.add(b + "scores", 2 * tokens * SEQUENCE * d, 0,
          batch * heads * SEQUENCE * SEQUENCE, qkv);
      int context = g.add(b + "context", 2 * tokens * SEQUENCE * d, 0, tokens * d, scores, qkv);
      int proj = g.add(b + "proj", 2 * tokens * d * d, d * d, tokens * d, context, in);
      int ffn1 = g.add(b + "ffn1", 2 * tokens * d * f, d * f, tokens * f, proj);
      in = g.add(b + "ffn2", 2 * tokens * f * d, f * d, tokens * d, ffn1, proj);
    }
    return g;
  }
}
