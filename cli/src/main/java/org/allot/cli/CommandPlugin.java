package org.allot.cli;

/**
 * A top-level {@code allot} command contributed by a module that the command line cannot depend
 * on, such as {@code allot bench} from the bench module. Implementations are registered as
 * {@code META-INF/services/org.allot.cli.CommandPlugin} services; {@link Allot} adds every one
 * found on the class path as a subcommand, so the command appears in {@code allot --help} only
 * when its module is there.
 */
public interface CommandPlugin {
  /**
   * A new picocli command object: an instance of a class annotated with {@code @Command}, whose
   * {@code name} becomes the subcommand's name. It may declare a {@code @ParentCommand Allot}
   * field for {@link Allot#started()}.
   */
  Object command();
}
