package org.dossier.nlp.syntax;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * Chooses the sentences worth a dependency parse: those with a trigger lemma (an event verb or
 * noun, a reporting verb, a goal trigger) and at least one actor-like word (a mention, a linked
 * actor mention or a personal pronoun). The trigger lemmas are data: the event lexicon's heads and
 * the first words of the speech lists, passed in by whoever assembles the pipeline.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseSelector {
  /** The speech lists whose first column holds trigger lemmas, beside the speech components. */

  private final Set<String> triggers;

  /** A selector for sentences holding one of {@code triggerLemmas} (lower case). */
  public ParseSelector(Collection<String> triggerLemmas) {
    Set<String> t = new HashSet<>();
    for (String l : triggerLemmas) {
      t.add(l.toLowerCase(Locale.ROOT));
    }
    this.triggers = Set.copyOf(t);
  }

  /**
   * A selector for {@code eventHeads} (lemmas of event verbs and nouns) plus the reporting verbs and
   * goal triggers of the speech components.
   */
  public static ParseSelector withSpeechTriggers(Collection<String> eventHeads) {
    List<String> all = new ArrayList<>(eventHeads);
    all.addAll(ReportingVerbs.lemmas());
    all.addAll(firstWords("/org/dossier/nlp/speech/goal-triggers.tsv"));
    return new ParseSelector(all);
  }

  /** Number of trigger lemmas. */
  public int size() {
    return triggers.size();
  }

  /** Whether {@code lemma} is a trigger. */
  public boolean isTrigger(String lemma) {
    return triggers.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** The indices of the sentences of {@code doc} to parse; reads tokens, sentences and mentions. */
  public BitSet select(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    BitSet actorLike = new BitSet(tokens.size());
    doc.find(Layers.MENTIONS).ifPresent(ms -> ms.forEach(m -> actorLike.set(m.firstToken(), m.endToken())));
    doc.find(Layers.ACTOR_MENTIONS).ifPresent(ms -> {
      for (ActorMention am : ms) {
        Mention m = am.mention();
        actorLike.set(m.firstToken(), m.endToken());
      }
    });
    BitSet out = new BitSet();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      boolean trigger = false;
      boolean actor = false;
      for (int i = s.firstToken(); i < s.endToken() && !(trigger && actor); i++) {
        Token t = tokens.get(i);
        trigger |= triggers.contains(t.lemma().toLowerCase(Locale.ROOT));
        actor |= actorLike.get(i) || t.pos().equals("PRP") || t.ner().equals("PERSON")
            || t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION");
      }
      if (trigger && actor) {
        out.set(s.index());
      }
    }
    return out;
  }

  private static List<String> firstWords(String resource) {
    List<String> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.rows(ParseSelector.class, resource)) {
      out.add(row.text().strip().split("[\\t ]")[0]);
    }
    return out;
  }
}
