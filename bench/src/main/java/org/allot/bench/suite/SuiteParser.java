package org.allot.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.allot.cli.Json;
import org.allot.cli.UserError;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.solver.Budget;
import org.allot.solver.SolverOptions;
import org.allot.solver.Solvers;

/**
 * Reads and checks a suite file (schema: {@code docs/suites.md}). Strict: an unknown key, an
 * unknown solver or option, a missing or malformed instance, malformed JSON or a bad time limit
 * is a {@link UserError} naming the suite file and the key path, raised before any run.
 */
public final class SuiteParser {
  static final List<String> KEYS = List.of("name", "title", "description", "problem",
      "instances", "bestKnown", "groups", "solvers", "timeLimit", "threads", "seeds",
      "repetitions", "normaliseBy", "checkpoints");
  private static final List<String> SOLVER_KEYS = List.of("id", "label", "options",
      "timeLimit", "threads");
  private static final int MAX_THREADS = 1024;

  private final SuiteKeys keys;
  private final Path dir;

  private SuiteParser(Path file) {
    this.keys = new SuiteKeys(file.toString());
    this.dir = file.toAbsolutePath().normalize().getParent();
  }

  /**
   * Reads, checks and resolves the suite at {@code file}: every instance is read and every
   * solver created once with its options.
   *
   * @throws UserError naming the file, the key path and what was expected
   */
  public static Suite parse(Path file) {
    return new SuiteParser(file).parse(Json.read(file, file.toString()), file);
  }

  private Suite parse(JsonNode root, Path file) {
    keys.object(root, "(top level)", "a suite");
    keys.requireKnown(root, "", KEYS);
    String name = name(root, file);
    keys.text(root.get("title"), "title", "");
    String description = keys.text(root.get("description"), "description", "");
    Problem<?, ?> declared = root.has("problem") ? problem(root.get("problem")) : null;
    Duration timeLimit = keys.timeLimit(root.get("timeLimit"), "timeLimit",
        Budget.DEFAULT_TIME_LIMIT);
    int threads = (int) keys.integer(root.get("threads"), "threads", 1, 1, MAX_THREADS);
    List<Long> seeds = seeds(root.get("seeds"));
    int repetitions = (int) keys.integer(root.get("repetitions"), "repetitions", 1, 1, 10_000);
    BestKnown bestKnown = BestKnown.parse(keys, root.get("bestKnown"), dir);
    Function<Instance, String> groups = SizeGroups.parse(keys, root.get("groups"));
    InstanceSpecs specs = new InstanceSpecs(keys, dir);
    List<InstanceSpecs.Found> found = specs.resolve(root.get("instances"));
    Problem<?, ?> problem = problemOf(found, declared);
    List<Suite.SolverEntry> solvers = solvers(root.get("solvers"), problem, timeLimit, threads);
    normaliseBy(root.get("normaliseBy"), solvers);
    Checkpoints checkpoints = checkpoints(root.get("checkpoints"), solvers);
    List<Suite.Entry> entries = new ArrayList<>();
    for (InstanceSpecs.Found f : found) {
      Instance instance = f.loaded().instance();
      entries.add(new Suite.Entry(f.loaded(), f.file(), groups.apply(instance),
          bestKnown.of(instance.name())));
    }
    return new Suite(name, description, file, problem, entries, solvers, seeds, repetitions,
        checkpoints, specs.skipped());
  }

