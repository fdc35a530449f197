package org.allot.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A file format of one problem's instances: detection, reading and writing.
 *
 * @param <I> the instance type
 */
public interface InstanceFormat<I extends Instance> {
  /** A short name, for example {@code standard} or {@code taillard}. */
  String name();

  /**
   * Whether this format claims a file, judged from its name and its first characters. Detection
   * must be cheap and must not throw; the reader reports what is wrong in detail.
   *
   * @param file the file
   * @param head up to the first 4096 characters of the file
   */
  boolean accepts(Path file, String head);

  /**
   * Reads an instance.
   *
   * @throws InstanceFormatException with file:line:column when the content breaks the format
   * @throws IOException when the file cannot be read
   */
  I read(Path file) throws IOException;

  /** Writes {@code instance} in this format, so that {@link #read} gives it back. */
  void write(I instance, Writer out) throws IOException;
}
