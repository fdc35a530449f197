package org.allot.problem;

import java.util.List;

/**
 * A problem family's instance generators behind one {@link GeneratorSpec}: the parameters it
 * declares and the instances a spec gives. {@link Generators} finds one per family through
 * {@link Problem#generators()}. Implementations are stateless and thread-safe, and
 * deterministic: the same spec gives equal instances, which write to the same bytes.
 *
 * @param <I> the instance type
 */
public interface GeneratorFamily<I extends Instance> {
  /** The family's id, the spec's prefix: the {@link Problem#id()} of its problem. */
  String family();

  /** One line for the help: what the generators make. */
  String summary();

  /** The declared parameters, in the order the help lists them. */
  List<GeneratorParameter> parameters();

  /** Example specs for the help, the simplest first. */
  List<String> examples();

  /**
   * The instances of a checked spec, each named, no two with the same name.
   *
   * @throws GeneratorSpecException naming the parameter when a value is out of range or two
   *     parameters conflict
   */
  List<I> generate(GeneratorArguments arguments);

  /**
   * The spec of fresh instances of the same kind: {@code spec} with its seed moved on by
   * {@code offset} (training draws new instances each update with offsets 1, 2, ...). Specs
   * without randomness come back unchanged.
   *
   * @throws GeneratorSpecException when the spec's seed is not a whole number
   */
  default GeneratorSpec reseeded(GeneratorSpec spec, long offset) {
    long seed = new GeneratorArguments(spec, parameters()).seed();
    return spec.with("seed", Long.toString(seed + offset));
  }
}
