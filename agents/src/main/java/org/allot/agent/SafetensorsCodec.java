package org.allot.agent;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.problem.io.JsonReader;
import org.allot.problem.io.JsonText;

/**
 * Reads and writes {@link WeightsFormat#SAFETENSORS} with the JDK alone, as the reference
 * implementation (huggingface/safetensors) does: the header is compact JSON padded with spaces to
 * a multiple of 8 bytes, the tensors' byte ranges follow one another from 0 and cover the data
 * exactly. Only {@code F32} tensors; {@code __metadata__} is checked (string values) and
 * dropped. Tensors are read in the order of their data. Stateless.
 */
final class SafetensorsCodec {
  /** The reference implementation's limit on the header (bytes). */
  static final long MAX_HEADER = 100_000_000;
  static final String METADATA = "__metadata__";

  private SafetensorsCodec() {}

  static void write(Weights weights, OutputStream out) throws IOException {
    StringBuilder json = new StringBuilder("{");
    long offset = 0;
    for (Map.Entry<String, Weights.Tensor> e : weights.tensors().entrySet()) {
      if (e.getKey().equals(METADATA)) {
        throw new IllegalArgumentException("a tensor named '" + METADATA + "' cannot be written"
            + " as safetensors, which reserves that key; rename the tensor");
      }
      Weights.Tensor t = e.getValue();
      long end = offset + 4L * t.size();
      json.append(json.length() > 1 ? "," : "");
      JsonText.quote(json, e.getKey()).append(":{\"dtype\":\"F32\",\"shape\":")
          .append(Arrays.toString(t.shape()).replace(" ", ""))
          .append(",\"data_offsets\":[").append(offset).append(',').append(end).append("]}");
      offset = end;
    }
    byte[] header = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    int padded = (header.length + 7) / 8 * 8;
    out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).array());
    out.write(header);
    out.write(" ".repeat(padded - header.length).getBytes(StandardCharsets.US_ASCII));
    for (Weights.Tensor t : weights.tensors().values()) {
      float[] data = t.data();
      ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
      for (float f : data) {
        b.putInt(Float.floatToRawIntBits(f));
      }
      out.write(b.array());
    }
    out.flush();
  }

  /** One header entry. */
  private record Entry(String name, int[] shape, long begin, long end) {}

  static Weights read(InputStream in, String source) throws IOException {
    byte[] length = bytes(in, 8, source, "the 8-byte header length");
    long n = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getLong();
    if (n < 2 || n > MAX_HEADER) {
      throw new IOException(source + ": safetensors header length " + Long.toUnsignedString(n)
          + " is out of range; expected 2 to " + MAX_HEADER + " bytes (is it a safetensors"
          + " file?)");
    }
    String text = utf8(bytes(in, (int) n, source, "the " + n + "-byte JSON header"), source);
    if (!text.startsWith("{")) {
      throw new IOException(source + ": the safetensors header starts with '" + text.charAt(0)
          + "'; expected a JSON object '{'");
    }
    List<Entry> entries = entries(JsonReader.parse(source + " header", text));
    entries.sort(Comparator.comparingLong(Entry::begin));
    Map<String, Weights.Tensor> tensors = new LinkedHashMap<>();
    long at = 0;
    for (Entry e : entries) {
      if (e.begin != at) {
        throw new IOException(source + ": tensor '" + e.name + "' starts at data byte " + e.begin
            + "; expected " + at + " (safetensors data must follow one another without gaps)");
      }
      tensors.put(e.name, tensor(in, e, source));
      at = e.end;
    }
    if (in.read() >= 0) {
      throw new IOException(source + ": data goes on after byte " + at + ", the end of the last"
          + " tensor; safetensors data offsets must cover the data exactly");
    }
    return new Weights(tensors);
  }

  private static List<Entry> entries(JsonReader.Node root) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, JsonReader.Node> e : root.object("the header").entrySet()) {
      if (e.getKey().equals(METADATA)) {
        for (JsonReader.Node value : e.getValue().object(METADATA).values()) {
          value.string("a " + METADATA + " value");
        }
      } else {
        entries.add(entry(e.getKey(), e.getValue()));
      }
    }
    return entries;
  }

  private static Entry entry(String name, JsonReader.Node v) throws IOException {
    String what = "tensor '" + name + "'";
    v.allowOnly(what, "dtype", "shape", "data_offsets");
    JsonReader.Node dtype = v.field("dtype", what);
    if (!dtype.string("its dtype").equals("F32")) {
      throw dtype.error(what + " has dtype " + dtype.value() + "; Allot reads F32 only (in"
          + " PyTorch, save_file({k: v.float() for k, v in state_dict.items()}, file))");
    }
    int[] shape = shape(what, v.field("shape", what));
    long size = 1;
    for (int d : shape) {
      size *= d;
    }
    JsonReader.Node range = v.field("data_offsets", what);
    List<JsonReader.Node> offsets = range.array("its data_offsets");
    if (offsets.size() != 2) {
      throw range.error(what + " has " + offsets.size() + " data_offsets; expected [begin, end]");
    }
    long begin = offsets.get(0).integer("a data offset");
    long end = offsets.get(1).integer("a data offset");
    if (begin < 0 || end - begin != 4 * size) {
      throw range.error(what + " has data_offsets [" + begin + ", " + end + "], " + (end - begin)
          + " bytes; its F32 shape " + Arrays.toString(shape) + " needs " + 4 * size);
    }
    return new Entry(name, shape, begin, end);
  }

  /** The dimensions, each positive, at most {@link AllotWeightsCodec#MAX_SIZE} values. */
  private static int[] shape(String what, JsonReader.Node node) throws IOException {
    List<JsonReader.Node> dims = node.array("its shape");
    int[] shape = new int[dims.size()];
    long size = 1;
    for (int d = 0; d < shape.length; d++) {
      long dim = dims.get(d).integer("a dimension");
      if (dim <= 0 || dim > AllotWeightsCodec.MAX_SIZE) {
        throw dims.get(d).error(what + " has dimension " + dim + "; expected 1 to "
            + AllotWeightsCodec.MAX_SIZE);
      }
      shape[d] = (int) dim;
      size = Math.min(size * dim, AllotWeightsCodec.MAX_SIZE + 1L);
    }
    if (size > AllotWeightsCodec.MAX_SIZE || shape.length > AllotWeightsCodec.MAX_RANK) {
      throw node.error(what + " has shape " + Arrays.toString(shape) + "; at most "
          + AllotWeightsCodec.MAX_SIZE + " values and rank " + AllotWeightsCodec.MAX_RANK);
    }
    return shape;
  }

  private static Weights.Tensor tensor(InputStream in, Entry e, String source)
      throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes(in, (int) (e.end - e.begin), source,
        "tensor '" + e.name + "', data bytes " + e.begin + " to " + e.end))
        .order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[(int) ((e.end - e.begin) / 4)];
    for (int i = 0; i < values.length; i++) {
      values[i] = Float.intBitsToFloat(b.getInt());
    }
    return new Weights.Tensor(e.shape, values);
  }

  private static byte[] bytes(InputStream in, int count, String source, String what)
      throws IOException {
    byte[] b = in.readNBytes(count);
    if (b.length < count) {
      throw new EOFException(source + ": the file ends inside " + what + " (" + b.length + " of "
          + count + " bytes); it is truncated");
    }
    return b;
  }

  private static String utf8(byte[] header, String source) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(header))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(source + ": the safetensors header is not UTF-8 text", e);
    }
  }
}
