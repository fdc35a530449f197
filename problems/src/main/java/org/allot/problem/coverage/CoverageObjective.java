package org.allot.problem.coverage;

import java.util.Arrays;
import java.util.Objects;

/**
 * What covering cells is worth: a normalised, monotone submodular function F of the set of
 * covered cells, maximised. Both cases give obstacle cells no value.
 */
public sealed interface CoverageObjective {
  /** The number of cells it is defined over ({@code width * height}). */
  int cells();

  /**
   * Weighted coverage: {@code F(C) = sum of weight[c] over the covered cells c}.
   *
   * @param weight per cell (row-major, {@code y * width + x}), finite and {@code >= 0}
   */
  record WeightedCoverage(double[] weight) implements CoverageObjective {
    public WeightedCoverage {
      weight = weight.clone();
      for (int c = 0; c < weight.length; c++) {
        if (!Double.isFinite(weight[c]) || weight[c] < 0) {
          throw new IllegalArgumentException("weight of cell " + c + " must be a finite number"
              + " >= 0, got " + weight[c]);
        }
      }
    }

    @Override
    public int cells() {
      return weight.length;
    }

    /** The weights (a copy). */
    @Override
    public double[] weight() {
      return weight.clone();
    }

    public double weightOf(int cell) {
      return weight[cell];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WeightedCoverage w && Arrays.equals(weight, w.weight);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(weight);
    }

    @Override
    public String toString() {
      return "WeightedCoverage[" + weight.length + " cells]";
    }
  }

  /**
   * Item collection (SubPO's group-Steiner variant): cell {@code c} holds an item of type
   * {@code itemType[c]} or none ({@code -1}); {@code F(C) = sum over types k of
   * min(#covered cells holding type k, requirement[k])}, so the value of one more item of a type
   * drops to 0 once its requirement is met.
   *
   * @param itemType per cell (row-major), a type in {@code 0..types-1} or {@code -1}
   * @param requirement per type, {@code D_k >= 0}
   */
  record ItemCollection(int[] itemType, int[] requirement) implements CoverageObjective {
    public ItemCollection {
      itemType = itemType.clone();
      requirement = requirement.clone();
      for (int k = 0; k < requirement.length; k++) {
        if (requirement[k] < 0) {
          throw new IllegalArgumentException("requirement of item type " + k + " must be >= 0,"
              + " got " + requirement[k]);
        }
      }
      for (int c = 0; c < itemType.length; c++) {
        if (itemType[c] < -1 || itemType[c] >= requirement.length) {
          throw new IllegalArgumentException("item type of cell " + c + " must be -1 (none) or"
              + " in 0.." + (requirement.length - 1) + ", got " + itemType[c]);
        }
      }
    }

    @Override
    public int cells() {
      return itemType.length;
    }

    /** The number of item types. */
    public int types() {
      return requirement.length;
    }

    /** The item type per cell (a copy). */
    @Override
    public int[] itemType() {
      return itemType.clone();
    }

    /** The requirement per type (a copy). */
    @Override
    public int[] requirement() {
      return requirement.clone();
    }

    public int typeOf(int cell) {
      return itemType[cell];
    }

    public int requirementOf(int type) {
      return requirement[type];
    }

    /** The largest possible F: the sum of the requirements. */
    public int maximum() {
      int s = 0;
      for (int d : requirement) {
        s += d;
      }
      return s;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ItemCollection i && Arrays.equals(itemType, i.itemType)
          && Arrays.equals(requirement, i.requirement);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(itemType), Arrays.hashCode(requirement));
    }

    @Override
    public String toString() {
      return "ItemCollection[" + itemType.length + " cells, requirements "
          + Arrays.toString(requirement) + "]";
    }
  }
}
