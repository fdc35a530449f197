package org.allot.problem;

/**
 * A candidate solution of some instance. Solutions are plain data (records over primitive
 * arrays); whether one is feasible is decided only by {@link Problem#evaluate}.
 */
public interface Solution {}
