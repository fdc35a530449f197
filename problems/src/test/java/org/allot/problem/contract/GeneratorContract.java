package org.allot.problem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.GeneratorSpecException;
import org.allot.problem.Generators;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The contract every family's generators pass: found through the problem, deterministic to the
 * byte, {@code count} and reseeding as documented, and errors that name the spec, the
 * parameter and the valid values. Subclass it once per family.
 *
 * @param <I> the instance type
 */
public abstract class GeneratorContract<I extends Instance> {
  protected abstract Problem<I, ?> problem();

  /** Small seeded specs as text, each giving at least one instance. */
  protected abstract List<String> specs();

  /** Bad specs, each with a part of the message it must fail with. */
  protected abstract Map<String, String> badSpecs();

  /** {@code instance} under another name (to compare instances whatever their names). */
  protected abstract I renamed(I instance, String name);

  private GeneratorFamily<I> family() {
    return problem().generators().orElseThrow();
  }

  private List<I> generate(GeneratorSpec spec) {
    return Generators.generate(spec, problem().instanceType());
  }

  private String text(I instance) {
    StringWriter w = new StringWriter();
    try {
      problem().formats().getFirst().write(instance, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  @Test
  void isFoundThroughItsProblemAndDeclaresItsParameters() {
    assertSame(family(), Generators.family(problem().id()));
    assertEquals(problem().id(), family().family());
    assertFalse(family().summary().isBlank());
    Set<String> names = new HashSet<>();
    for (GeneratorParameter p : family().parameters()) {
      assertTrue(names.add(p.name()), "parameter " + p.name() + " declared twice");
      assertFalse(p.meaning().isBlank(), p.name());
    }
    assertTrue(names.containsAll(List.of("seed", "count")), "seed and count: " + names);
    for (String example : family().examples()) {
      assertFalse(Generators.generate(example).isEmpty(), example);
    }
  }

  @Test
  void theSameSpecGivesTheSameBytesAndDistinctNames() {
    for (String s : specs()) {
      GeneratorSpec spec = GeneratorSpec.parse(s);
      assertEquals(spec, GeneratorSpec.parse(spec.toString()), "spec text round trip");
      List<I> a = generate(spec);
      List<I> b = generate(GeneratorSpec.parse(s));
      assertFalse(a.isEmpty(), s);
      assertEquals(a, b, s);
      Set<String> names = new HashSet<>();
      for (int k = 0; k < a.size(); k++) {
        assertEquals(text(a.get(k)), text(b.get(k)), s);
        assertTrue(names.add(a.get(k).name()), s + ": name " + a.get(k).name() + " twice");
      }
    }
  }

  @Test
  void countGivesThatManyInstancesTheFirstAsCountOne() {
    for (String s : specs()) {
      GeneratorSpec spec = GeneratorSpec.parse(s);
      List<I> three = generate(spec.with("count", "3"));
      assertEquals(3, three.size(), s);
      assertEquals(3, new HashSet<>(three.stream().map(Instance::name).toList()).size(), s);
      I one = generate(spec.with("count", "1")).getFirst();
      assertEquals(one, renamed(three.getFirst(), one.name()), s);
      assertNotEquals(renamed(three.get(1), "x"), renamed(three.getFirst(), "x"), s);
    }
  }

  @Test
  void reseedingMovesTheSeedAndGivesOtherInstances() {
    for (String s : specs()) {
      GeneratorSpec spec = GeneratorSpec.parse(s);
      assertEquals(spec, Generators.reseeded(spec, 0));
      GeneratorSpec next = Generators.reseeded(spec, 5);
      long seed = Long.parseLong(spec.value("seed").orElse(family().parameters().stream()
          .filter(p -> p.name().equals("seed")).findFirst().orElseThrow().defaultValue()));
      assertEquals(Long.toString(seed + 5), next.value("seed").orElseThrow(), s);
      assertNotEquals(renamed(generate(spec).getFirst(), "x"),
          renamed(generate(next).getFirst(), "x"), s);
    }
  }

  @Test
  void commandLineArgumentsGiveTheSameSpec() {
    for (String s : specs()) {
      GeneratorSpec spec = GeneratorSpec.parse(s);
      List<String> args = new ArrayList<>();
      spec.parameters().forEach((k, v) -> args.addAll(v.equals("true") ? List.of("--" + k)
          : List.of("--" + k, v)));
      assertEquals(spec, Generators.fromArguments(problem().id(), args), s);
    }
  }

  @Test
  void anUnknownParameterListsTheFamilysParameters() {
    GeneratorSpec spec = GeneratorSpec.parse(specs().getFirst()).with("no-such", "1");
    GeneratorSpecException e = assertThrows(GeneratorSpecException.class,
        () -> Generators.generate(spec));
    assertEquals("no-such", e.parameter());
    List<String> names = family().parameters().stream().map(GeneratorParameter::name).toList();
    assertEquals(spec + ": no-such is not a parameter of " + problem().id()
        + "; its parameters: " + String.join(", ", names), e.getMessage());
  }

  @Test
  void badSpecsFailNamingTheSpecAndTheParameter() {
    badSpecs().forEach((s, fragment) -> {
      GeneratorSpecException e = assertThrows(GeneratorSpecException.class,
          () -> Generators.generate(s), s);
      assertTrue(e.getMessage().startsWith(GeneratorSpec.parse(s) + ": "), e.getMessage());
      assertTrue(e.getMessage().contains(fragment), e.getMessage() + " lacks " + fragment);
    });
  }
}
