package org.allot.problem;

/**
 * An immutable problem instance. Implementations are records that validate in their compact
 * constructor, so a constructed instance is always well formed.
 */
public interface Instance {
  /** The instance's name, usually the file name without its extension (for example {@code ta01}). */
  String name();
}
