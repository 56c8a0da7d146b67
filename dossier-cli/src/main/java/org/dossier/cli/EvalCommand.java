package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalContext;
import org.dossier.eval.EvalOptions;
import org.dossier.eval.Evaluation;
import org.dossier.eval.SuiteResult;
import org.dossier.nlp.DossierConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier eval SUITE}: scores Dossier against public gold standards read at run time from
 * {@code ../shared/data} (beside the repository), optionally side by side with CoreNLP's own
 * pipeline. Prints a table per suite; {@code --json} also writes machine-readable results. The
 * {@code articles} suite reads whole-article gold files from {@code ../shared/gold/dev} (or
 * {@code --gold DIR}) and lists its misses with {@code --errors}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate Dossier against public gold standards (read at run time, never shipped).",
        "Suites: articles, conll2003, timebank, polnear, plover, petrarch, re3d, corpus, or 'all'."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the suites ran (whatever the scores)", "1:a suite failed or its data is missing",
        "2:invalid command line"})
final class EvalCommand implements Callable<Integer> {
  /** The baselines there are. */
  enum Baseline { corenlp }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUITE", description = "Suite to run, or 'all'.")
  String suite;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Gold-standard directory (default: ../shared/data beside the repository).")
  Path data;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "Corpus directory for the corpus suite (default: corpora beside the data directory).")
  Path corpora;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Score at most N documents (records) per data set; 0 for all (default).")
  int limit;

  @Option(names = "--baseline", paramLabel = "corenlp",
      description = "Also run CoreNLP's own pipeline where it has a counterpart, and print both columns.")
  Baseline baseline;

  @Option(names = "--baseline-limit", paramLabel = "N", defaultValue = "20",
      description = "Documents CoreNLP's slow full pipeline (throughput, quotes) processes; 0 for all"
          + " (default: ${DEFAULT-VALUE}).")
  int baselineLimit;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
  Path json;

  @Option(names = "--gold", paramLabel = "DIR",
      description = "articles: folder of article gold files (*.gold.json; default: gold/dev beside the data"
          + " directory, i.e. ../shared/gold/dev).")
  Path gold;

  @Option(names = "--errors", description = "articles: also list every miss, grouped by kind, largest group first.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be >= 0, got: " + limit);
    }
    if (baselineLimit < 0) {
      throw new ParameterException(spec.commandLine(), "--baseline-limit must be >= 0, got: " + baselineLimit);
    }
    List<String> names = "all".equals(suite) ? Evaluation.suiteNames() : List.of(suite);
    if (!Evaluation.suiteNames().containsAll(names)) {
      throw new ParameterException(spec.commandLine(),
          "unknown suite '" + suite + "'; expected one of " + Evaluation.suiteNames() + " or all");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dataDir = data != null ? data : defaultData();
    Path corporaDir = corpora != null ? corpora : dataDir.toAbsolutePath().normalize().resolveSibling("corpora");
    EvalOptions options = new EvalOptions(dataDir, corporaDir, limit, baseline != null, baselineLimit,
        DossierConfig.defaults(), gold, errors);
    EvalContext context = new EvalContext(options);
    List<SuiteResult> results = new ArrayList<>();
    int status = 0;
    for (String name : names) {
      try {
        SuiteResult r = Evaluation.run(name, context);
        results.add(r);
        out.print(r.table());
        out.println();
        out.flush();
      } catch (Evaluation.DataMissingException e) {
        err.println("dossier: eval: " + e.getMessage());
        status = 1;
      }
    }
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, Evaluation.toJson(results, options, Evaluation.gitRevision(repositoryRoot())) + "\n");
      err.println("dossier: eval: results written to " + json);
    }
    return status;
  }

  /**
   * {@code ../shared/data} next to the repository: looked for from the working directory upwards,
   * then from the CLI jar's location; the first candidate when none exists, so that the message
   * names where it was expected.
   */
  static Path defaultData() {
    List<Path> candidates = new ArrayList<>();
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      candidates.add(p.resolve("../shared/data").normalize());
    }
    Path root = repositoryRoot();
    candidates.add(root.resolve("../shared/data").normalize());
    for (Path c : candidates) {
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return candidates.get(0);
  }

  /** The repository root: from the jar (dossier-cli/target/…) when run from a build, else the working directory. */
  static Path repositoryRoot() {
    try {
      Path code = Path.of(EvalCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // dossier-cli/target/dossier-cli.jar or dossier-cli/target/classes
      Path target = code.getParent();
      if (target != null && target.getParent() != null && target.getParent().getParent() != null
          && Files.isRegularFile(target.getParent().getParent().resolve("pom.xml"))) {
        return target.getParent().getParent();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath();
  }
}
