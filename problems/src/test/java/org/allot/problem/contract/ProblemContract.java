package org.allot.problem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every problem family passes: it is registered, its formats round-trip and are
 * detected, and its evaluator accepts known-good solutions and rejects broken ones without
 * throwing. Subclass it once per family.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public abstract class ProblemContract<I extends Instance, S extends Solution> {
  @TempDir protected Path temp;

  protected abstract Problem<I, S> problem();

  /** A few small instances, written with every format. */
  protected abstract List<I> sampleInstances();

  /** A feasible solution of {@code instance} with its true objective. */
  protected abstract S feasibleSolution(I instance);

  /** Broken solutions of {@code instance}: each must evaluate as infeasible. */
  protected abstract List<S> brokenSolutions(I instance);

  /** The file name to write {@code instance} to with {@code format}. */
  protected String fileName(I instance, InstanceFormat<I> format) {
    return instance.name() + "-" + format.name() + ".txt";
  }

  @Test
  void isRegisteredUnderItsId() {
    assertEquals(problem().getClass(), Problems.byId(problem().id()).getClass());
  }

  @Test
  void everyFormatRoundTripsAndIsDetected() throws IOException {
    for (I instance : sampleInstances()) {
      for (InstanceFormat<I> format : problem().formats()) {
        StringWriter w = new StringWriter();
        format.write(instance, w);
        Path file = temp.resolve(fileName(instance, format));
        Files.writeString(file, w.toString());
        assertTrue(format.accepts(file, Problems.head(file)), format.name() + " rejects its own file");
        I back = format.read(file);
        assertEquals(rename(instance, back), back, format.name() + " does not round-trip");
        Problems.Loaded<?, ?> loaded = Problems.read(file);
        assertEquals(problem().id(), loaded.problem().id());
      }
    }
  }

  /** {@code original} under the name that reading gives ({@code read}'s name). */
  protected abstract I rename(I original, I read);

  @Test
  void evaluatorAcceptsFeasibleAndRejectsBroken() {
    for (I instance : sampleInstances()) {
      Evaluation good = problem().evaluate(instance, feasibleSolution(instance));
      assertTrue(good.feasible(), () -> "feasible solution rejected: " + good.violations());
      for (S broken : brokenSolutions(instance)) {
        Evaluation bad = problem().evaluate(instance, broken);
        assertFalse(bad.feasible(), () -> "broken solution accepted: " + broken);
        assertFalse(bad.violations().isEmpty());
      }
    }
  }
}
