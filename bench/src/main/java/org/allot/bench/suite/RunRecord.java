package org.allot.bench.suite;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.allot.problem.Sense;

/**
 * One finished run of a suite: one line of {@code results.jsonl}. The objective, validity and
 * violations are the family evaluator's verdict on the returned solution, never the solver's
 * claim. Numbers that do not exist (no solution, no bound, no best-known value) are
 * {@code null}, never NaN.
 *
 * @param suite the suite's name
 * @param cell the run's unique key: {@code file|label|seed|repetition}
 * @param instance the instance's name
 * @param file the instance file as the suite names it (relative to the suite's directory)
 * @param problem the family id
 * @param group the size group label, for example {@code 15x15}, or {@code all}
 * @param solver the solver id
 * @param label the solver entry's label, unique within the suite
 * @param options the solver options
 * @param timeLimit the time limit in seconds
 * @param threads the solver's threads
 * @param seed the solver's seed
 * @param repetition the repetition, from 0
 * @param sense whether the objective is minimised or maximised
 * @param status how the run ended; {@link Status#ERROR} when it threw
 * @param objective the evaluator's objective of the returned solution, or null
 * @param bound the solver's proven bound, or null
 * @param bestKnown the best-known objective of the instance, or null
 * @param gap the relative gap to {@code bestKnown} (a fraction, sense-aware), or null without
 *     best-known value, without solution, or when the solution is invalid
 * @param seconds the wall time of the solve, in seconds
 * @param valid the evaluator's verdict, null without solution
 * @param violations up to five violations as text
 * @param error the exception's text for an ERROR run, else null
 * @param trace the incumbents as (seconds, objective) points, in time order
 * @param machine the machine, for example {@code 2 cores, amd64, Linux, JDK 25.0.3}
 * @param finished when the run finished, an ISO-8601 instant
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"suite", "cell", "instance", "file", "problem", "group", "solver", "label",
    "options", "timeLimit", "threads", "seed", "repetition", "sense", "status", "objective",
    "bound", "bestKnown", "gap", "seconds", "valid", "violations", "error", "trace", "machine",
    "finished"})
public record RunRecord(String suite, String cell, String instance, String file, String problem,
    String group, String solver, String label, Map<String, String> options, double timeLimit,
    int threads, long seed, int repetition, Sense sense, Status status, Double objective,
    Double bound, Double bestKnown, Double gap, double seconds, Boolean valid,
    List<String> violations, String error, List<Point> trace, String machine, String finished) {

  /** The most violations a record keeps. */
  public static final int MAX_VIOLATIONS = 5;

  /** Reads unknown fields leniently; {@link #isValid} is no JSON property ("valid" is). */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

  /** How a run ended: the solver's status, or {@link #ERROR} when the run threw. */
  public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, ERROR }

  /**
   * One incumbent: written as the pair {@code [seconds, objective]}.
   *
   * @param seconds when the solver found it, from the start of the solve
   * @param objective its objective as the solver reported it
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"seconds", "objective"})
  public record Point(double seconds, double objective) { }

  public RunRecord {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(status, "status");
    options = options == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    violations = violations == null ? List.of()
        : List.copyOf(violations.subList(0, Math.min(MAX_VIOLATIONS, violations.size())));
    trace = trace == null ? List.of() : List.copyOf(trace);
    objective = finite(objective);
    bound = finite(bound);
    bestKnown = finite(bestKnown);
    gap = finite(gap);
  }

  private static Double finite(Double v) {
    return v == null || !Double.isFinite(v) ? null : v;
  }

  /**
   * True when the run returned a solution that the evaluator accepted. (Not a JSON property:
   * write records with {@link #write}, whose mapper ignores is-getters.)
   */
  public boolean isValid() {
    return Boolean.TRUE.equals(valid);
  }

  /**
   * The relative gap of {@code objective} to {@code bestKnown} as a fraction: {@code (obj - bk) /
   * |bk|} when minimising, {@code (bk - obj) / |bk|} when maximising; null when either is null
   * or {@code bestKnown} is 0.
   */
  public static Double gapOf(Sense sense, Double objective, Double bestKnown) {
    if (objective == null || bestKnown == null || bestKnown == 0) {
      return null;
    }
    double diff = sense == Sense.MINIMIZE ? objective - bestKnown : bestKnown - objective;
    return diff / Math.abs(bestKnown);
  }

  /** This machine in words: {@code 2 cores, amd64, Linux, JDK 25.0.3}. */
  public static String thisMachine() {
    return String.format(Locale.ROOT, "%d cores, %s, %s, JDK %s",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
        System.getProperty("os.name"), Runtime.version());
  }

  /**
   * The record as one line of JSON, without the line end.
   *
   * @throws IllegalStateException if Jackson cannot write it (a bug)
   */
  public static String write(RunRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a run record could not be written as JSON", e);
    }
  }

  /**
   * Parses one line of {@code results.jsonl}; unknown fields (from a newer version) are ignored.
   *
   * @throws IllegalArgumentException when the line is not a complete record (for example a line
   *     torn by a crash)
   */
  public static RunRecord read(String line) {
    try {
      RunRecord r = MAPPER.readValue(line, RunRecord.class);
      if (r == null) {
        throw new IllegalArgumentException("an empty line is not a run record");
      }
      return r;
    } catch (JsonProcessingException | NullPointerException e) {
      throw new IllegalArgumentException("not a complete run record: " + e.getMessage(), e);
    }
  }

  /**
   * Every complete record of a results file, in file order. A line that does not parse (a torn
   * last line after a crash) is skipped; blank lines too.
   *
   * @throws IOException when the file cannot be read
   */
  public static List<RunRecord> readAll(Path results) throws IOException {
    List<RunRecord> list = new ArrayList<>();
    String text = new String(Files.readAllBytes(results), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        list.add(read(line));
      } catch (IllegalArgumentException e) {
        // a torn or foreign line: not a finished run
      }
    }
    return list;
  }
}
