package org.dossier.cli;

import org.dossier.nlp.Version;
import org.dossier.nlp.corenlp.CoreNlpLayer;
import picocli.CommandLine;

/** Prints Dossier's and CoreNLP's versions for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dossier " + Version.DOSSIER, "Stanford CoreNLP " + CoreNlpLayer.VERSION,
        "Java " + System.getProperty("java.version")};
  }
}
