package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Store;
import picocli.CommandLine;

/** Opening an existing store for the read commands. */
final class StoreDirs {
  private StoreDirs() {}

  /**
   * Opens the store in {@code dir} read-only (so that it can be read beside a running
   * {@code serve}, or from a read-only directory), or fails with a usage error when there is none;
   * the store's warnings go to the command's standard error.
   */
  static Store openExisting(CommandLine cli, Path dir) {
    if (!exists(dir)) {
      throw new CommandLine.ParameterException(cli, noStore(dir));
    }
    return Store.openReadOnly(dir, warnings(cli.getErr()));
  }

  /** Whether {@code dir} holds a store. */
  static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve("dossier.duckdb"));
  }

  /** The one line that says there is no store in {@code dir}. */
  static String noStore(Path dir) {
    return "no Dossier store in " + dir + " (create one with: dossier ingest FILE... --store " + dir + ")";
  }

  /** The store's warnings as lines on {@code err}. */
  static java.util.function.Consumer<String> warnings(java.io.PrintWriter err) {
    return m -> {
      err.println("dossier: warning: " + m);
      err.flush();
    };
  }
}
