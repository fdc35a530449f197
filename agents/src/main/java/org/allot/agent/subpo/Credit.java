package org.allot.agent.subpo;

import java.util.Locale;

/**
 * How REINFORCE credits each action of a walk: the three rules the SubPO report compares, all
 * trained by the same code ({@link Reinforce}) and all evaluated on the true coverage F.
 */
public enum Credit {
  /**
   * SubPO (Prajapat et al., ICLR 2024, Eq. 7): the reward-to-go of marginal gains, {@code
   * sum_{j >= h} Delta(s_{j+1} | tau_{0:j})}; unbiased for {@code J = E[F(tau)]}.
   */
  SUBPO,
  /**
   * ModPO: the same gradient on modular rewards {@code F({s_{j+1}})}, each visit counted again,
   * repeats included (classic RL on the per-cell value, blind to what is already covered).
   */
  MODPO,
  /**
   * The public code's rule in expectation: each action credited with its own immediate marginal
   * gain only, {@code Delta(s_{h+1} | tau_{0:h})} (the code multiplies {@code log pi} by the
   * cumulative {@code F(tau_{0:h+1})}, whose extra terms do not depend on the action); a myopic,
   * greedy gradient.
   */
  IMMEDIATE;

  /**
   * Writes the credit of each of {@code steps} actions into {@code into}.
   *
   * @param gains the marginal gain of each step's new cell
   * @param modular the modular reward of each step's new cell ({@code F} of its footprint alone)
   */
  public void credits(double[] gains, double[] modular, int steps, double[] into) {
    switch (this) {
      case SUBPO -> rewardToGo(gains, steps, into);
      case MODPO -> rewardToGo(modular, steps, into);
      case IMMEDIATE -> System.arraycopy(gains, 0, into, 0, steps);
    }
  }

  private static void rewardToGo(double[] rewards, int steps, double[] into) {
    double sum = 0;
    for (int h = steps - 1; h >= 0; h--) {
      sum += rewards[h];
      into[h] = sum;
    }
  }

  /** The lower-case name, as options take it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The rule named {@code id} (subpo, modpo or immediate).
   *
   * @throws IllegalArgumentException naming the known rules
   */
  public static Credit of(String id) {
    for (Credit c : values()) {
      if (c.id().equalsIgnoreCase(id.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown credit rule '" + id + "'; expected subpo, modpo"
        + " or immediate");
  }
}
