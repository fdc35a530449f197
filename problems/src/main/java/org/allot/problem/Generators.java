package org.allot.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of generator families, one per {@link Problem} whose {@link Problem#generators()}
 * has one, and the entry point that turns a spec into instances: suites, training and
 * {@code allot generate} all come here. Thread-safe.
 *
 * <pre>{@code
 * List<? extends Instance> maps = Generators.generate("coverage:variant=rooms,seed=101,count=5");
 * GeneratorSpec next = Generators.reseeded(GeneratorSpec.parse("jobshop:jobs=15,machines=10"), 1);
 * }</pre>
 */
public final class Generators {
  private static final List<GeneratorFamily<?>> ALL = load();

  private Generators() {}

  private static List<GeneratorFamily<?>> load() {
    List<GeneratorFamily<?>> list = new ArrayList<>();
    for (Problem<?, ?> p : Problems.all()) {
      p.generators().ifPresent(list::add);
    }
    return List.copyOf(list);
  }

  /** Every family with generators, ordered by id. */
  public static List<GeneratorFamily<?>> all() {
    return ALL;
  }

  /** The ids of the families with generators. */
  public static List<String> families() {
    return ALL.stream().map(GeneratorFamily::family).toList();
  }

  /**
   * The generator family {@code id}.
   *
   * @throws GeneratorSpecException naming the families with generators when there is none
   */
  public static GeneratorFamily<?> family(String id) {
    for (GeneratorFamily<?> f : ALL) {
      if (f.family().equals(id)) {
        return f;
      }
    }
    throw new GeneratorSpecException(id, null, "no generator family '" + id + "'; families"
        + " with generators: " + String.join(", ", families()));
  }

  /**
   * The instances of a spec written as text, {@code family:name=value,...}.
   *
   * @throws GeneratorSpecException naming the spec, the parameter and what would be valid
   */
  public static List<? extends Instance> generate(String spec) {
    return generate(GeneratorSpec.parse(spec));
  }

  /** The instances of {@code spec}; as {@link #generate(String)}. */
  public static List<? extends Instance> generate(GeneratorSpec spec) {
    return generate(family(spec.family()), spec);
  }

  /**
   * The instances of {@code spec}, of a family whose instances are {@code type}s.
   *
   * @throws GeneratorSpecException also when the family's instances are not {@code type}s
   */
  public static <I extends Instance> List<I> generate(GeneratorSpec spec, Class<I> type) {
    List<? extends Instance> list = generate(spec);
    List<I> typed = new ArrayList<>(list.size());
    for (Instance i : list) {
      if (!type.isInstance(i)) {
        throw new GeneratorSpecException(spec.toString(), null, "makes " + spec.family()
            + " instances, not " + type.getSimpleName() + "s");
      }
      typed.add(type.cast(i));
    }
    return typed;
  }

  private static <I extends Instance> List<I> generate(GeneratorFamily<I> f, GeneratorSpec spec) {
    List<I> list = f.generate(new GeneratorArguments(spec, f.parameters()));
    Set<String> names = new HashSet<>();
    for (I i : list) {
      if (!names.add(i.name())) {
        throw new IllegalStateException(spec + " gave two instances named " + i.name());
      }
    }
    return List.copyOf(list);
  }

  /**
   * {@code spec} with its seed moved on by {@code offset}, for fresh instances of the same kind
   * (see {@link GeneratorFamily#reseeded}); {@code offset} 0 gives an equal spec.
   */
  public static GeneratorSpec reseeded(GeneratorSpec spec, long offset) {
    return offset == 0 ? spec : family(spec.family()).reseeded(spec, offset);
  }

  /**
   * The spec that command-line style arguments describe: {@code --name value} or
   * {@code --name=value} per parameter, a flag as {@code --name} alone (as {@code allot
   * generate FAMILY} takes them).
   *
   * @throws GeneratorSpecException for an argument that names no parameter of the family
   */
  public static GeneratorSpec fromArguments(String family, List<String> arguments) {
    GeneratorFamily<?> f = family(family);
    Map<String, GeneratorParameter> declared = new LinkedHashMap<>();
    f.parameters().forEach(p -> declared.put(p.name(), p));
    Map<String, String> values = new LinkedHashMap<>();
    String shown = family + " " + String.join(" ", arguments);
    for (int k = 0; k < arguments.size(); k++) {
      String arg = arguments.get(k);
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : "";
      GeneratorParameter p = declared.get(name);
      if (p == null) {
        throw new GeneratorSpecException(shown, null, "'" + arg + "' is not an option of "
            + family + "; its options: --" + String.join(", --", declared.keySet()));
      }
      if (eq >= 0) {
        values.put(name, arg.substring(eq + 1));
      } else if (p.type() == GeneratorParameter.Type.FLAG) {
        values.put(name, "true");
      } else if (k + 1 < arguments.size()) {
        values.put(name, arguments.get(++k));
      } else {
        throw new GeneratorSpecException(shown, name, "needs a value: " + p.meaning());
      }
    }
    return new GeneratorSpec(family, values);
  }
}
