package org.allot.solver.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MinimallocCsvFormat;

/** The shared MiniMalloc instances, when the shared folder is present. */
final class MemoryTestInstances {
  static final Path CHALLENGING = Path.of("../../shared/instances/memory/minimalloc/challenging");
  static final String[] NAMES = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"};

  private MemoryTestInstances() {}

  /** Challenging instance {@code name} at capacity 1048576, or empty when the file is absent. */
  static Optional<MemoryInstance> challenging(String name) {
    Path file = CHALLENGING.resolve(name + ".1048576.csv");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MinimallocCsvFormat.INSTANCE.read(file));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
