package org.allot.problem.memory;

import java.nio.file.Path;
import java.util.Locale;

/** File-name helpers shared by the memory formats. */
final class MemoryFiles {
  private MemoryFiles() {}

  /** The lower-case extension without the dot, or {@code ""}. */
  static String extension(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension. */
  static String stem(Path file) {
    String f = String.valueOf(file.getFileName());
    int dot = f.lastIndexOf('.');
    return dot <= 0 ? f : f.substring(0, dot);
  }
}
