package org.dossier.nlp.reference;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.pipeline.Component;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * The one resolver of pronouns and short references: links "he", "her", "its", "it said", "they
 * said" and descriptions ("the minister" by role title, "the Islamic group" or "the country" by
 * kind, {@code class-nouns.tsv}) to the document's actors, once per document, and writes the
 * {@link References#LAYER}. Every later component (quotes, claims, goals, events) asks that layer
 * instead of resolving on its own, so one "he" is one person throughout the dossier.
 *
 * <p>The policy is general and data-light (see {@link Resolution}): agreement first (gender from
 * honorifics, person vs organisation or country from the pronoun's entry in {@code pronouns.tsv}),
 * then the speaker of the previous reporting clause for a pronoun that speaks ("…,” he said),
 * then, earlier in the same sentence, the first compatible person for "he"/"she" (subjects come
 * first in English) and the nearest compatible group or organisation for "they"/"its", then the
 * first compatible actor of the nearest earlier sentence that has one, up to eight
 * sentences back (names only: a resolved pronoun is not an antecedent, but it does make its actor
 * the speaker of the reporting clause it is the subject of). A name inside
 * quotation marks is never the antecedent of a pronoun outside them. Stateless and thread-safe.
 */
public final class ReferenceResolver implements Component {
  /** The speech lists whose first column holds lemmas of verbs that introduce speech. */
  private static final Set<String> SPEECH_VERBS = speechVerbs();

  @Override
  public String name() {
    return "references";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.ACTOR_MENTIONS,
        Layers.CLAUSES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(References.LAYER);
  }

  @Override
  public Doc apply(Doc doc) {
    return doc.with(References.LAYER, new Resolution(doc, SPEECH_VERBS).run());
  }

  /**
   * The actor that tokens {@code [firstToken, endToken)} of {@code doc} refer to when the span is
   * headed (last token) by a pronoun or role description the resolver linked: e.g. the span of a
   * clause argument, {@code Clauses.argumentSpan(head)}. Empty for names (read the
   * {@code actorMentions} layer for those), for unresolved references, and when the document has
   * no {@link References#LAYER}.
   */
  public static Optional<String> resolve(Doc doc, int firstToken, int endToken) {
    return References.of(doc).resolve(firstToken, endToken);
  }

  private static Set<String> speechVerbs() {
    Set<String> out = new HashSet<>(ReportingVerbs.lemmas());
    out.addAll(DataFile.firstColumn(ReferenceResolver.class, "/org/dossier/nlp/speech/quote-verbs.txt"));
    return Set.copyOf(out);
  }
}
