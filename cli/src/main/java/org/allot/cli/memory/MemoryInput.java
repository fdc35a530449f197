package org.allot.cli.memory;

import java.io.IOException;
import java.nio.file.Path;
import org.allot.cli.UserError;
import org.allot.problem.Problems;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.problem.memory.MinimallocCsvFormat;

/** Reading memory instances with options the generic format detection does not have. */
public final class MemoryInput {
  private MemoryInput() {}

  /**
   * Reads {@code file} as a MiniMalloc CSV with the capacity {@code capacity} ({@code
   * --capacity}), which wins over one in the file name.
   *
   * @throws UserError when the capacity is not positive or the file is not a memory CSV
   * @throws org.allot.problem.InstanceFormatException with file:line:column for a bad row
   */
  public static Problems.Loaded<MemoryInstance, MemoryLayout> readWithCapacity(Path file,
      long capacity) throws IOException {
    if (capacity <= 0) {
      throw new UserError("--capacity " + capacity + ": expected a positive number of bytes,"
          + " for example --capacity 1048576");
    }
    String head = Problems.head(file);
    if (!MinimallocCsvFormat.INSTANCE.accepts(file, head)) {
      throw new UserError("--capacity applies to memory instances in MiniMalloc CSV form"
          + " (a .csv file with id,lower,upper,size columns) only; " + file + " is not one."
          + " Drop --capacity");
    }
    MemoryInstance instance = MinimallocCsvFormat.INSTANCE.read(file, capacity);
    Memory memory = (Memory) Problems.byId(Memory.ID);
    return new Problems.Loaded<>(memory, MinimallocCsvFormat.INSTANCE, instance);
  }
}
