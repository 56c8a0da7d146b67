package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.store.Store;
import picocli.CommandLine;

/** Opening an existing store for the read commands. */
final class StoreDirs {
  private StoreDirs() {}

  /** Opens the store in {@code dir}, or fails with a usage error when there is none. */
  static Store openExisting(CommandLine cli, Path dir) {
    if (!Files.isRegularFile(dir.resolve("dossier.duckdb"))) {
      throw new CommandLine.ParameterException(cli, "no Dossier store in " + dir
          + " (create one with: dossier ingest FILE... --store " + dir + ")");
    }
    return Store.open(dir);
  }
}
