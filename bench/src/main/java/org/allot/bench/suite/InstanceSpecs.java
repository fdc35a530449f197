package org.allot.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.GeneratorSpecException;
import org.allot.problem.Generators;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Problems;
import org.allot.problem.Solution;

/**
 * Resolves the {@code "instances"} of a suite: paths and globs relative to the suite's
 * directory, optional ones that are skipped when absent, and generator specs made by
 * {@link Generators}. Every instance is read or generated here, so a missing or malformed file
 * or spec fails before any run.
 */
final class InstanceSpecs {
  private static final List<String> KEYS = List.of("path", "glob", "optional", "generate",
      "params", "args");

  private final SuiteKeys keys;
  private final Path dir;
  private final List<String> skipped = new ArrayList<>();

  /**
   * One instance found.
   *
   * @param file the file as the suite names it (relative to the suite's directory), or the
   *     generator spec (with {@code #NAME} when the spec gives several instances)
   * @param loaded the instance read
   * @param key the key path of the spec that produced it, for messages
   */
  record Found(String file, Problems.Loaded<?, ?> loaded, String key) { }

  InstanceSpecs(SuiteKeys keys, Path dir) {
    this.keys = keys;
    this.dir = dir;
  }

  /** One line per optional spec skipped because nothing matched. */
  List<String> skipped() {
    return skipped;
  }

