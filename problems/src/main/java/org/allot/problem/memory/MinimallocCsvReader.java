package org.allot.problem.memory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.memory.CsvTable.Field;
import org.allot.problem.memory.CsvTable.Row;

/** Parses a MiniMalloc CSV: the header's column map, then the buffers or the offsets. */
final class MinimallocCsvReader {
  private final CsvTable table;
  private final Row header;
  private final int[] index = new int[CsvColumn.values().length];

  MinimallocCsvReader(CsvTable table) throws InstanceFormatException {
    this.table = table;
    if (table.rows().isEmpty()) {
      throw table.error(1, 1, "empty file; expected a header line 'id,lower,upper,size'");
    }
    this.header = table.rows().getFirst();
    Arrays.fill(index, -1);
    for (int k = 0; k < header.size(); k++) {
      Field f = header.field(k);
      CsvColumn c = CsvColumn.named(f.text());
      if (c == null) {
        throw table.error(header.line(), f.column(), "unknown column '" + f.text()
            + "' in the header; known columns: " + CsvColumn.known());
      }
      if (index[c.ordinal()] >= 0 || (c == CsvColumn.END && has(CsvColumn.UPPER))
          || (c == CsvColumn.UPPER && has(CsvColumn.END))) {
        throw table.error(header.line(), f.column(), "column '" + f.text() + "' appears twice"
            + " (as itself or under a legacy name)");
      }
      index[c.ordinal()] = k;
    }
  }

  private boolean has(CsvColumn c) {
    return index[c.ordinal()] >= 0;
  }

  private void require(CsvColumn c, String alternatives) throws InstanceFormatException {
    if (!has(c)) {
      throw table.error(header.line(), 1, "missing column '" + c.label() + "'" + alternatives
          + " in the header; MiniMalloc's header is 'id,lower,upper,size' (in any order)");
    }
  }

  /** Reads the buffers; the {@code offset} and {@code hint} columns are ignored. */
  MemoryInstance instance(String name, long capacity) throws InstanceFormatException {
    require(CsvColumn.ID, " (or 'buffer', 'buffer_id')");
    require(CsvColumn.LOWER, " (or 'begin', 'start')");
    if (!has(CsvColumn.END)) {
      require(CsvColumn.UPPER, " (or the inclusive 'end')");
    }
    require(CsvColumn.SIZE, "");
    int n = table.rows().size() - 1;
    String[] ids = new String[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    int[] alignment = new int[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Row r = table.rows().get(i + 1);
      checkWidth(r);
      ids[i] = id(r, seen);
      lower[i] = (int) integer(r, CsvColumn.LOWER, Integer.MIN_VALUE, Integer.MAX_VALUE);
      upper[i] = upper(r, lower[i]);
      size[i] = size(r, capacity);
      alignment[i] = has(CsvColumn.ALIGNMENT) && !text(r, CsvColumn.ALIGNMENT).isEmpty()
          ? (int) integer(r, CsvColumn.ALIGNMENT, 1, Integer.MAX_VALUE) : 1;
      if (has(CsvColumn.GAPS) && !text(r, CsvColumn.GAPS).isEmpty()) {
        throw error(r, CsvColumn.GAPS, "gaps are not supported: a buffer here is live over its"
            + " whole range [lower, upper); drop the gaps column or split the buffer");
      }
    }
    return new MemoryInstance(name, capacity, ids, lower, upper, size, alignment, null);
  }

  /** Reads the {@code offset} column, matching rows to {@code instance}'s buffers by id. */
  MemoryLayout layout(MemoryInstance instance) throws InstanceFormatException {
    require(CsvColumn.ID, " (or 'buffer', 'buffer_id')");
    require(CsvColumn.OFFSET, "");
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < instance.buffers(); i++) {
      byId.put(instance.idOf(i), i);
    }
    long[] offsets = new long[instance.buffers()];
    Arrays.fill(offsets, MemoryLayout.SLOW);
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : table.rows().subList(1, table.rows().size())) {
      checkWidth(r);
      String id = id(r, seen);
      Integer i = byId.get(id);
      if (i == null) {
        throw error(r, CsvColumn.ID, "buffer '" + id + "' is not in the instance "
            + instance.name() + "; is this the output of another input?");
      }
      offsets[i] = text(r, CsvColumn.OFFSET).isEmpty() ? MemoryLayout.SLOW
          : integer(r, CsvColumn.OFFSET, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    return new MemoryLayout(offsets);
  }

  private void checkWidth(Row r) throws InstanceFormatException {
    int want = header.size();
    if (r.size() != want) {
      int column = r.size() > want ? r.field(want).column() : r.endColumn();
      throw table.error(r.line(), column, "expected " + want + " fields as in the header ("
          + headerText() + "), found " + r.size());
    }
  }

  private String headerText() {
    return String.join(",", header.fields().stream().map(Field::text).toList());
  }

  private String id(Row r, Map<String, Integer> seen) throws InstanceFormatException {
    String id = text(r, CsvColumn.ID);
    if (id.isEmpty()) {
      throw error(r, CsvColumn.ID, "empty buffer id");
    }
    Integer first = seen.putIfAbsent(id, r.line());
    if (first != null) {
      throw error(r, CsvColumn.ID, "duplicate id '" + id + "' (first on line " + first + ")");
    }
    return id;
  }

  private int upper(Row r, int lower) throws InstanceFormatException {
    if (has(CsvColumn.END)) {
      long end = integer(r, CsvColumn.END, Integer.MIN_VALUE, Integer.MAX_VALUE - 1L);
      if (end < lower) {
        throw error(r, CsvColumn.END, "end " + end + " is before begin " + lower
            + " (the legacy 'end' is inclusive: the buffer is live over [begin, end])");
      }
      return (int) end + 1;
    }
    long upper = integer(r, CsvColumn.UPPER, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (upper <= lower) {
      throw error(r, CsvColumn.UPPER, "upper " + upper + " must exceed lower " + lower
          + " (live ranges are half-open [lower, upper))");
    }
    return (int) upper;
  }

  private long size(Row r, long capacity) throws InstanceFormatException {
    long size = integer(r, CsvColumn.SIZE, Long.MIN_VALUE, Long.MAX_VALUE);
    if (size < 0) {
      throw error(r, CsvColumn.SIZE, "size " + size + " is negative; expected bytes >= 0");
    }
    if (size > capacity) {
      throw error(r, CsvColumn.SIZE, "size " + size + " exceeds the capacity " + capacity
          + "; maybe the capacity is wrong: name the file X.<capacity>.csv or pass --capacity");
    }
    return size;
  }

  private long integer(Row r, CsvColumn c, long min, long max) throws InstanceFormatException {
    String t = text(r, c);
    long v;
    try {
      v = Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw error(r, c, "expected an integer " + c.label() + ", found '" + t + "'");
    }
    if (v < min || v > max) {
      throw error(r, c, c.label() + " " + v + " is out of range " + min + ".." + max);
    }
    return v;
  }

  private String text(Row r, CsvColumn c) {
    return r.field(index[c.ordinal()]).text();
  }

  private InstanceFormatException error(Row r, CsvColumn c, String reason) {
    return table.error(r.line(), r.field(index[c.ordinal()]).column(), reason);
  }
}
