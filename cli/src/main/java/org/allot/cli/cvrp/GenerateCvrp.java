package org.allot.cli.cvrp;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.allot.cli.AtomicFiles;
import org.allot.cli.Exit;
import org.allot.cli.UserError;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.VrpFormat;
import org.allot.problem.cvrp.XGenerator;
import org.allot.problem.cvrp.XGenerator.CustomerPositioning;
import org.allot.problem.cvrp.XGenerator.DemandDistribution;
import org.allot.problem.cvrp.XGenerator.DepotPositioning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code allot generate cvrp}: seeded random "X-like" instances (Uchoa et al. 2017). */
@Command(name = "cvrp", mixinStandardHelpOptions = true, sortOptions = false,
    header = "CVRP instances in the style of the X set (Uchoa et al. 2017).",
    description = {"Generate a CVRPLIB .vrp instance with the X set's recipe: integer points on"
        + " a 1000 x 1000 grid, a depot placed centrally, eccentrically or at random, customers"
        + " random, clustered or half of each, one of seven demand distributions, and a"
        + " capacity of about --route-size customers per route. Attributes not given are drawn"
        + " from the seed, as the X set draws them. A COMMENT line records the command; the"
        + " same arguments give byte-identical output. Without --out the instance goes to"
        + " stdout.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  allot generate cvrp --customers 200 --seed 1",
        "  allot generate cvrp --customers 100 --seed 7 --depot eccentric"
            + " --customers-placement clustered --demand 1-100 --route-size 10 --out c100.vrp"})
public final class GenerateCvrp implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--customers", paramLabel = "N", required = true,
      description = "Number of customers, 1.." + XGenerator.MAX_CUSTOMERS + ".")
  int customers;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of"
      + " java.util.SplittableRandom. Default: ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--depot", paramLabel = "WHERE", description = "central (500, 500),"
      + " eccentric (0, 0) or random; or the paper's C, E, R. Default: drawn.")
  String depot;

  @Option(names = "--customers-placement", paramLabel = "HOW", description = "random,"
      + " clustered or random-clustered; or R, C, RC. Default: drawn.")
  String placement;

  @Option(names = "--demand", paramLabel = "KIND", description = "U (unitary), 1-10, 5-10,"
      + " 1-100, 50-100, Q (quadrant) or SL (many small, few large); or the names unitary,"
      + " small-large-cv, small-small-cv, large-large-cv, large-small-cv, quadrant,"
      + " many-small-few-large. Default: drawn.")
  String demand;

  @Option(names = "--route-size", paramLabel = "R", description = "Average customers per"
      + " route: the capacity is max(largest demand, ceil(R * total demand / N)). Default:"
      + " drawn from triangular(3, 6, 25).")
  Double routeSize;

  @Option(names = "--name", paramLabel = "NAME", description = "The instance's NAME. Default:"
      + " X-n<N+1>-k<routes>_<depot>_<placement>_<demand>, as XGenerator names it.")
  String name;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (out != null) {
      AtomicFiles.checkWritable("--out", out);
    }
    XGenerator generator = generator();
    CvrpInstance instance = generator.generate(new SplittableRandom(seed), name);
    byte[] bytes = text(instance).getBytes(StandardCharsets.UTF_8);
    if (out != null) {
      AtomicFiles.write(out, bytes);
    } else {
      spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
    }
    return Exit.OK.code();
  }

  private XGenerator generator() {
    if (customers < 1 || customers > XGenerator.MAX_CUSTOMERS) {
      throw new UserError("--customers " + customers + ": expected 1.."
          + XGenerator.MAX_CUSTOMERS);
    }
    if (routeSize != null && !(routeSize > 0 && Double.isFinite(routeSize))) {
      throw new UserError("--route-size " + routeSize + ": expected a positive number of"
          + " customers per route, for example 6");
    }
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new UserError("--name '" + name + "': use letters, digits, '.', '_' and '-' only");
    }
    return new XGenerator(customers,
        choice("--depot", depot, DepotPositioning.values(), DepotPositioning::code),
        choice("--customers-placement", placement, CustomerPositioning.values(),
            CustomerPositioning::code),
        choice("--demand", demand, DemandDistribution.values(), DemandDistribution::code),
        routeSize);
  }

  /** The value named by its enum name (any case, '-' for '_') or its paper code; null if absent. */
  static <E extends Enum<E>> E choice(String option, String text, E[] values,
      Function<E, String> code) {
    if (text == null) {
      return null;
    }
    String wanted = text.strip().replace('-', '_');
    for (E e : values) {
      if (e.name().equalsIgnoreCase(wanted) || code.apply(e).equalsIgnoreCase(text.strip())) {
        return e;
      }
    }
    List<String> known = new ArrayList<>();
    Arrays.stream(values).forEach(e -> known.add(e.name().toLowerCase(Locale.ROOT)
        .replace('_', '-') + " (" + code.apply(e) + ")"));
    throw new UserError(option + " '" + text + "': expected one of " + String.join(", ", known));
  }

  /** The .vrp text with a COMMENT line, after NAME, that records how to regenerate it. */
  private String text(CvrpInstance instance) throws IOException {
    StringWriter w = new StringWriter();
    VrpFormat.INSTANCE.write(instance, w);
    String vrp = w.toString();
    int afterName = vrp.indexOf('\n') + 1;
    return vrp.substring(0, afterName) + "COMMENT : Generated by: " + command() + "\n"
        + vrp.substring(afterName);
  }

  /** The command that regenerates the file, with the options as given. */
  private String command() {
    StringBuilder b = new StringBuilder("allot generate cvrp --customers ").append(customers)
        .append(" --seed ").append(seed);
    append(b, "--depot", depot);
    append(b, "--customers-placement", placement);
    append(b, "--demand", demand);
    append(b, "--route-size", routeSize == null ? null : routeSize.toString());
    append(b, "--name", name);
    return b.toString();
  }

  private static void append(StringBuilder b, String option, String value) {
    if (value != null) {
      b.append(' ').append(option).append(' ').append(value.strip());
    }
  }
}
