package org.dossier.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: entry point and subcommand registry. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Reads news articles and extracts actors, roles, events, quotes, claims, goals, times"
        + " and amounts, each tied to its evidence span (dossier/1 JSON).",
    subcommands = {ExtractCommand.class, BriefCommand.class, IngestCommand.class, QueryCommand.class,
        ExportCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class, GeoEvalCommand.class,
        BenchCommand.class, SparkCommand.class, KbConvertCommand.class,
        CommandLine.HelpCommand.class})
public final class DossierCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI on stdout/stderr (UTF-8) and returns its exit status. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    try {
      return run(out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs the CLI and returns its exit status (0 ok, 1 some input failed, 2 usage error). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new DossierCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("dossier: error: " + ex.getMessage());
      return 1;
    });
    return cli.execute(args);
  }
}
