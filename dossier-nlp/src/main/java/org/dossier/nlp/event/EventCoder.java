package org.dossier.nlp.event;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.pipeline.Component;

/**
 * Codes CAMEO/PLOVER events clause by clause: the predicate (a verb or a nominalisation in the
 * {@link EventLexicon}), its source actors (subject, possessor, or the subject of the verb that
 * governs a nominalisation), its target actors (object or prepositional object), the date of the
 * time expression governing the clause, the mode (asserted, negated, hypothetical, future,
 * reported), who it rests on, where it happened, and the sentence as evidence.
 *
 * <p>Two coders run: {@link DocumentCoder} from part-of-speech patterns over {@link Layers#TOKENS}
 * (every sentence), and {@link ClauseCoder} from {@link Layers#CLAUSES} (the parsed sentences: subject,
 * object, obliques by preposition, passive agent, controller, coordination expanded), whose rules
 * are data ({@code lexicon.tsv} roles, {@code constructions.tsv}, {@code event-words.tsv});
 * {@link EventMerge} joins them, {@link ConjunctSubjects} drops readings that take a coordinated
 * clause's subject for a target, {@link SourceAffiliation} a target that is the source's own
 * affiliation inside its subject phrase, and {@link OwnForces} drops a source's own forces from the targets
 * of sending and providing. Reads {@link Layers#TIMES}, {@link Layers#CLAIMS} and
 * {@link Layers#QUOTES} when present.
 *
 * <p>Immutable and thread-safe: the lexicon and codebook are shared and read-only.
 */
public final class EventCoder implements Component {
  private final EventLexicon lexicon;
  /** The lexicon without the rows only the clause layer can read ({@code nominal.tsv}). */
  private final EventLexicon windowLexicon;
  private final CameoCodebook codebook;
  private final KnowledgeBase kb;

  private EventCoder(EventLexicon lexicon, CameoCodebook codebook, KnowledgeBase kb) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.windowLexicon = lexicon.withoutClauseOnlyRows();
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** A coder with Dossier's built-in lexicon and knowledge base. */
  public static EventCoder create() {
    return new EventCoder(EventLexicon.builtIn(), CameoCodebook.standard(), KnowledgeBase.builtIn());
  }

  /** A coder with {@code lexicon} (for instance the built-in one plus user dictionaries). */
  public static EventCoder create(EventLexicon lexicon) {
    return new EventCoder(lexicon, CameoCodebook.standard(), KnowledgeBase.builtIn());
  }

  /**
   * A coder with {@code lexicon} and {@code kb}, whose demonyms ("Russian oil", "Chinese imports")
   * give the country an object belongs to.
   */
  public static EventCoder create(EventLexicon lexicon, KnowledgeBase kb) {
    return new EventCoder(lexicon, CameoCodebook.standard(), kb);
  }

  /**
   * A coder with the built-in lexicon and the PETRARCH verb dictionaries at {@code petrarchVerbFiles},
   * read now from the user's disk; their patterns take precedence over equally specific built-in ones.
   */
  public static EventCoder withPetrarchDictionaries(List<Path> petrarchVerbFiles) {
    return withPetrarchDictionaries(petrarchVerbFiles, KnowledgeBase.builtIn());
  }

  /** As {@link #withPetrarchDictionaries(List)}, with the knowledge base {@code kb}. */
  public static EventCoder withPetrarchDictionaries(List<Path> petrarchVerbFiles, KnowledgeBase kb) {
    return create(petrarchLexicon(petrarchVerbFiles), kb);
  }

  /** The built-in lexicon with the PETRARCH verb dictionaries at {@code petrarchVerbFiles} in front. */
  public static EventLexicon petrarchLexicon(List<Path> petrarchVerbFiles) {
    EventLexicon lex = EventLexicon.builtIn();
    for (Path p : petrarchVerbFiles) {
      lex = lex.with(EventLexicon.loadPetrarch(p));
    }
    return lex;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.ACTOR_MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Doc apply(Doc doc) {
    NarrativeDay narrative = NarrativeDay.of(doc);
    List<Event> window = new DocumentCoder(doc, windowLexicon, codebook, kb, narrative).code();
    List<Event> clause = doc.find(Layers.CLAUSES).isPresent()
        ? new ClauseCoder(doc, lexicon, Construction.builtIn(), codebook, narrative).code() : List.of();
    Map<String, Actor> actors = new HashMap<>();
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
    }
    Predicate<String> isPlace = id -> actors.get(id) != null && actors.get(id).type() == ActorType.LOCATION;
    List<Event> merged = GappedConjuncts.expanded(doc,
        OwnForces.dropped(EventMerge.merge(window, clause), actors, OwnForces.counted(doc)));
    // a coordinated clause's own subject is no target of the clause before it, nor is the source's
    // own affiliation ("Japan's prime minister X visited ...")
    if (doc.find(Layers.CLAUSES).isPresent()) {
      merged = new SourceAffiliation(doc).filtered(new ConjunctSubjects(doc).filtered(merged));
    }
    return doc.with(Layers.EVENTS, List.copyOf(EventMerge.numbered(
        EventMerge.placesAsSettings(EventMerge.withoutNarrower(merged, isPlace), isPlace))));
  }
}
