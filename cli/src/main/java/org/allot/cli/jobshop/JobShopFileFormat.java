package org.allot.cli.jobshop;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardFormat;

/** The job-shop file formats {@code allot generate} writes. */
public enum JobShopFileFormat {
  /** OR-Library / JSPLIB: {@code n m}, then per job {@code machine duration} pairs from 0. */
  STANDARD,
  /** Taillard's: a Times block and a Machines block, machines numbered from 1. */
  TAILLARD;

  /** Prose comment lines are wrapped at this width (the "# " included) to stay readable. */
  static final int COMMENT_WIDTH = 96;

  /** The text of {@code instance} in this format, preceded by {@code comments} as # lines. */
  public String text(JobShopInstance instance, List<String> comments) {
    StringWriter w = new StringWriter();
    try {
      switch (this) {
        case STANDARD -> StandardFormat.INSTANCE.write(instance, w, comments);
        case TAILLARD -> {
          for (String c : comments) {
            w.write("# " + c + "\n");
          }
          TaillardFormat.INSTANCE.write(instance, w);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string failed", e);
    }
    return w.toString();
  }

  /** {@code text} cut at word boundaries into comment lines of {@link #COMMENT_WIDTH}. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > COMMENT_WIDTH - 2) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
