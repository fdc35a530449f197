package org.allot.plot;

/** Where a text's reference point lies along its baseline. */
public enum Anchor {
  /** The point is the left end of the text. */
  START,
  /** The point is the middle of the text. */
  MIDDLE,
  /** The point is the right end of the text. */
  END
}
