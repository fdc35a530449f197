package org.allot.problem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;

/** The registry of problem families, discovered with {@link ServiceLoader}. */
public final class Problems {
  private static final List<Problem<?, ?>> ALL = load();

  private Problems() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<Problem<?, ?>> load() {
    List<Problem<?, ?>> list = new ArrayList<>();
    for (Problem p : ServiceLoader.load(Problem.class, Problems.class.getClassLoader())) {
      list.add(p);
    }
    list.sort(Comparator.comparing(Problem::id));
    return List.copyOf(list);
  }

  /** Every registered problem, ordered by id. */
  public static List<Problem<?, ?>> all() {
    return ALL;
  }

  /**
   * The problem with this id.
   *
   * @throws NoSuchElementException naming the known ids when there is none
   */
  public static Problem<?, ?> byId(String id) {
    for (Problem<?, ?> p : ALL) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new NoSuchElementException(
        "unknown problem '" + id + "'; known problems: " + String.join(", ", ids()));
  }

  /** The ids of every registered problem. */
  public static List<String> ids() {
    return ALL.stream().map(Problem::id).toList();
  }

  /**
   * Reads a file with the first format of any problem that accepts it.
   *
   * @throws InstanceFormatException when no format accepts the file, or the accepting reader fails
   */
  public static Loaded<?, ?> read(Path file) throws IOException {
    String head = head(file);
    for (Problem<?, ?> p : ALL) {
      Loaded<?, ?> loaded = tryRead(p, file, head);
      if (loaded != null) {
        return loaded;
      }
    }
    throw new InstanceFormatException(file, 0, 0,
        "no problem family recognises this file; known formats: " + formatNames());
  }

  private static <I extends Instance, S extends Solution> Loaded<I, S> tryRead(
      Problem<I, S> p, Path file, String head) throws IOException {
    for (InstanceFormat<I> f : p.formats()) {
      if (f.accepts(file, head)) {
        return new Loaded<>(p, f, f.read(file));
      }
    }
    return null;
  }

  private static String formatNames() {
    List<String> names = new ArrayList<>();
    for (Problem<?, ?> p : ALL) {
      for (InstanceFormat<?> f : p.formats()) {
        names.add(p.id() + "/" + f.name());
      }
    }
    return String.join(", ", names);
  }

  /** Up to the first 4096 characters of a file, for format detection. */
  public static String head(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      char[] buf = new char[4096];
      int n = 0;
      int k;
      while (n < buf.length && (k = r.read(buf, n, buf.length - n)) > 0) {
        n += k;
      }
      return new String(buf, 0, n);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InstanceFormatException(file, 0, 0, "not a UTF-8 text file");
    }
  }

  /**
   * An instance together with the problem and format it was read with.
   *
   * @param <I> the instance type
   * @param <S> the solution type
   */
  public record Loaded<I extends Instance, S extends Solution>(
      Problem<I, S> problem, InstanceFormat<I> format, I instance) {}
}
