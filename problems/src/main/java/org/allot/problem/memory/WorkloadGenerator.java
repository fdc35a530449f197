package org.allot.problem.memory;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * Mapping instances that look like the buffers of compiled ML programs: one inference or
 * training step of an MLP, a CNN or a stack of transformer blocks, on an accelerator with a small
 * fast memory.
 *
 * <p>Time steps are ops: the forward ops in order; in training then a loss step, the backward ops
 * in reverse order and an optimizer step. Weights live over the whole program; an activation
 * from the op that writes it to its last reader (the next ops, and in training its producer's
 * backward op, which reads it again); in training, activation gradients appear in reverse order
 * (from the first backward op that writes them to the backward op of their producer) and weight
 * gradients live from their backward op to the optimizer. Sizes come from the layer shapes times
 * {@code dtypeBytes}. A step's compute time is its flops / (peak flops times an efficiency drawn
 * from [0.5, 1]); it moves every buffer it reads or writes once, in full. The capacity is
 * {@code capacityFraction} of the peak live bytes (at least the largest buffer, aligned up), so
 * that choices must be made.
 *
 * <p>Shapes: MLP, batch x width features, layer widths drawn from [width/2, 2 width]; CNN, batch
 * images of 3 x 32 x 32, {@code width} channels at first, kernels 3 (or 1), downsampling by 2
 * with doubled channels at random layers, then a 1000-class head; transformer, batch sequences of
 * 128 tokens, model width {@code width}, width/64 heads, feed-forward width 2 or 4 times the model
 * width drawn per block. Buffers per layer: MLP and CNN 2 in inference, 4 in training;
 * transformer blocks 10 and 20. So {@code depth} from a few to about 100 blocks gives tens to
 * thousands of buffers. The same generator and seed give the same instance.
 *
 * @param architecture the network family
 * @param mode inference (forward only) or training (forward, backward, update)
 * @param depth layers (MLP, CNN) or blocks (transformer), at least 1
 * @param width features, first channels or model width, at least 8
 * @param batch the batch size, at least 1
 * @param dtypeBytes bytes per element (2 for bf16), at least 1
 * @param capacityFraction capacity / peak live bytes, in (0, 1]
 * @param alignment the alignment of every buffer in bytes, at least 1
 * @param accelerator peak flops and bandwidths
 */
public record WorkloadGenerator(Architecture architecture, Mode mode, int depth, int width,
    int batch, int dtypeBytes, double capacityFraction, int alignment, Accelerator accelerator)
    implements Generator<MemoryInstance> {

  /** The network families. */
  public enum Architecture { MLP, CNN, TRANSFORMER }

  /** What one program does. */
  public enum Mode { INFERENCE, TRAINING }

  /**
   * An accelerator's speeds.
   *
   * @param peakFlops floating-point operations per second, positive
   * @param fastBandwidth on-chip memory bytes per second, at least the slow one
   * @param slowBandwidth off-chip (HBM-like) bytes per second, positive
   */
  public record Accelerator(double peakFlops, double fastBandwidth, double slowBandwidth) {
    /**
     * A TPU v4i-like chip: 138 TFLOP/s (bf16 peak) and 614 GB/s off-chip HBM, the published
     * figures of TPU v4i, with a fast on-chip memory assumed 10 times faster (6.14 TB/s; the
     * on-chip bandwidth is not published). The ridge points, 22 flops per byte from fast memory
     * and 225 from slow, put most ops between them: memory-bound while their operands are slow,
     * compute-bound once enough of them are fast, so savings are not additive per buffer.
     */
    public static final Accelerator TPU_LIKE = new Accelerator(1.38e14, 6.14e12, 6.14e11);

    public Accelerator {
      if (!(peakFlops > 0) || !(slowBandwidth > 0) || !(fastBandwidth >= slowBandwidth)
          || Double.isInfinite(fastBandwidth) || Double.isInfinite(peakFlops)) {
        throw new IllegalArgumentException("need finite 0 < peakFlops and 0 < slow <= fast"
            + " bandwidth, got " + peakFlops + ", " + slowBandwidth + ", " + fastBandwidth);
      }
    }
  }

  public WorkloadGenerator {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(accelerator, "accelerator");
    if (depth < 1 || width < 8 || batch < 1 || dtypeBytes < 1 || alignment < 1) {
      throw new IllegalArgumentException("need depth >= 1, width >= 8, batch >= 1, dtypeBytes"
          + " >= 1 and alignment >= 1, got depth " + depth + ", width " + width + ", batch "
          + batch + ", dtypeBytes " + dtypeBytes + ", alignment " + alignment);
    }
    if (!(capacityFraction > 0 && capacityFraction <= 1)) {
      throw new IllegalArgumentException("capacityFraction must be in (0, 1], got "
          + capacityFraction);
    }
  }

  /**
   * A workload with the defaults: width 512 (MLP), 32 (CNN) or 256 (transformer); batch 32, 8
   * or 4; bf16 (2 bytes); capacity a quarter of the peak live bytes; alignment 64; {@link
   * Accelerator#TPU_LIKE}.
   */
  public static WorkloadGenerator of(Architecture architecture, Mode mode, int depth) {
    int width = switch (architecture) {
      case MLP -> 512;
      case CNN -> 32;
      case TRANSFORMER -> 256;
    };
    int batch = switch (architecture) {
      case MLP -> 32;
      case CNN -> 8;
      case TRANSFORMER -> 4;
    };
    return new WorkloadGenerator(architecture, mode, depth, width, batch, 2, 0.25, 64,
        Accelerator.TPU_LIKE);
  }

  /** This generator with another capacity fraction. */
  public WorkloadGenerator withCapacityFraction(double fraction) {
    return new WorkloadGenerator(architecture, mode, depth, width, batch, dtypeBytes, fraction,
        alignment, accelerator);
  }

  @Override
  public MemoryInstance generate(RandomGenerator random) {
    return generate(random, defaultName());
  }

  /** An instance named {@code name}. */
  public MemoryInstance generate(RandomGenerator random, String name) {
    OpGraph g = switch (architecture) {
      case MLP -> OpGraph.mlp(depth, width, batch, random);
      case CNN -> OpGraph.cnn(depth, width, batch, random);
      case TRANSFORMER -> OpGraph.transformer(depth, width, batch, random);
    };
    return WorkloadProgram.build(name, g, mode == Mode.TRAINING, accelerator, dtypeBytes,
        capacityFraction, alignment, random);
  }

  /** For example {@code transformer-train-12}. */
  public String defaultName() {
    return architecture.name().toLowerCase(Locale.ROOT) + "-"
        + (mode == Mode.TRAINING ? "train" : "infer") + "-" + depth;
  }
}
