package org.allot.solver.jobshop;

import org.allot.problem.jobshop.JobShop;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers one {@link NonDelayDispatcher} per {@link PriorityRule}. */
public abstract sealed class DispatchingRuleProvider implements SolverProvider {
  private final PriorityRule rule;

  DispatchingRuleProvider(PriorityRule rule) {
    this.rule = rule;
  }

  @Override
  public String problemId() {
    return JobShop.ID;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public String description() {
    return "dispatching rule: " + rule.title() + " (non-delay, ties to the lowest job)";
  }

  @Override
  public Solver<?, ?> create() {
    return new NonDelayDispatcher(rule);
  }

  /** SPT. */
  public static final class Spt extends DispatchingRuleProvider {
    public Spt() {
      super(PriorityRule.SPT);
    }
  }

  /** LPT. */
  public static final class Lpt extends DispatchingRuleProvider {
    public Lpt() {
      super(PriorityRule.LPT);
    }
  }

  /** MWKR. */
  public static final class Mwkr extends DispatchingRuleProvider {
    public Mwkr() {
      super(PriorityRule.MWKR);
    }
  }

  /** LWKR. */
  public static final class Lwkr extends DispatchingRuleProvider {
    public Lwkr() {
      super(PriorityRule.LWKR);
    }
  }

  /** MOPNR. */
  public static final class Mopnr extends DispatchingRuleProvider {
    public Mopnr() {
      super(PriorityRule.MOPNR);
    }
  }

  /** FDD/MWKR. */
  public static final class FddMwkr extends DispatchingRuleProvider {
    public FddMwkr() {
      super(PriorityRule.FDD_MWKR);
    }
  }

  /** FIFO. */
  public static final class Fifo extends DispatchingRuleProvider {
    public Fifo() {
      super(PriorityRule.FIFO);
    }
  }

  /** Random. */
  public static final class Random extends DispatchingRuleProvider {
    public Random() {
      super(PriorityRule.RANDOM);
    }
  }
}
