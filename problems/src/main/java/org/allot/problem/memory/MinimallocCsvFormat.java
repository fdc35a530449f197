package org.allot.problem.memory;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.allot.problem.InstanceFormat;
import org.allot.problem.InstanceFormatException;

/**
 * MiniMalloc's CSV ({@code google/minimalloc}): a header naming the columns {@code id},
 * {@code lower}, {@code upper} and {@code size} in any order, then one line per buffer, live over
 * the half-open range {@code [lower, upper)}. Optional columns: {@code alignment} (empty or
 * absent: 1), {@code offset} (a solver's output; ignored when reading an instance, read by
 * {@link #readOffsets}) and {@code hint} (ignored); a non-empty {@code gaps} field is refused.
 * Legacy headers are accepted: {@code buffer} or {@code buffer_id} for {@code id},
 * {@code begin} or {@code start} for {@code lower}, and {@code end}, an inclusive end, for
 * {@code upper} ({@code upper = end + 1}). Header names are case-insensitive; fields are trimmed;
 * blank lines, CRLF and a byte-order mark are tolerated; quoting is not supported.
 *
 * <p>The capacity is not in the file. It is the number before {@code .csv} in the file name
 * ({@code A.1048576.csv}), or given explicitly with {@link #read(Path, long)} (the CLI's
 * {@code --capacity}), which wins over the name. The instance's name is the file name without
 * {@code .csv} and without that capacity ({@code A}). Instances read here are packing instances:
 * the file holds no cost model. Stateless and thread-safe.
 */
public final class MinimallocCsvFormat implements InstanceFormat<MemoryInstance> {
  /** The shared instance (stateless). */
  public static final MinimallocCsvFormat INSTANCE = new MinimallocCsvFormat();

  private MinimallocCsvFormat() {}

  @Override
  public String name() {
    return "minimalloc";
  }

  /** Claims {@code .csv} files whose first line names one of MiniMalloc's columns. */
  @Override
  public boolean accepts(Path file, String head) {
    if (!MemoryFiles.extension(file).equals("csv")) {
      return false;
    }
    String first = head.replace("\uFEFF", "").strip().lines().findFirst().orElse("");
    for (String h : first.split(",", -1)) {
      if (CsvColumn.named(h.strip()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an instance whose capacity is in the file name ({@code X.<capacity>.csv}).
   *
   * @throws InstanceFormatException when the name holds no capacity, or with file:line:column
   *     when the content breaks the format: a missing or unknown column, a wrong number of
   *     fields, a non-numeric value, {@code upper <= lower}, a negative size, a size above the
   *     capacity or a duplicate id
   */
  @Override
  public MemoryInstance read(Path file) throws IOException {
    OptionalLong capacity = capacityInName(file);
    if (capacity.isEmpty()) {
      throw new InstanceFormatException(file, 0, 0, "no capacity: MiniMalloc files carry it in"
          + " their name; name the file X.<capacity>.csv (for example A.1048576.csv) or pass"
          + " the capacity explicitly (--capacity N)");
    }
    return read(file, capacity.getAsLong());
  }

  /**
   * Reads an instance with an explicit capacity, which wins over one in the file name.
   *
   * @param capacity the fast memory's size in bytes
   * @throws IllegalArgumentException when {@code capacity} is not positive
   * @throws InstanceFormatException as {@link #read(Path)}
   */
  public MemoryInstance read(Path file, long capacity) throws IOException {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    return new MinimallocCsvReader(CsvTable.read(file)).instance(nameOf(file), capacity);
  }

  /**
   * Reads the {@code offset} column of a solver's output (MiniMalloc's {@code --output} file)
   * as a layout of {@code instance}, matching rows to buffers by id. A buffer without a row, an
   * empty offset or {@code -1} is {@link MemoryLayout#SLOW}; the evaluator judges the rest.
   *
   * @throws InstanceFormatException with file:line:column for a missing id or offset column, an
   *     unknown or duplicate id, or a non-numeric offset
   */
  public MemoryLayout readOffsets(Path file, MemoryInstance instance) throws IOException {
    return new MinimallocCsvReader(CsvTable.read(file)).layout(instance);
  }

  /** The capacity in a file name {@code X.<capacity>.csv}, if any. */
  public static OptionalLong capacityInName(Path file) {
    if (!MemoryFiles.extension(file).equals("csv")) {
      return OptionalLong.empty();
    }
    String stem = MemoryFiles.stem(file);
    int dot = stem.lastIndexOf('.');
    String digits = stem.substring(dot + 1);
    if (dot <= 0 || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    try {
      long c = Long.parseLong(digits);
      return c > 0 ? OptionalLong.of(c) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The file name without {@code .csv} and without the capacity part. */
  static String nameOf(Path file) {
    String stem = MemoryFiles.stem(file);
    return capacityInName(file).isPresent() ? stem.substring(0, stem.lastIndexOf('.')) : stem;
  }

  /**
   * Writes the buffers of a packing instance ({@code id,lower,upper,size}, plus
   * {@code alignment} when a buffer needs one above 1). The capacity goes into the file name:
   * write to {@code name.<capacity>.csv}.
   *
   * @throws IllegalArgumentException when the instance has a cost model, which this format
   *     cannot hold (write {@link MappingJsonFormat}, or {@link MemoryInstance#asPacking()}),
   *     or an id that a CSV field cannot hold (empty, a comma, a line break, outer blanks)
   */
  @Override
  public void write(MemoryInstance instance, Writer out) throws IOException {
    if (instance.isMapping()) {
      throw new IllegalArgumentException("the minimalloc CSV cannot hold the cost model of "
          + instance.name() + "; write it as JSON, or write instance.asPacking()");
    }
    write(instance, null, out);
  }

  /**
   * Writes {@code instance}'s buffers with an {@code offset} column from {@code layout}
   * ({@code -1} for a slow buffer), as MiniMalloc's output does. A cost model is not written.
   *
   * @throws IllegalArgumentException when the layout's length differs from the instance's, or
   *     for an id that a CSV field cannot hold
   */
  public void write(MemoryInstance instance, MemoryLayout layout, Writer out) throws IOException {
    if (layout != null && layout.buffers() != instance.buffers()) {
      throw new IllegalArgumentException("the layout has " + layout.buffers()
          + " offsets, the instance " + instance.buffers() + " buffers");
    }
    boolean aligned = false;
    for (int i = 0; i < instance.buffers(); i++) {
      checkId(instance.idOf(i));
      aligned |= instance.alignmentOf(i) != 1;
    }
    StringBuilder b = new StringBuilder("id,lower,upper,size");
    b.append(aligned ? ",alignment" : "").append(layout != null ? ",offset\n" : "\n");
    for (int i = 0; i < instance.buffers(); i++) {
      b.append(instance.idOf(i)).append(',').append(instance.lowerOf(i)).append(',')
          .append(instance.upperOf(i)).append(',').append(instance.sizeOf(i));
      if (aligned) {
        b.append(',').append(instance.alignmentOf(i));
      }
      if (layout != null) {
        b.append(',').append(layout.offsetOf(i));
      }
      b.append('\n');
      if (b.length() > 1 << 16) {
        out.write(b.toString());
        b.setLength(0);
      }
    }
    out.write(b.toString());
  }

  private static void checkId(String id) {
    if (id.isEmpty() || !id.strip().equals(id) || id.indexOf(',') >= 0 || id.indexOf('\n') >= 0
        || id.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("buffer id '" + id + "' cannot be a CSV field: it is"
          + " empty, has a comma or a line break, or starts or ends with a blank");
    }
  }
}
