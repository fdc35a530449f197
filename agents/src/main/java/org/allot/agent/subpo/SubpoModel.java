package org.allot.agent.subpo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allot.agent.Weights;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageObjective;
import org.allot.problem.coverage.CoverageVariant;

/**
 * The shipped SubPO policies: one per bundled variant (nests, items, rooms) and credit rule,
 * trained on generated maps by {@code allot train subpo} (see {@code
 * models/subpo/README.md} on the class path for the commands), under {@code
 * /models/subpo/<variant>/<credit>.bin}. Thread-safe; each file is read once.
 */
public final class SubpoModel {
  private static final Map<String, Weights> CACHE = new ConcurrentHashMap<>();

  private SubpoModel() {}

  /** The class-path resource of the shipped policy for {@code variant} and {@code credit}. */
  public static String resource(CoverageVariant variant, Credit credit) {
    return "/models/subpo/" + variant.id() + "/" + credit.id() + ".bin";
  }

  /**
   * The variant whose shipped policy fits {@code instance} best: items for item collection,
   * rooms for weighted coverage with obstacles, nests otherwise.
   */
  public static CoverageVariant variantOf(CoverageInstance instance) {
    if (instance.objective() instanceof CoverageObjective.ItemCollection) {
      return CoverageVariant.ITEMS;
    }
    for (boolean o : instance.obstacle()) {
      if (o) {
        return CoverageVariant.ROOMS;
      }
    }
    return CoverageVariant.NESTS;
  }

  /**
   * The shipped policy of {@code variant} trained with {@code credit}.
   *
   * @throws UncheckedIOException when the resource is missing or corrupt
   */
  public static Weights shipped(CoverageVariant variant, Credit credit) {
    return CACHE.computeIfAbsent(resource(variant, credit), SubpoModel::read);
  }

  private static Weights read(String resource) {
    try (InputStream in = SubpoModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no such resource");
      }
      return Weights.read(in, "class path " + resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped SubPO model " + resource + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Weights from a file written by {@code allot train subpo}.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read
   */
  public static Weights file(Path file) {
    try {
      return Weights.read(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("option weights=" + file + ": cannot read it ("
          + e.getMessage() + "); expected a file written by 'allot train subpo'", e);
    }
  }
}
