package org.allot.agent.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.train.TrainerInputException;
import org.allot.problem.InstanceFormat;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.TaillardGenerator;

/**
 * The dispatch trainer's instance specs: a Taillard name ({@code ta31}), {@code
 * random:JOBSxMACHINES[:COUNT[:SEED]]} (COUNT Taillard-distribution instances from one seed,
 * named {@code random-JxM-SEED-i}; COUNT 1 and SEED 0 by default), or a job-shop file in a known
 * format.
 */
final class JobShopSpecs {
  /** How far {@link #reseeded} moves a seed per update. */
  static final long SEED_STRIDE = 1_000_003L;

  private JobShopSpecs() {}

  /**
   * Reads {@code specs}, in order.
   *
   * @param option the option that gave them, for messages ("--instances")
   * @throws TrainerInputException naming the option and the spec when one is bad or unreadable,
   *     or when there is none
   */
  static List<JobShopInstance> load(List<String> specs, String option) {
    List<JobShopInstance> list = new ArrayList<>();
    for (String s : specs) {
      if (s.matches("ta\\d\\d")) {
        try {
          list.add(TaillardGenerator.benchmark(s));
        } catch (RuntimeException e) {
          throw new TrainerInputException(option + " " + s + ": " + e.getMessage(), e);
        }
      } else if (s.startsWith("random:")) {
        list.addAll(random(s, option));
      } else {
        list.add(file(Path.of(s), option));
      }
    }
    if (list.isEmpty()) {
      throw new TrainerInputException(option + " needs at least one instance");
    }
    return list;
  }

  /** True when some spec is {@code random:}, which {@link #reseeded} can renew. */
  static boolean anyRandom(List<String> specs) {
    return specs.stream().anyMatch(s -> s.startsWith("random:"));
  }

  /** The specs with every random: spec's seed moved on by {@value #SEED_STRIDE} per update. */
  static List<String> reseeded(List<String> specs, int update) {
    List<String> out = new ArrayList<>();
    for (String s : specs) {
      if (!s.startsWith("random:")) {
        out.add(s);
        continue;
      }
      String[] parts = s.split(":");
      String count = parts.length > 2 ? parts[2] : "1";
      long seed = parts.length > 3 ? Long.parseLong(parts[3]) : 0;
      out.add("random:" + parts[1] + ":" + count + ":" + (seed + SEED_STRIDE * update));
    }
    return out;
  }

  private static List<JobShopInstance> random(String s, String option) {
    String[] parts = s.substring("random:".length()).split(":");
    String[] size = parts[0].split("x");
    try {
      int jobs = Integer.parseInt(size[0]);
      int machines = Integer.parseInt(size[1]);
      int count = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      long seed = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
      SplittableRandom random = new SplittableRandom(seed);
      List<JobShopInstance> list = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        list.add(RandomJobShopGenerator.taillardLike(jobs, machines).generate(random,
            "random-" + jobs + "x" + machines + "-" + seed + "-" + i));
      }
      return list;
    } catch (RuntimeException e) {
      throw new TrainerInputException(option + " " + s + ": expected"
          + " random:JOBSxMACHINES[:COUNT[:SEED]], for example random:15x10:4:0 ("
          + e.getMessage() + ")", e);
    }
  }

  private static JobShopInstance file(Path path, String option) {
    if (!Files.isRegularFile(path)) {
      throw new TrainerInputException(option + " " + path + ": no such file; expected a"
          + " Taillard name (ta31), random:JOBSxMACHINES[:COUNT[:SEED]] or a job-shop file");
    }
    try {
      String head;
      try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        char[] buf = new char[4096];
        int read = reader.read(buf);
        head = read <= 0 ? "" : new String(buf, 0, read);
      }
      for (InstanceFormat<JobShopInstance> format : new JobShop().formats()) {
        if (format.accepts(path, head)) {
          return format.read(path);
        }
      }
    } catch (IOException e) {
      throw new TrainerInputException(option + " " + e.getMessage(), e);
    }
    throw new TrainerInputException(option + " " + path
        + ": not a job-shop instance in a known format");
  }
}
