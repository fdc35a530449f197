package org.allot.problem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that does not follow its format. The message reads like a compiler error,
 * {@code ta01.txt:3:14: expected 15 durations on job 2, found 14}, so that editors and users can
 * jump to the place.
 */
public final class InstanceFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param file the file name as the user gave it
   * @param line 1-based line, or 0 when the error concerns the whole file
   * @param column 1-based column, or 0 when the error concerns the whole line
   * @param reason what was expected and what was found
   */
  public InstanceFormatException(String file, int line, int column, String reason) {
    super(format(file, line, column, reason));
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public InstanceFormatException(Path file, int line, int column, String reason) {
    this(String.valueOf(file), line, column, reason);
  }

  private static String format(String file, int line, int column, String reason) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(reason).toString();
  }

  public String file() {
    return file;
  }

  /** 1-based line, 0 for the whole file. */
  public int line() {
    return line;
  }

  /** 1-based column, 0 for the whole line. */
  public int column() {
    return column;
  }

  /** The message without the location. */
  public String reason() {
    return reason;
  }
}
