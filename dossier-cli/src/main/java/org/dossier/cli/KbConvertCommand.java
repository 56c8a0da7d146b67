package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.kb.KnowledgeBase;
import org.dossier.kb.PhoenixConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier kb-convert}: converts PETRARCH/Phoenix actor dictionaries into Dossier's own
 * knowledge-base TSV files (persons with dated offices, armed and opposition groups); see
 * {@link PhoenixConverter} and docs/kb.md. Re-runnable: the same inputs give the same files.
 */
@Command(name = "kb-convert", mixinStandardHelpOptions = true,
    description = "Convert PETRARCH/Phoenix actor dictionaries into knowledge-base TSV files (entities and roles).")
final class KbConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DICTIONARY", description = "Phoenix *.actors.txt files.")
  List<Path> dictionaries;

  @Option(names = "--out", required = true, description = "Directory for phoenix-entities.tsv and phoenix-roles.tsv.")
  Path out;

  @Option(names = "--since", description = "Keep persons whose office ends on or after this date (default: 1990-01-01).")
  LocalDate since = LocalDate.of(1990, 1, 1);

  @Override
  public Integer call() throws Exception {
    for (Path p : dictionaries) {
      if (!Files.isRegularFile(p)) {
        System.err.println("kb-convert: no such file: " + p);
        return 2;
      }
    }
    Files.createDirectories(out);
    PhoenixConverter.Result r = PhoenixConverter.convert(dictionaries, KnowledgeBase.builtInOwn(), since);
    PhoenixConverter.write(r, out.resolve("phoenix-entities.tsv"), out.resolve("phoenix-roles.tsv"), dictionaries,
        since);
    System.err.println("kb-convert: " + r.entities().size() + " entities, " + r.roles().size() + " roles -> " + out);
    return 0;
  }
}
