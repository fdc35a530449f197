package org.allot.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that readers never see a half-written one: the bytes go to a temporary file in
 * the target's directory, which then replaces the target in one atomic rename. Thread-safe.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code bytes} atomically.
   *
   * @throws IOException when the directory is not writable or the disk is full; the target is
   *     then left as it was and no temporary file remains
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      permissions(tmp, absolute);
      move(tmp, absolute);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Gives the temporary file (created owner-only) the target's permissions, or rw-r--r-- for a
   * new file, as a plain write would under the usual umask.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Checks, before any work, that {@code target} could be written: its directory exists and it
   * is not a directory itself.
   *
   * @param option the option that named the file, for the message ({@code --out})
   * @throws UserError naming the option, the file and a fix
   */
  public static void checkWritable(String option, Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (Files.isDirectory(target)) {
      throw new UserError(option + " " + target + ": is a directory; give a file name such as "
          + target.resolve("result.json"));
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserError(option + " " + target + ": the directory " + dir
          + " does not exist; create it first (mkdir -p " + dir + ")");
    }
    if (!Files.isWritable(dir)) {
      throw new UserError(option + " " + target + ": the directory " + dir + " is not writable");
    }
  }
}
