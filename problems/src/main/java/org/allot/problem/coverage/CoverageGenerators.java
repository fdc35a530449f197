package org.allot.problem.coverage;

import java.util.ArrayList;
import java.util.List;
import org.allot.problem.GeneratorArguments;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;

/**
 * The coverage generators: SubPO's grid worlds ({@link CoverageVariant}). Instance k of
 * {@code count} (from 0) is the variant's map of seed {@code seed + k}, named
 * {@code <variant>-<seed + k>}, so {@code coverage:variant=rooms,seed=101,count=10} is the
 * suite's rooms-101 .. rooms-110.
 */
final class CoverageGenerators implements GeneratorFamily<CoverageInstance> {
  @Override
  public String family() {
    return Coverage.ID;
  }

  @Override
  public String summary() {
    return "submodular coverage grids after SubPO: nest density, items, two rooms";
  }

  @Override
  public List<GeneratorParameter> parameters() {
    return List.of(
        GeneratorParameter.text("variant", "nests", "nests (a Gaussian-mixture nest density,"
            + " 30 x 30), items (a 15 x 7 grid of six item types) or rooms (two rooms and a"
            + " corridor, where greedy gets stuck)."),
        GeneratorParameter.seed(1),
        GeneratorParameter.count("instance k is the map of seed + k."));
  }

  @Override
  public List<String> examples() {
    return List.of("coverage:variant=nests,seed=1", "coverage:variant=rooms,seed=101,count=10");
  }

  @Override
  public List<CoverageInstance> generate(GeneratorArguments a) {
    CoverageVariant variant = a.choice("variant", CoverageVariant.values());
    long seed = a.seed();
    int count = a.count();
    List<CoverageInstance> list = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      list.add(variant.generate(seed + k));
    }
    return list;
  }
}
