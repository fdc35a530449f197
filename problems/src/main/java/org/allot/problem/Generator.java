package org.allot.problem;

import java.util.random.RandomGenerator;

/**
 * A seeded source of instances. The same generator with the same random state gives the same
 * instance.
 *
 * @param <I> the instance type
 */
@FunctionalInterface
public interface Generator<I extends Instance> {
  I generate(RandomGenerator random);
}
