package org.allot.cli.memory;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.allot.cli.ExtraOutput;
import org.allot.cli.ResultEnvelope;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.problem.memory.MinimallocCsvFormat;

/**
 * {@code allot solve --csv FILE}: the buffers in MiniMalloc's CSV form with an {@code offset}
 * column, as MiniMalloc's {@code --output} writes it; a buffer left in slow memory (mapping
 * instances) gets offset {@code -1}, which {@link MinimallocCsvFormat#readOffsets} reads back as
 * slow. A mapping instance's cost model is not written.
 */
public final class MemoryCsvOutput implements ExtraOutput<MemoryInstance, MemoryLayout> {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String option() {
    return "--csv";
  }

  @Override
  public String description() {
    return "a MiniMalloc CSV with an offset column";
  }

  @Override
  public byte[] render(MemoryInstance instance, MemoryLayout layout, ResultEnvelope result,
      Path file) throws IOException {
    StringWriter w = new StringWriter();
    MinimallocCsvFormat.INSTANCE.write(instance, layout, w);
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }
}
