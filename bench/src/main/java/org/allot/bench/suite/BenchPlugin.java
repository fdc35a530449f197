package org.allot.bench.suite;

import org.allot.cli.CommandPlugin;

/** Contributes {@code allot bench} to the command line. */
public final class BenchPlugin implements CommandPlugin {
  @Override
  public Object command() {
    return BenchCommand.commandLine();
  }
}
