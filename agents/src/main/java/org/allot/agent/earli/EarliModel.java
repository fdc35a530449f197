package org.allot.agent.earli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.allot.agent.Weights;

/**
 * The shipped EARLI policy, {@code /models/earli/earli.bin} on the class path, trained by {@code
 * allot train earli} (the command and its checksum are in {@code models/earli/README.md}), and
 * policies from files. Thread-safe; the shipped file is read once.
 */
public final class EarliModel {
  /** The class-path resource of the shipped policy. */
  public static final String RESOURCE = "/models/earli/earli.bin";
  private static volatile Weights shipped;

  private EarliModel() {}

  /**
   * The shipped policy.
   *
   * @throws IllegalStateException when the resource is missing or unreadable
   * @throws IllegalArgumentException when it does not fit the network
   */
  public static Weights shipped() {
    Weights w = shipped;
    if (w == null) {
      try (InputStream in = EarliModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("no such resource; train one with 'allot train earli' and pass"
              + " it with -O weights=FILE");
        }
        w = checked(Weights.read(in, "class path " + RESOURCE), "the shipped policy " + RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the shipped EARLI policy " + RESOURCE + ": "
            + e.getMessage(), e);
      }
      shipped = w;
    }
    return w;
  }

  /**
   * Weights from a file written by {@code allot train earli}, checked against the network.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or does not fit
   */
  public static Weights file(Path file) {
    try {
      return checked(Weights.read(file), "weights file " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("option weights=" + file + ": cannot read it ("
          + e.getMessage() + "); expected a file written by 'allot train earli'", e);
    }
  }

  private static Weights checked(Weights weights, String what) {
    try {
      new EarliNetwork(weights);
      return weights;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not an EARLI policy of this version ("
          + e.getMessage() + "); expected " + EarliNetwork.FEATURES + " features per node,"
          + " width " + EarliNetwork.WIDTH + ", " + EarliNetwork.LAYERS + " layers, as 'allot"
          + " train earli' writes", e);
    }
  }
}
