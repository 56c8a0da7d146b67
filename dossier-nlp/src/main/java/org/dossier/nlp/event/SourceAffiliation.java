package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Event;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * A name inside the source's own noun phrase says whom the source belongs to, not whom it acts on:
 * in "Japan's prime minister visited the region" or "the Kenyan foreign minister met ..." Japan and
 * Kenya are the minister's affiliation. This filter drops a target named in the event's sentence only
 * inside the phrase of a clause subject whose head is a source mention ("Japan's prime minister X"),
 * never the head itself; the event stays with its other targets, or with none. A phrase whose head
 * is no actor keeps its parties ("talks between Israel and Syria resumed"). Sentences without a parse
 * are left as they are. Per document; not thread-safe.
 */
final class SourceAffiliation {
  private final List<ActorMention> mentions;
  private final Clauses clauses;

  SourceAffiliation(Doc doc) {
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    this.clauses = Clauses.of(doc);
  }

  /** {@code events} without the targets that stand only inside a source's own subject phrase. */
  List<Event> filtered(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<String> kept = e.target().stream().filter(t -> !onlyAffiliation(t, e)).toList();
      out.add(kept.size() == e.target().size() ? e : e.withParties(e.source(), kept));
    }
    return out;
  }

  private boolean onlyAffiliation(String id, Event e) {
    List<ActorMention> in = ConjunctSubjects.inEvidence(mentions, e);
    boolean named = false;
    for (ActorMention m : in) {
      if (!m.actorId().equals(id)) {
        continue;
      }
      if (!clauses.parsed(m.mention().firstToken())) {
        return false;
      }
      named = true;
      if (!insideSourceSubject(m, in, e)) {
        return false;
      }
    }
    return named;
  }

  /** Whether {@code m} lies in the phrase of a subject headed by a source mention, not at its head. */
  private boolean insideSourceSubject(ActorMention m, List<ActorMention> in, Event e) {
    int first = m.mention().firstToken();
    int end = m.mention().endToken();
    for (Clause c : clauses.all()) {
      if (c.subjects().stream().anyMatch(h -> first <= h && h < end)) {
        continue; // a co-subject acts with the source ("A and B finalized talks")
      }
      for (int h : c.subjects()) {
        int[] span = clauses.argumentSpan(h);
        if (first < span[0] || end > span[1] || (first <= h && h < end)) {
          continue;
        }
        for (ActorMention s : in) {
          if (e.source().contains(s.actorId()) && s.mention().firstToken() <= h && h < s.mention().endToken()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
