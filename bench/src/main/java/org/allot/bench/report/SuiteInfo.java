package org.allot.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.allot.bench.suite.Checkpoints;

/**
 * What a report takes from the suite file (the copy {@code DIR/suite.json} the runner saves):
 * names for the title, the label to normalise objectives by, the order of solvers and instance
 * files, the anytime checkpoints and whether instances without a best-known value are measured
 * against the best seen. Every part is optional; the report command's flags override the last
 * two ({@link #with}).
 *
 * @param name the suite's name, or null
 * @param title the title, or null
 * @param description the description, or null
 * @param normaliseBy the solver label whose objective the others are divided by, or null
 * @param solvers the solver entries' labels or ids, in suite order
 * @param files the instance entries that are plain paths, in suite order
 * @param checkpoints the times at which the anytime tables read the runs ({@code
 *     "checkpoints"}), or none
 * @param bestSeen whether an instance without a best-known value has the best valid objective
 *     of the results as its reference ({@code "bestKnown": {"bestSeen": true}})
 */
record SuiteInfo(String name, String title, String description, String normaliseBy,
    List<String> solvers, List<String> files, Checkpoints checkpoints, boolean bestSeen) {
  static final SuiteInfo NONE = new SuiteInfo(null, null, null, null, List.of(), List.of(),
      Checkpoints.NONE, false);

  SuiteInfo {
    solvers = List.copyOf(solvers);
    files = List.copyOf(files);
    Objects.requireNonNull(checkpoints, "checkpoints");
  }

  /** This suite with other checkpoints and best-seen setting (the report command's flags). */
  SuiteInfo with(Checkpoints newCheckpoints, boolean newBestSeen) {
    return new SuiteInfo(name, title, description, normaliseBy, solvers, files, newCheckpoints,
        newBestSeen);
  }

  /**
   * The suite copy in {@code dir}, or {@link #NONE} when there is none.
   *
   * @throws IOException when the file exists but is not JSON, or its checkpoints are not
   *     increasing positive times, naming the file
   */
  static SuiteInfo read(Path dir) throws IOException {
    Path file = dir.resolve("suite.json");
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not a JSON suite file: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": expected a JSON object (the suite file)");
    }
    List<String> solvers = new ArrayList<>();
    for (JsonNode s : root.path("solvers")) {
      String label = text(s.path("label"));
      solvers.add(label != null ? label : text(s.path("id")));
    }
    List<String> files = new ArrayList<>();
    for (JsonNode i : root.path("instances")) {
      if (i.isTextual()) {
        files.add(i.asText());
      }
    }
    solvers.removeIf(s -> s == null);
    return new SuiteInfo(text(root.path("name")), text(root.path("title")),
        text(root.path("description")), text(root.path("normaliseBy")), solvers, files,
        checkpoints(file, root.path("checkpoints")),
        root.path("bestKnown").path("bestSeen").asBoolean(false));
  }

  private static Checkpoints checkpoints(Path file, JsonNode node) throws IOException {
    if (!node.isArray() || node.isEmpty()) {
      return Checkpoints.NONE;
    }
    List<String> items = new ArrayList<>();
    node.forEach(n -> items.add(n.asText()));
    try {
      return Checkpoints.parse(String.join(",", items));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": checkpoints: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
