package org.allot.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;

/** The registry of {@link SolutionCodec}s, discovered with {@link ServiceLoader}. */
public final class SolutionCodecs {
  private static final List<SolutionCodec<?, ?>> ALL = load();

  private SolutionCodecs() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<SolutionCodec<?, ?>> load() {
    List<SolutionCodec<?, ?>> list = new ArrayList<>();
    for (SolutionCodec c : ServiceLoader.load(SolutionCodec.class,
        SolutionCodecs.class.getClassLoader())) {
      list.add(c);
    }
    list.sort(Comparator.comparing(SolutionCodec::problemId));
    return List.copyOf(list);
  }

  /** Every registered codec, by problem id. */
  public static List<SolutionCodec<?, ?>> all() {
    return ALL;
  }

  /**
   * The codec of {@code problem}'s family.
   *
   * @throws NoSuchElementException naming the families that have one when there is none
   */
  @SuppressWarnings("unchecked")
  public static <I extends Instance, S extends Solution> SolutionCodec<I, S> of(
      Problem<I, S> problem) {
    for (SolutionCodec<?, ?> c : ALL) {
      if (c.problemId().equals(problem.id())) {
        return (SolutionCodec<I, S>) c;
      }
    }
    throw new NoSuchElementException("no result JSON codec for problem '" + problem.id()
        + "'; families with one: " + String.join(", ", ALL.stream()
            .map(SolutionCodec::problemId).toList())
        + " (register a org.allot.cli.SolutionCodec service)");
  }
}
