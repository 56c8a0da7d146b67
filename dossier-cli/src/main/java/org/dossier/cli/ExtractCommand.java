package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.FieldChecks;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier extract FILE...}: one {@code dossier/1} object per document, in input order,
 * documents processed in parallel. A bad document is reported on stderr in one line and skipped;
 * the exit status is then 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract actors, events, quotes, claims, goals, times and amounts from articles.",
        "Inputs: plain UTF-8 text, JSONL records {id, published, title, url, text}, or HTML pages.",
        "A single text or HTML file prints one dossier/1 JSON object; JSONL input or several files"
            + " print one object per line, in input order."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document was extracted", "1:some input could not be read or extracted",
        "2:invalid command line"})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files (.txt, .jsonl, .html).")
  List<Path> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none; relative times resolve against it."
          + " Without it they stay unresolved.")
  LocalDate date;

  @Option(names = "--title", description = "Title of the (single) plain-text input.")
  String title;

  @Option(names = "--id", description = "Id of the (single) plain-text input (default: the file name).")
  String id;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|jsonl|md",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents processed in parallel (default: the number of cores).")
  Integer threads;

  @Option(names = "--kb", paramLabel = "FILE",
      description = "Extra knowledge-base file (TSV, format in docs/kb.md), loaded after the built-in one;"
          + " repeatable.")
  List<Path> kbFiles = List.of();

  @Option(names = "--parse", description = "Parse every sentence (default: only the sentences that can hold an event, a quote or a goal).")
  boolean parse;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time budget per document (default: ${DEFAULT-VALUE}); a document over it is reported as"
          + " failed and the others go on.")
  int docTimeout;

  @Override
  public Integer call() {
    if (files.size() > 1 && (title != null || id != null)) {
      throw new ParameterException(spec.commandLine(), "--title and --id apply to a single input file");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got: " + n);
    }
    CliChecks.checkDate(spec, "--date", date);
    CliChecks.checkTimeout(spec, docTimeout);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean single = files.size() == 1 && !isJsonl(files.get(0));
    Progress progress = new Progress(err, !single);
    ReadOptions options = new ReadOptions(date, title, id, ReadOptions.DEFAULT_MAX_BYTES);
    for (Path kb : kbFiles) {
      if (!java.nio.file.Files.isReadable(kb)) {
        throw new ParameterException(spec.commandLine(), "--kb file cannot be read: " + kb);
      }
    }
    Extractor extractor;
    try {
      extractor = Extractor.create(DossierConfig.defaults().withParse(parse).withKbFiles(kbFiles)
          .withDocTimeout(java.time.Duration.ofSeconds(docTimeout)));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), "--kb: " + e.getMessage());
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "dossier-extract");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int maxInFlight = n * 4;
    try {
      for (Path file : files) {
        try (Stream<InputRecord> records = DocumentReader.read(file, options)) {
          for (InputRecord record : (Iterable<InputRecord>) records::iterator) {
            window.add(pool.submit(() -> process(extractor, record)));
            while (window.size() >= maxInFlight) {
              write(window.poll(), out, err, progress, single);
            }
          }
        } catch (RuntimeException e) {
          err.println("dossier: error: " + FieldChecks.escape(file + ": cannot be read (" + e.getMessage() + ")"));
          progress.failed();
        }
      }
      while (!window.isEmpty()) {
        write(window.poll(), out, err, progress, single);
      }
    } finally {
      pool.shutdownNow();
      out.flush();
    }
    progress.finish();
    return progress.failures() > 0 ? 1 : 0;
  }

  private static boolean isJsonl(Path p) {
    String s = p.toString().toLowerCase(Locale.ROOT);
    return s.endsWith(".jsonl") || s.endsWith(".ndjson");
  }

  private record Outcome(String rendered, Dossier dossier, int tokens, String error) {}

  private Outcome process(Extractor extractor, InputRecord record) {
    if (!record.ok()) {
      return new Outcome(null, null, 0, record.error());
    }
    try {
      Doc doc = extractor.annotate(record.document());
      Dossier dossier = extractor.assemble(doc);
      return new Outcome(render(dossier), dossier, doc.find(Layers.TOKENS).map(List::size).orElse(0), null);
    } catch (InputException e) {
      return new Outcome(null, null, 0, qualify(record.origin(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(null, null, 0, record.origin() + ": internal error (" + e + ")");
    }
  }

  private static String qualify(String origin, String message) {
    return message.startsWith(origin) ? message : origin + ": " + message;
  }

  private String render(Dossier dossier) {
    boolean singleJson = files.size() == 1 && !isJsonl(files.get(0));
    return switch (format) {
      case JSON -> singleJson ? DossierJson.toPrettyJson(dossier) : DossierJson.toJson(dossier);
      case JSONL -> DossierJson.toJson(dossier);
      case MD -> MarkdownRenderer.render(dossier);
    };
  }

  private static void write(Future<Outcome> future, PrintWriter out, PrintWriter err, Progress progress,
      boolean single) {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      err.println("dossier: error: " + FieldChecks.escape(String.valueOf(e.getCause())));
      progress.failed();
      return;
    }
    if (outcome.error() != null) {
      err.println("dossier: error: " + FieldChecks.escape(outcome.error()));
      progress.failed();
    } else {
      out.println(outcome.rendered());
      out.flush();
      progress.done(outcome.tokens());
    }
  }
}
