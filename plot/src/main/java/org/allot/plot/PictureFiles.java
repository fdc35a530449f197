package org.allot.plot;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes pictures so that readers never see a half-written one: the bytes go to a temporary
 * file beside the target, which then replaces it in one rename. Thread-safe.
 */
final class PictureFiles {
  private PictureFiles() {}

  /**
   * Replaces {@code target} with {@code bytes}.
   *
   * @throws IOException when the directory is not writable or the disk is full; the target is
   *     then left as it was and no temporary file remains
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        // Created owner-only; a picture is as readable as a plain write would leave it.
        Files.setPosixFilePermissions(tmp, Files.exists(absolute)
            ? Files.getPosixFilePermissions(absolute)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
