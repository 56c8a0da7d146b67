package org.dossier.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.store.Store;
import org.dossier.store.export.ExportFormat;
import org.dossier.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier export FORMAT --out PATH}: a store's contents in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export a store.",
        "jsonl, csv, parquet: one file per table in the directory PATH.",
        "gdelt-events (61 columns), gdelt-mentions (16 columns), gkg (one row per document): one"
            + " tab-separated file PATH with a header row of GDELT column names (see docs/store.md)."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FORMAT",
      description = "jsonl, csv, parquet, gdelt-events, gdelt-mentions or gkg.")
  String format;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output file or directory.")
  Path out;

  @Option(names = "--no-header", description = "Tab-separated formats: no header row (as GDELT's own files).")
  boolean noHeader;

  @Option(names = "--force", description = "Overwrite files that exist at --out.")
  boolean force;

  @Override
  public Integer call() {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!force) {
      for (Path target : Exporter.targets(f, out)) {
        if (java.nio.file.Files.exists(target)) {
          spec.commandLine().getErr().println("dossier: error: " + target + " exists; give --force to overwrite it");
          return 1;
        }
      }
    }
    long rows;
    try (Store st = StoreDirs.openExisting(spec.commandLine(), store)) {
      rows = new Exporter(st.connection()).export(f, out, !noHeader);
    }
    spec.commandLine().getErr().printf(Locale.ROOT, "export: %d rows of %s -> %s%n", rows, f.cliName(), out);
    return 0;
  }
}
