package org.dossier.nlp.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of reporting verbs ({@code speech/reporting-verbs.tsv}: lemma and the certainty it
 * gives an attributed claim), read once per JVM for every component that asks "is this a
 * reporting verb": speakers and claims, the event coders (an event under "said" is reported, not
 * done), the reference resolver and the parse selector. Components that need more verbs (quote
 * verbs, wanting verbs) add their own lists to this one. Immutable and thread-safe.
 */
public final class ReportingVerbs {
  /** The bundled list, a resource of the speech package. */
  public static final String RESOURCE = "/org/dossier/nlp/speech/reporting-verbs.tsv";

  private static final Map<String, String> CERTAINTY = load();

  private ReportingVerbs() {}

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(ReportingVerbs.class, RESOURCE)) {
      String[] f = row.text().strip().toLowerCase(Locale.ROOT).split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(row.where() + ": expected lemma<TAB>certainty, got: " + row.text());
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /** The lemmas (lower case). */
  public static Set<String> lemmas() {
    return CERTAINTY.keySet();
  }

  /** Whether {@code lemma} (lower case) is a reporting verb ("say", "tell", "announce"). */
  public static boolean contains(String lemma) {
    return CERTAINTY.containsKey(lemma);
  }

  /** Each lemma with the certainty it gives a claim whose content carries no hedge of its own. */
  public static Map<String, String> certainties() {
    return CERTAINTY;
  }
}
