package org.allot.agent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats of {@link Weights}. A file is written in the format its extension names
 * ({@link #of(Path)}); reading recognises the format by the file's first bytes, so that a file
 * renamed by hand still loads.
 */
public enum WeightsFormat {
  /**
   * Allot's own format (extension {@code .bin}): the ASCII magic {@code ALLOTW1}, a format byte
   * (1), the tensor count, then per tensor its name (modified UTF-8, as {@link
   * java.io.DataOutputStream#writeUTF}), rank, dimensions and row-major floats, all big-endian.
   */
  ALLOT(".bin"),
  /**
   * Hugging Face's safetensors (extension {@code .safetensors}): an 8-byte little-endian header
   * length, a JSON header naming each tensor's dtype ({@code F32} only here), shape and byte
   * range, then the little-endian row-major data. PyTorch reads and writes it with {@code
   * safetensors.torch.load_file} and {@code save_file}.
   */
  SAFETENSORS(".safetensors");

  static final String MAGIC = "ALLOTW1";

  /** The bytes {@link #detect} needs to see. */
  static final int SIGNATURE_BYTES = 9;

  private final String extension;

  WeightsFormat(String extension) {
    this.extension = extension;
  }

  /** The file-name extension, with its dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file of this name is written in: {@link #SAFETENSORS} for a name ending in
   * {@code .safetensors} (any case), else {@link #ALLOT} (so {@code weights.bin}, and the {@code
   * weights.bin.tmp} of an atomic replace, stay in the format they always had).
   */
  public static WeightsFormat of(Path file) {
    Path name = file.getFileName();
    boolean safetensors = name != null
        && name.toString().toLowerCase(Locale.ROOT).endsWith(SAFETENSORS.extension);
    return safetensors ? SAFETENSORS : ALLOT;
  }

  /**
   * The format whose signature the first {@code length} bytes of {@code head} carry, or null:
   * {@code ALLOTW1} for {@link #ALLOT}; a header length whose high bytes are zero followed by
   * the header's opening brace for {@link #SAFETENSORS}.
   */
  static WeightsFormat detect(byte[] head, int length) {
    if (length >= MAGIC.length()
        && new String(head, 0, MAGIC.length(), StandardCharsets.ISO_8859_1).equals(MAGIC)) {
      return ALLOT;
    }
    if (length >= SIGNATURE_BYTES && head[8] == '{' && head[7] == 0 && head[6] == 0) {
      return SAFETENSORS;
    }
    return null;
  }
}