  private String name(JsonNode root, Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
    String name = keys.text(root.get("name"), "name", stem);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw keys.error("name", "'" + name + "' is not a usable suite name; use letters, digits,"
          + " '.', '_' and '-' (it names the results directory)");
    }
    return name;
  }

  private Problem<?, ?> problem(JsonNode node) {
    try {
      return Problems.byId(keys.text(node, "problem", null));
    } catch (NoSuchElementException e) {
      throw keys.error("problem", e.getMessage());
    }
  }

  private Problem<?, ?> problemOf(List<InstanceSpecs.Found> found, Problem<?, ?> declared) {
    Problem<?, ?> problem = declared;
    for (InstanceSpecs.Found f : found) {
      Problem<?, ?> p = f.loaded().problem();
      if (problem == null) {
        problem = p;
      } else if (!problem.id().equals(p.id())) {
        throw keys.error(f.key(), f.file() + " is a " + p.id() + " instance, but the suite is"
            + " for " + problem.id() + (declared == null ? " (its first instance)" : "")
            + "; a suite holds one problem family");
      }
    }
    return problem;
  }

  private List<Long> seeds(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of(0L);
    }
    if (!node.isArray() || node.isEmpty()) {
      throw keys.error("seeds", "expected a non-empty array of integers such as [0, 1, 2],"
          + " found " + SuiteKeys.describe(node));
    }
    List<Long> seeds = new ArrayList<>();
    for (int k = 0; k < node.size(); k++) {
      long seed = keys.integer(node.get(k), "seeds[" + k + "]", 0, Long.MIN_VALUE,
          Long.MAX_VALUE);
      if (seeds.contains(seed)) {
        throw keys.error("seeds[" + k + "]", "seed " + seed + " is given twice");
      }
      seeds.add(seed);
    }
    return seeds;
  }

  private List<Suite.SolverEntry> solvers(JsonNode node, Problem<?, ?> problem,
      Duration timeLimit, int threads) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw keys.error("solvers", "expected a non-empty array of solver entries such as"
          + " [{\"id\": \"spt\"}], found " + SuiteKeys.describe(node));
    }
    List<Suite.SolverEntry> list = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int k = 0; k < node.size(); k++) {
      Suite.SolverEntry e = solver(node.get(k), "solvers[" + k + "]", problem, timeLimit,
          threads);
      if (!labels.add(e.label())) {
        throw keys.error("solvers[" + k + "].label", "label '" + e.label() + "' is used by an"
            + " earlier entry; give each entry a distinct \"label\"");
      }
      list.add(e);
    }
    return list;
  }

  private Suite.SolverEntry solver(JsonNode node, String key, Problem<?, ?> problem,
      Duration timeLimit, int threads) {
    if (node != null && node.isTextual()) {
      node = Json.MAPPER.createObjectNode().put("id", node.textValue());
    }
    keys.object(node, key, "a solver entry such as {\"id\": \"cpsat\"}");
    keys.requireKnown(node, key, SOLVER_KEYS);
    String id = keys.text(node.get("id"), key + ".id", null);
    if (id == null) {
      throw keys.error(key + ".id", "missing; name the solver (see 'allot list')");
    }
    SolverOptions options = options(node.get("options"), key + ".options");
    if (problem != null) {
      check(problem, id, options, key);
    }
    String label = keys.text(node.get("label"), key + ".label", defaultLabel(id, options));
    if (label.isBlank() || label.contains("|")) {
      throw keys.error(key + ".label", "'" + label + "' is not a usable label; it must be"
          + " non-empty and without '|'");
    }
    return new Suite.SolverEntry(id, label, options,
        keys.timeLimit(node.get("timeLimit"), key + ".timeLimit", timeLimit),
        (int) keys.integer(node.get("threads"), key + ".threads", threads, 1, MAX_THREADS));
  }

  private SolverOptions options(JsonNode node, String key) {
    if (node == null || node.isNull()) {
      return SolverOptions.none();
    }
    keys.object(node, key, "solver options such as {\"depth\": 3}");
    Map<String, String> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(),
        relativeToSuite(keys.scalar(e.getValue(), key + "." + e.getKey()))));
    return SolverOptions.of(map);
  }

  /**
   * An option value that starts with {@code ./} or {@code ../} is a file relative to the suite
   * file (as instance paths are), so that a suite naming, say, a weights file runs from any
   * working directory; it becomes that file's absolute path. Other values pass unchanged.
   */
  private String relativeToSuite(String value) {
    if (value.startsWith("./") || value.startsWith("../")) {
      return dir.resolve(value).normalize().toString();
    }
    return value;
  }

  private void check(Problem<?, ?> problem, String id, SolverOptions options, String key) {
    try {
      Solvers.provider(problem.id(), id);
    } catch (NoSuchElementException e) {
      throw keys.error(key + ".id", e.getMessage());
    }
    try {
      Solvers.create(problem, id, options);
    } catch (IllegalArgumentException e) {
      throw keys.error(key + ".options", e.getMessage());
    }
  }

  /** {@code id}, or {@code id(name=value,...)} with options. */
  static String defaultLabel(String id, SolverOptions options) {
    if (options.isEmpty()) {
      return id;
    }
    List<String> words = new ArrayList<>();
    options.values().forEach((k, v) -> words.add(k + "=" + v));
    return id + "(" + String.join(",", words) + ")";
  }

  private void normaliseBy(JsonNode node, List<Suite.SolverEntry> solvers) {
    String label = keys.text(node, "normaliseBy", null);
    if (label != null && solvers.stream().noneMatch(s -> s.label().equals(label))) {
      throw keys.error("normaliseBy", "'" + label + "' is not the label of a solver entry;"
          + " labels: " + String.join(", ", solvers.stream().map(Suite.SolverEntry::label)
              .toList()));
    }
  }

  private Checkpoints checkpoints(JsonNode node, List<Suite.SolverEntry> solvers) {
    if (node == null || node.isNull()) {
      return Checkpoints.NONE;
    }
    if (!node.isArray() || node.isEmpty()) {
      throw keys.error("checkpoints", "expected a non-empty array of times such as [\"1s\","
          + " \"2s\", \"5s\", \"10s\"], found " + SuiteKeys.describe(node));
    }
    List<Duration> times = new ArrayList<>();
    for (int k = 0; k < node.size(); k++) {
      Duration t = keys.timeLimit(node.get(k), "checkpoints[" + k + "]", null);
      if (t == null) {
        throw keys.error("checkpoints[" + k + "]", "expected a time such as \"1s\", found null");
      }
      times.add(t);
    }
    Duration largest = solvers.stream().map(Suite.SolverEntry::timeLimit)
        .max(Duration::compareTo).orElseThrow();
    try {
      return new Checkpoints(times).within(largest);
    } catch (IllegalArgumentException e) {
      throw keys.error("checkpoints", e.getMessage());
    }
  }
}
