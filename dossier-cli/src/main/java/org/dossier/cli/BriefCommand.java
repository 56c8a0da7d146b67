package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefRenderer;
import org.dossier.brief.Briefs;
import org.dossier.brief.StoreBriefs;
import org.dossier.model.Dossier;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.ReadOptions;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier brief FILE} or {@code dossier brief --store DIR (--actor NAME | --topic QUERY)}:
 * the "what to know" brief of an article, an actor or a topic, built from what was extracted,
 * every line with the evidence it rests on.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {"Write the \"what to know\" brief of an article (FILE), or of an actor or topic across a store:"
        + " what happened, key actors and roles, what each wants and did, background, who said what, claims and"
        + " how firm they are, relations, numbers. Every line cites its evidence."})
final class BriefCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The article (.txt, .html, or a one-record .jsonl).")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date, if the file carries none.")
  LocalDate date;

  @Option(names = "--store", paramLabel = "DIR", description = "Brief across this store (with --actor or --topic).")
  Path store;

  @Option(names = "--actor", paramLabel = "NAME", description = "The actor to brief on (with --store).")
  String actor;

  @Option(names = "--topic", paramLabel = "QUERY", description = "Full-text query for a topic brief (with --store).")
  String topic;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (store briefs).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (store briefs).")
  LocalDate to;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
      description = "Output format (default: ${DEFAULT-VALUE}); md is coloured when writing to a terminal.")
  String format;

  @Option(names = "--kb", paramLabel = "FILE", description = "Extra knowledge-base files (TSV, see docs/kb.md).")
  List<Path> kbFiles = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("md", "html", "json").contains(format)) {
      throw new ParameterException(spec.commandLine(), "--format must be md, html or json, got: " + format);
    }
    if ((file == null) == (store == null)) {
      throw new ParameterException(spec.commandLine(), "give either FILE or --store DIR with --actor or --topic");
    }
    CliChecks.checkDate(spec, "--date", date);
    Brief brief;
    if (store != null) {
      if ((actor == null) == (topic == null)) {
        throw new ParameterException(spec.commandLine(), "--store needs exactly one of --actor NAME and --topic QUERY");
      }
      if (!StoreDirs.exists(store)) {
        err.println("dossier: error: " + StoreDirs.noStore(store));
        return 1;
      }
      try (Store s = Store.openReadOnly(store, StoreDirs.warnings(err))) {
        brief = actor != null ? StoreBriefs.forActor(s, actor, from, to) : StoreBriefs.forTopic(s, topic, from, to);
      } catch (IllegalArgumentException e) {
        err.println("dossier: error: " + e.getMessage());
        return 1;
      }
    } else {
      Dossier dossier = extract(err);
      if (dossier == null) {
        return 1;
      }
      brief = Briefs.forArticle(dossier);
    }
    String rendered = switch (format) {
      case "html" -> BriefRenderer.html(brief, null);
      case "json" -> BriefRenderer.json(brief);
      default -> BriefRenderer.markdown(brief, System.console() != null && System.getenv("NO_COLOR") == null);
    };
    out.print(rendered);
    out.flush();
    return 0;
  }

  private Dossier extract(PrintWriter err) {
    InputRecord record;
    try (Stream<InputRecord> records = DocumentReader.read(file, new ReadOptions(date, null, null,
        ReadOptions.DEFAULT_MAX_BYTES))) {
      record = records.findFirst().orElse(InputRecord.failed(file.toString(), file + ": no document in the file"));
    }
    if (!record.ok()) {
      err.println("dossier: error: " + record.error());
      return null;
    }
    try {
      return Extractor.create(DossierConfig.defaults().withKbFiles(kbFiles)).extract(record.document());
    } catch (InputException e) {
      err.println("dossier: error: " + e.getMessage());
      return null;
    }
  }
}
