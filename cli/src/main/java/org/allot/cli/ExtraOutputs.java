package org.allot.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.allot.problem.Instance;
import org.allot.problem.Solution;

/** The registry of {@link ExtraOutput}s, discovered with {@link ServiceLoader}. */
public final class ExtraOutputs {
  private static final List<ExtraOutput<?, ?>> ALL = load();

  private ExtraOutputs() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<ExtraOutput<?, ?>> load() {
    List<ExtraOutput<?, ?>> list = new ArrayList<>();
    for (ExtraOutput o : ServiceLoader.load(ExtraOutput.class,
        ExtraOutputs.class.getClassLoader())) {
      list.add(o);
    }
    list.sort(Comparator.comparing(ExtraOutput<?, ?>::option)
        .thenComparing(ExtraOutput::problemId));
    return List.copyOf(list);
  }

  /** The outputs that answer {@code option}, one per family that supports it. */
  public static List<ExtraOutput<?, ?>> forOption(String option) {
    return ALL.stream().filter(o -> o.option().equals(option)).toList();
  }

  /**
   * The output of {@code option} for the family {@code problemId}.
   *
   * @param instanceName the instance, for the message
   * @throws UserError naming the families that support the option when this one does not
   */
  @SuppressWarnings("unchecked")
  public static <I extends Instance, S extends Solution> ExtraOutput<I, S> of(String problemId,
      String option, String instanceName) {
    List<ExtraOutput<?, ?>> all = forOption(option);
    for (ExtraOutput<?, ?> o : all) {
      if (o.problemId().equals(problemId)) {
        return (ExtraOutput<I, S>) o;
      }
    }
    String what = all.isEmpty() ? "no family supports it"
        : "it writes " + String.join("; ", all.stream()
            .map(o -> o.description() + " (" + o.problemId() + ")").toList());
    throw new UserError(option + " is not available for " + instanceName + ", a " + problemId
        + " instance: " + what + ". Drop " + option + ".");
  }
}