  /** Every instance of the {@code instances} array, in order, each file once. */
  List<Found> resolve(JsonNode array) {
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw keys.error("instances", "expected a non-empty array of paths, globs or generator"
          + " specs, found " + SuiteKeys.describe(array));
    }
    List<Found> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String key = "instances[" + i + "]";
      for (Found f : spec(array.get(i), key)) {
        if (seen.add(f.file())) {
          found.add(f);
        }
      }
    }
    return found;
  }

  private List<Found> spec(JsonNode node, String key) {
    if (node.isTextual()) {
      return files(node.textValue(), key, false);
    }
    keys.object(node, key, "a path, a glob, {\"glob\": ...}, {\"path\": ...} or"
        + " {\"generate\": ...}");
    keys.requireKnown(node, key, KEYS);
    int kinds = (node.has("path") ? 1 : 0) + (node.has("glob") ? 1 : 0)
        + (node.has("generate") ? 1 : 0);
    if (kinds != 1) {
      throw keys.error(key, "give exactly one of \"path\", \"glob\" or \"generate\"");
    }
    if (node.has("generate")) {
      if (node.has("optional")) {
        throw keys.error(key + ".optional", "a generated instance is never absent; remove"
            + " \"optional\"");
      }
      return generate(node, key);
    }
    for (String k : List.of("args", "params")) {
      if (node.has(k)) {
        throw keys.error(key + "." + k, "\"" + k + "\" goes with \"generate\" only");
      }
    }
    boolean optional = keys.bool(node.get("optional"), key + ".optional", false);
    String pattern = node.has("path") ? keys.text(node.get("path"), key + ".path", null)
        : keys.text(node.get("glob"), key + ".glob", null);
    return files(pattern, key, optional);
  }

  private List<Found> files(String pattern, String key, boolean optional) {
    if (pattern == null || pattern.isBlank()) {
      throw keys.error(key, "expected a file path or glob, found an empty string");
    }
    List<Path> paths;
    try {
      paths = isGlob(pattern) ? glob(dir, pattern) : existing(dir.resolve(pattern).normalize());
    } catch (IOException | IllegalArgumentException e) {
      throw keys.error(key, "cannot list '" + pattern + "': " + e.getMessage());
    }
    if (paths.isEmpty()) {
      if (optional) {
        skipped.add(key + " '" + pattern + "': no such file (optional, skipped)");
        return List.of();
      }
      throw keys.error(key, "'" + pattern + "' " + (isGlob(pattern) ? "matches no file"
          : "is not a file") + " (looked in " + dir.resolve(pattern).normalize().getParent()
          + "); paths are relative to the suite file's directory; mark data that may be absent"
          + " with {\"glob\": ..., \"optional\": true}");
    }
    List<Found> found = new ArrayList<>();
    for (Path p : paths) {
      found.add(new Found(dir.relativize(p).toString().replace('\\', '/'), read(p, key), key));
    }
    return found;
  }

  private Problems.Loaded<?, ?> read(Path file, String key) {
    try {
      return Problems.read(file);
    } catch (IOException | RuntimeException e) {
      throw keys.error(key, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /**
   * The instances of a generator spec: {@code {"generate": "family:name=value,..."}},
   * {@code {"generate": FAMILY, "params": {...}}}, or the older
   * {@code {"generate": FAMILY, "args": ["--name", "value", ...]}} (labelled, as before, by the
   * command {@code generate FAMILY ARGS}, so results files stay resumable).
   */
  private List<Found> generate(JsonNode node, String key) {
    String generate = keys.text(node.get("generate"), key + ".generate", null);
    if (generate == null || generate.isBlank()) {
      throw keys.error(key + ".generate", "expected a family such as \"coverage\" or a spec"
          + " such as \"coverage:variant=nests,seed=1\"");
    }
    if (node.has("args") && node.has("params")) {
      throw keys.error(key, "give \"params\" or \"args\", not both");
    }
    try {
      GeneratorSpec spec;
      String label;
      if (generate.contains(":")) {
        if (node.has("args") || node.has("params")) {
          throw keys.error(key, "the spec '" + generate + "' has its parameters; drop"
              + " \"params\" and \"args\", or give \"generate\" just the family");
        }
        spec = GeneratorSpec.parse(generate);
        label = spec.toString();
      } else if (node.has("args")) {
        List<String> args = args(node.get("args"), key);
        spec = Generators.fromArguments(generate, args);
        label = String.join(" ", "generate", generate, String.join(" ", args)).strip();
      } else {
        spec = new GeneratorSpec(generate, params(node.get("params"), key));
        label = spec.toString();
      }
      return found(spec, label, key);
    } catch (GeneratorSpecException e) {
      throw keys.error(key, e.getMessage());
    }
  }

  private List<String> args(JsonNode list, String key) {
    if (!list.isArray()) {
      throw keys.error(key + ".args", "expected an array of strings such as [\"--jobs\","
          + " \"10\"], found " + SuiteKeys.describe(list));
    }
    List<String> args = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      args.add(keys.scalar(list.get(k), key + ".args[" + k + "]"));
    }
    return args;
  }

  private Map<String, String> params(JsonNode params, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    if (params == null) {
      return values;
    }
    keys.object(params, key + ".params", "parameter values such as {\"seed\": 1}");
    for (Map.Entry<String, JsonNode> p : params.properties()) {
      values.put(p.getKey(), keys.scalar(p.getValue(), key + ".params." + p.getKey()));
    }
    return values;
  }

  /** One found instance per generated one: the label alone, or label#name for several. */
  private static List<Found> found(GeneratorSpec spec, String label, String key) {
    List<? extends Instance> instances = Generators.generate(spec);
    Problem<?, ?> problem = Problems.byId(spec.family());
    List<Found> found = new ArrayList<>();
    for (Instance i : instances) {
      found.add(new Found(instances.size() == 1 ? label : label + "#" + i.name(),
          loaded(problem, i), key));
    }
    return found;
  }

  private static <I extends Instance, S extends Solution> Problems.Loaded<I, S> loaded(
      Problem<I, S> problem, Instance instance) {
    return new Problems.Loaded<>(problem, problem.formats().getFirst(),
        problem.instanceType().cast(instance));
  }

  static boolean isGlob(String pattern) {
    return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static List<Path> existing(Path file) {
    return Files.isRegularFile(file) ? List.of(file) : List.of();
  }

  /**
   * The regular files under {@code dir} whose path matches {@code pattern}, in natural order
   * ({@code ta2} before {@code ta10}); none when the pattern's fixed directory part is absent.
   */
  static List<Path> glob(Path dir, String pattern) throws IOException {
    String[] parts = pattern.split("/");
    int fixed = 0;
    while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
      fixed++;
    }
    Path base = dir.resolve(String.join("/", List.of(parts).subList(0, fixed))).normalize();
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    String rest = String.join("/", List.of(parts).subList(fixed, parts.length));
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    int depth = rest.contains("**") ? Integer.MAX_VALUE : parts.length - fixed;
    try (Stream<Path> s = Files.walk(base, depth)) {
      return s.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
          .sorted(Comparator.comparing(p -> base.relativize(p).toString(), NaturalOrder.INSTANCE))
          .toList();
    }
  }
}
