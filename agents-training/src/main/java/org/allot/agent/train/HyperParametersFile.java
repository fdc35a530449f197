package org.allot.agent.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code hyper-parameters.txt}: a run's hyper-parameter record as its {@code toString} (every
 * field named), then any notes (the training and validation instances, say), one a line. Written
 * at the start of the run and printed on its log, so that the curve and the weights can always be
 * traced to what made them.
 */
public final class HyperParametersFile {
  /** The file's name in the output folder. */
  public static final String NAME = "hyper-parameters.txt";

  private HyperParametersFile() {}

  /**
   * Writes {@code out/hyper-parameters.txt} (the folder created) and prints it on {@code log}.
   *
   * @param hyperParameters the run's record of hyper-parameters
   * @param notes further lines, such as the instances trained on
   * @return the file written
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(Path out, Record hyperParameters, List<String> notes,
      PrintStream log) {
    StringBuilder text = new StringBuilder().append(hyperParameters).append(System.lineSeparator());
    for (String note : notes) {
      text.append(note).append(System.lineSeparator());
    }
    Path file = out.resolve(NAME);
    try {
      Files.createDirectories(out);
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    log.print("hyper-parameters: " + text);
    log.flush();
    return file;
  }
}
