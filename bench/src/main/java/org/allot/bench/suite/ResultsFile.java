package org.allot.bench.suite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allot.cli.AtomicFiles;

/**
 * A suite's {@code results.jsonl}: one {@link RunRecord} per line, appended as one write of one
 * whole line and forced to disk before {@link #append} returns, so that a crash or an interrupt
 * loses no finished run and leaves at most a torn last line. Opening for resume drops a torn
 * line and duplicate cells, keeping the first record of each cell. Thread-safe.
 */
final class ResultsFile implements AutoCloseable {
  /** The file's name in the results directory. */
  static final String NAME = "results.jsonl";

  private final Path path;
  private final FileChannel channel;
  private final Set<String> finished;
  private final int kept;
  private final int dropped;
  private boolean closed;

  private ResultsFile(Path path, Set<String> finished, int kept, int dropped) throws IOException {
    this.path = path;
    this.finished = finished;
    this.kept = kept;
    this.dropped = dropped;
    this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND);
  }

  /**
   * Opens {@code dir/results.jsonl} for appending, keeping its complete records. A torn last
   * line, a line that is not a record and a repeated cell are dropped; when any was, the file
   * is first rewritten atomically without them.
   *
   * @throws IOException when the file cannot be read or written
   */
  static ResultsFile open(Path dir) throws IOException {
    Path path = dir.resolve(NAME);
    Set<String> cells = new HashSet<>();
    if (!Files.exists(path)) {
      return new ResultsFile(path, cells, 0, 0);
    }
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    StringBuilder good = new StringBuilder();
    int dropped = 0;
    int kept = 0;
    // the last element is the text after the final '\n': empty, or a torn line
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k];
      if (line.isBlank()) {
        continue;
      }
      RunRecord r = k == lines.length - 1 ? null : parse(line);
      if (r == null || !cells.add(r.cell())) {
        dropped++;
        continue;
      }
      good.append(line).append('\n');
      kept++;
    }
    if (dropped > 0) {
      AtomicFiles.write(path, good.toString().getBytes(StandardCharsets.UTF_8));
    }
    return new ResultsFile(path, cells, kept, dropped);
  }

  private static RunRecord parse(String line) {
    try {
      return RunRecord.read(line);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The file. */
  Path path() {
    return path;
  }

  /** How many complete records the file held when opened. */
  int kept() {
    return kept;
  }

  /** How many lines were dropped when opened: torn, not a record, or a repeated cell. */
  int dropped() {
    return dropped;
  }

  /** True when the file holds a record of {@code cell}. */
  synchronized boolean isFinished(String cell) {
    return finished.contains(cell);
  }

  /**
   * Appends {@code record} as one line and forces it to disk. A record of a cell already in
   * the file, or one arriving after {@link #close}, is not written.
   *
   * @return true when it was written
   * @throws IOException when the disk refuses the write
   */
  synchronized boolean append(RunRecord record) throws IOException {
    if (closed || !finished.add(record.cell())) {
      return false;
    }
    ByteBuffer bytes = ByteBuffer.wrap((RunRecord.write(record) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
    return true;
  }

  /** Closes the file once the append in progress, if any, is done; later appends are ignored. */
  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      channel.close();
    }
  }

  /** The complete records in {@code dir/results.jsonl}, without the torn or repeated ones. */
  static List<RunRecord> read(Path dir) throws IOException {
    List<RunRecord> list = new ArrayList<>();
    Set<String> cells = new HashSet<>();
    for (RunRecord r : RunRecord.readAll(dir.resolve(NAME))) {
      if (cells.add(r.cell())) {
        list.add(r);
      }
    }
    return list;
  }
}
