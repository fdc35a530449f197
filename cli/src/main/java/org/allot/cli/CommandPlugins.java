package org.allot.cli;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import picocli.CommandLine;

/** Adds the {@link CommandPlugin} commands found on the class path to {@code allot}. */
final class CommandPlugins {
  private static final String HELP = "help";

  private CommandPlugins() {}

  /**
   * Adds every plugin's command to {@code allot} as a subcommand, before {@code help} (which
   * stays last in the listing). Call before setting handlers, which then reach the plugins too.
   * A plugin that cannot be loaded is left out with a warning on stderr, so that a broken
   * optional module never stops {@code allot solve}.
   *
   * @return {@code allot}
   */
  static CommandLine install(CommandLine allot) {
    boolean help = allot.getSubcommands().containsKey(HELP);
    if (help) {
      allot.getCommandSpec().removeSubcommand(HELP);
    }
    try {
      for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class,
          CommandPlugin.class.getClassLoader())) {
        allot.addSubcommand(plugin.command());
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      System.err.println("allot: warning: a command plugin could not be loaded and is left out: "
          + e);
    }
    if (help) {
      // a new one: the removed one already carries the inherited options
      allot.addSubcommand(HELP, new CommandLine.HelpCommand());
    }
    return allot;
  }
}
