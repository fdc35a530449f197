package org.allot.agent.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.allot.agent.Weights;
import org.allot.solver.SolverOptions;

/**
 * Where the dispatching solvers get their network: the weights shipped in
 * {@code models/dispatch/weights.bin} on the class path (see the README there), or a weights
 * file named by the solver option {@code weights}.
 */
final class DispatchModel {
  /** The class-path resource of the shipped weights. */
  static final String SHIPPED = "/models/dispatch/weights.bin";

  /** The option naming a weights file. */
  static final SolverOptions.Declared WEIGHTS = new SolverOptions.Declared("weights", "",
      "a weights file written by 'allot train dispatch' (default: the shipped model)");

  private static DispatchNetwork shipped;

  private DispatchModel() {}

  /**
   * The shipped network, read once.
   *
   * @throws UncheckedIOException when the resource is missing or corrupt
   */
  static synchronized DispatchNetwork shipped() {
    if (shipped == null) {
      try (InputStream in = DispatchModel.class.getResourceAsStream(SHIPPED)) {
        shipped = new DispatchNetwork(Weights.read(in, "class path " + SHIPPED));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped dispatch model " + SHIPPED
            + ": " + e.getMessage(), e);
      }
    }
    return shipped;
  }

  /** The network named by {@code options} ({@code weights=FILE}), else the shipped one. */
  static DispatchNetwork of(SolverOptions options) {
    String file = options.string(WEIGHTS.name(), "");
    if (file.isEmpty()) {
      return shipped();
    }
    try {
      return new DispatchNetwork(Weights.read(Path.of(file)));
    } catch (IOException e) {
      throw new IllegalArgumentException("option weights=" + file + ": cannot read it ("
          + e.getMessage() + "); expected a file written by 'allot train dispatch'", e);
    }
  }

  /** The declared options of a solver that takes only {@code weights}. */
  static List<SolverOptions.Declared> weightsOnly() {
    return List.of(WEIGHTS);
  }
}
