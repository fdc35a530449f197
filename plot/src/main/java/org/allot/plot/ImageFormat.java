package org.allot.plot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The picture formats Allot writes, chosen by the file's extension. */
public enum ImageFormat {
  /** Scalable vector graphics, {@code .svg}: small, sharp at any zoom, editable. */
  SVG("svg"),
  /** Portable network graphics, {@code .png}: a bitmap for slides and chats. */
  PNG("png");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, if any (case-insensitive). */
  public static Optional<ImageFormat> forFile(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
  }

  /** The known extensions, for messages: {@code .svg, .png}. */
  public static String extensions() {
    return String.join(", ", Arrays.stream(values()).map(f -> "." + f.extension).toList());
  }

  /** A blank canvas of this format. */
  public Canvas canvas(int width, int height) {
    return switch (this) {
      case SVG -> new SvgCanvas(width, height);
      case PNG -> new PngCanvas(width, height);
    };
  }
}
