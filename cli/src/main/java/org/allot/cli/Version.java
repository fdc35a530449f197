package org.allot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line of {@code allot --version}, from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Allot.class.getPackage().getImplementationVersion();
    return new String[] {"allot " + (v == null ? "(development build)" : v)
        + ", Java " + Runtime.version()};
  }
}
