package org.allot.problem.jobshop;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.allot.problem.GeneratorArguments;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.GeneratorSpecException;

/**
 * The job-shop generators: Taillard's benchmarks from his seeds ({@code taillard=ta01}, or
 * {@code all}), or random instances in the Taillard distribution ({@link RandomJobShopGenerator}:
 * {@code jobs}, {@code machines}, durations uniform on {@code [min-duration, max-duration]}).
 * {@code count} random instances are drawn one after the other from one
 * {@code SplittableRandom(seed)}, as {@code allot train dispatch} has always drawn them, so the
 * first equals the instance of {@code count=1}.
 */
final class JobShopGenerators implements GeneratorFamily<JobShopInstance> {
  /** The parameters only random instances take. */
  private static final List<String> RANDOM = List.of("jobs", "machines", "seed", "count",
      "min-duration", "max-duration", "name");

  @Override
  public String family() {
    return JobShop.ID;
  }

  @Override
  public String summary() {
    return "Taillard's ta01-ta80 from his seeds, or random instances in the same style";
  }

  @Override
  public List<GeneratorParameter> parameters() {
    return List.of(
        GeneratorParameter.text("taillard", null, "A Taillard benchmark, ta01 .. ta80, or all"
            + " for the 80 of them; excludes the other parameters."),
        GeneratorParameter.integer("jobs", "Random instance: number of jobs, at least 1."),
        GeneratorParameter.integer("machines", "Random instance: number of machines, at"
            + " least 1."),
        GeneratorParameter.seed(0),
        GeneratorParameter.count("drawn one after the other from the one seeded stream."),
        GeneratorParameter.integer("min-duration", 1, "Smallest duration, at least 0."),
        GeneratorParameter.integer("max-duration", 99, "Largest duration."),
        GeneratorParameter.text("name", null, "The instance's name (letters, digits, '.', '_',"
            + " '-'); default rand-<jobs>x<machines>-s<seed>; with count > 1 instance k"
            + " (from 0) is <name>-<k>."));
  }

  @Override
  public List<String> examples() {
    return List.of("jobshop:taillard=ta01", "jobshop:jobs=20,machines=15,seed=7",
        "jobshop:jobs=15,machines=10,count=4,seed=0");
  }

  @Override
  public List<JobShopInstance> generate(GeneratorArguments a) {
    return a.given("taillard") ? taillard(a) : random(a);
  }

  /** A Taillard spec is fixed: it comes back unchanged. */
  @Override
  public GeneratorSpec reseeded(GeneratorSpec spec, long offset) {
    return spec.value("taillard").isPresent() ? spec
        : GeneratorFamily.super.reseeded(spec, offset);
  }

  private static List<JobShopInstance> taillard(GeneratorArguments a) {
    for (String p : RANDOM) {
      if (a.given(p)) {
        throw new GeneratorSpecException(a.spec().toString(), p, "is for random instances;"
            + " taillard=" + a.text("taillard") + " comes with Taillard's own size and seeds."
            + " Drop one of them.");
      }
    }
    String name = a.text("taillard");
    if (name.equalsIgnoreCase("all")) {
      List<JobShopInstance> all = new ArrayList<>();
      for (int k = 1; k <= TaillardGenerator.benchmarkCount(); k++) {
        all.add(TaillardGenerator.benchmark(TaillardGenerator.benchmarkName(k)));
      }
      return all;
    }
    try {
      return List.of(TaillardGenerator.benchmark(name));
    } catch (NoSuchElementException e) {
      throw a.invalid("taillard", "expected ta01 .. ta80, or all");
    }
  }

  private static List<JobShopInstance> random(GeneratorArguments a) {
    if (!a.given("jobs") || !a.given("machines")) {
      throw a.invalid("give taillard=NAME (ta01 .. ta80, or all), or jobs and machines for a"
          + " random instance, for example jobshop:jobs=15,machines=10,seed=1");
    }
    int jobs = a.intValue("jobs", 1, 100_000);
    int machines = a.intValue("machines", 1, 100_000);
    int min = a.intValue("min-duration", 0, Integer.MAX_VALUE - 1);
    int max = a.intValue("max-duration", 0, Integer.MAX_VALUE - 1);
    if (max < min) {
      throw a.invalid("max-duration", "below min-duration " + min + "; raise it or lower"
          + " min-duration");
    }
    long seed = a.seed();
    int count = a.count();
    String name = name(a, "rand-" + jobs + "x" + machines + "-s" + seed);
    RandomJobShopGenerator g = new RandomJobShopGenerator(jobs, machines, min, max);
    SplittableRandom random = new SplittableRandom(seed);
    List<JobShopInstance> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(g.generate(random, count == 1 ? name : name + "-" + i));
    }
    return list;
  }

  /** The {@code name} given, checked to make a file name, or {@code otherwise}. */
  private static String name(GeneratorArguments a, String otherwise) {
    String name = a.given("name") ? a.text("name") : otherwise;
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw a.invalid("name", "use letters, digits, '.', '_' and '-' only (it becomes a file"
          + " name)");
    }
    return name;
  }
}
