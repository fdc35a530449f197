package org.allot.bench.suite;

import org.allot.cli.CommandPlugin;

/** Contributes {@code allot jmh} to the command line. */
public final class JmhPlugin implements CommandPlugin {
  @Override
  public Object command() {
    return new JmhCommand();
  }
}
