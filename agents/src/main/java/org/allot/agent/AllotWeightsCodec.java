package org.allot.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes {@link WeightsFormat#ALLOT}, byte for byte as it always was. Stateless. */
final class AllotWeightsCodec {
  /** The most floats one tensor may hold (256 MB): a guard against a corrupt shape. */
  static final int MAX_SIZE = 1 << 26;
  /** The highest rank a tensor may have. */
  static final int MAX_RANK = 16;

  private AllotWeightsCodec() {}

  static void write(Weights weights, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeBytes(WeightsFormat.MAGIC);
    data.writeByte(1);
    data.writeInt(weights.tensors().size());
    for (Map.Entry<String, Weights.Tensor> e : weights.tensors().entrySet()) {
      data.writeUTF(e.getKey());
      int[] shape = e.getValue().shape();
      data.writeInt(shape.length);
      for (int d : shape) {
        data.writeInt(d);
      }
      for (float f : e.getValue().data()) {
        data.writeFloat(f);
      }
    }
    data.flush();
  }

  static Weights read(InputStream in, String source) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] magic = new byte[WeightsFormat.MAGIC.length()];
    data.readFully(magic);
    int version = data.readUnsignedByte();
    if (!WeightsFormat.MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))
        || version != 1) {
      throw new IOException(source + ": not an Allot weights file (expected magic "
          + WeightsFormat.MAGIC + " and format 1)");
    }
    int count = data.readInt();
    Map<String, Weights.Tensor> tensors = new LinkedHashMap<>();
    for (int t = 0; t < count; t++) {
      String name = data.readUTF();
      int rank = data.readInt();
      if (rank < 0 || rank > MAX_RANK) {
        throw new IOException(source + ": tensor '" + name + "' has rank " + rank
            + "; expected 0 to " + MAX_RANK + " (the file is corrupt)");
      }
      int[] shape = new int[rank];
      long size = 1;
      for (int d = 0; d < rank; d++) {
        shape[d] = data.readInt();
        size = shape[d] <= 0 ? 0 : Math.min(size * shape[d], MAX_SIZE + 1L);
      }
      if (size <= 0 || size > MAX_SIZE) {
        throw new IOException(source + ": tensor '" + name + "' has a bad shape "
            + Arrays.toString(shape));
      }
      float[] values = new float[(int) size];
      for (int i = 0; i < size; i++) {
        values[i] = data.readFloat();
      }
      tensors.put(name, new Weights.Tensor(shape, values));
    }
    return new Weights(tensors);
  }
}
