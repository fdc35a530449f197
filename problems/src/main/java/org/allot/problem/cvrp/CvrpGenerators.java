package org.allot.problem.cvrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.allot.problem.GeneratorArguments;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;
import org.allot.problem.cvrp.XGenerator.CustomerPositioning;
import org.allot.problem.cvrp.XGenerator.DemandDistribution;
import org.allot.problem.cvrp.XGenerator.DepotPositioning;

/**
 * The CVRP generator: {@link XGenerator}'s X-like instances, attributes not given drawn from the
 * seed as the X set draws them. Instance k of {@code count} (from 0) is generated from
 * {@code SplittableRandom(seed + k)}, so it equals the instance of {@code count=1} with that
 * seed, and with {@code count > 1} its name ends in {@code -s<seed + k>}.
 */
final class CvrpGenerators implements GeneratorFamily<CvrpInstance> {
  @Override
  public String family() {
    return Cvrp.ID;
  }

  @Override
  public String summary() {
    return "instances in the style of the X set (Uchoa et al. 2017)";
  }

  @Override
  public List<GeneratorParameter> parameters() {
    return List.of(
        GeneratorParameter.integer("customers", "Number of customers, 1.."
            + XGenerator.MAX_CUSTOMERS + "; needed."),
        GeneratorParameter.seed(0),
        GeneratorParameter.count("instance k from seed + k."),
        GeneratorParameter.text("depot", null, "central (500, 500), eccentric (0, 0) or random;"
            + " or the paper's C, E, R. Default: drawn."),
        GeneratorParameter.text("customers-placement", null, "random, clustered or"
            + " random-clustered; or R, C, RC. Default: drawn."),
        GeneratorParameter.text("demand", null, "U (unitary), 1-10, 5-10, 1-100, 50-100, Q"
            + " (quadrant) or SL (many small, few large); or the names unitary, small-large-cv,"
            + " small-small-cv, large-large-cv, large-small-cv, quadrant,"
            + " many-small-few-large. Default: drawn."),
        GeneratorParameter.decimal("route-size", "Average customers per route: the capacity"
            + " is max(largest demand, ceil(R * total demand / N)). Default: drawn from"
            + " triangular(3, 6, 25)."),
        GeneratorParameter.text("name", null, "The instance's NAME. Default:"
            + " X-n<N+1>-k<routes>_<depot>_<placement>_<demand>, as XGenerator names it."));
  }

  @Override
  public List<String> examples() {
    return List.of("cvrp:customers=200,seed=1",
        "cvrp:customers=100,seed=7,depot=eccentric,demand=1-100,route-size=10");
  }

  @Override
  public List<CvrpInstance> generate(GeneratorArguments a) {
    int customers = a.intValue("customers", 1, XGenerator.MAX_CUSTOMERS);
    Double routeSize = a.given("route-size") ? a.decimal("route-size") : null;
    if (routeSize != null && !(routeSize > 0)) {
      throw a.invalid("route-size", "expected a positive number of customers per route, for"
          + " example 6");
    }
    String name = a.given("name") ? a.text("name") : null;
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw a.invalid("name", "use letters, digits, '.', '_' and '-' only");
    }
    XGenerator g = new XGenerator(customers,
        choice(a, "depot", DepotPositioning.values(), DepotPositioning::code),
        choice(a, "customers-placement", CustomerPositioning.values(), CustomerPositioning::code),
        choice(a, "demand", DemandDistribution.values(), DemandDistribution::code), routeSize);
    long seed = a.seed();
    int count = a.count();
    List<CvrpInstance> list = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      CvrpInstance i = g.generate(new SplittableRandom(seed + k), name);
      list.add(count == 1 ? i : i.withName(i.name() + "-s" + (seed + k)));
    }
    return list;
  }

  /** The value named by its enum name (any case, '-' for '_') or its paper code; null if absent. */
  private static <E extends Enum<E>> E choice(GeneratorArguments a, String parameter,
      E[] values, Function<E, String> code) {
    if (!a.given(parameter)) {
      return null;
    }
    String text = a.text(parameter);
    String wanted = text.replace('-', '_');
    for (E e : values) {
      if (e.name().equalsIgnoreCase(wanted) || code.apply(e).equalsIgnoreCase(text)) {
        return e;
      }
    }
    List<String> known = new ArrayList<>();
    for (E e : values) {
      known.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (" + code.apply(e)
          + ")");
    }
    throw a.invalid(parameter, "expected one of " + String.join(", ", known));
  }
}
