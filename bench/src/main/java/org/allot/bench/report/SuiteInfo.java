package org.allot.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report takes from the suite file (the copy {@code DIR/suite.json} the runner saves):
 * names for the title, the label to normalise objectives by, and the order of solvers and
 * instance files. Every part is optional.
 *
 * @param name the suite's name, or null
 * @param title the title, or null
 * @param description the description, or null
 * @param normaliseBy the solver label whose objective the others are divided by, or null
 * @param solvers the solver entries' labels or ids, in suite order
 * @param files the instance entries that are plain paths, in suite order
 */
record SuiteInfo(String name, String title, String description, String normaliseBy,
    List<String> solvers, List<String> files) {
  static final SuiteInfo NONE = new SuiteInfo(null, null, null, null, List.of(), List.of());

  SuiteInfo {
    solvers = List.copyOf(solvers);
    files = List.copyOf(files);
  }

  /**
   * The suite copy in {@code dir}, or {@link #NONE} when there is none.
   *
   * @throws IOException when the file exists but is not JSON, naming the file
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
        text(root.path("description")), text(root.path("normaliseBy")), solvers, files);
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
