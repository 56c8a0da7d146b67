package org.dossier.nlp.doc;

import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.TimeMention;
import org.dossier.nlp.syntax.Clause;

/**
 * The layers Dossier's components read and write. Linguistic layers carry UTF-16 char offsets;
 * the semantic layers hold {@code dossier/1} records whose offsets are already code points.
 */
public final class Layers {
  private Layers() {}

  /** Paragraphs and headings: sentence splitting never crosses them. */
  public static final Layer<List<Paragraph>> PARAGRAPHS = Layer.of("paragraphs");
  /** Tokens with POS, lemma and NER. */
  public static final Layer<List<Token>> TOKENS = Layer.of("tokens");
  /** Sentences. */
  public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences");
  /**
   * Universal Dependencies of the parsed sentences: every sentence with {@code --parse}, else those
   * a {@link org.dossier.nlp.syntax.ParseSelector} chooses.
   */
  public static final Layer<List<Dependency>> DEPENDENCIES = Layer.of("dependencies");
  /**
   * Predicates with their arguments, read once off {@link #DEPENDENCIES} (see
   * {@link org.dossier.nlp.syntax.ClauseLayer}); only parsed sentences have clauses.
   */
  public static final Layer<List<Clause>> CLAUSES = Layer.of("clauses");
  /** Mentions of possible actors, in text order, non-overlapping. */
  public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions");
  /** Document-level actors. */
  public static final Layer<List<Actor>> ACTORS = Layer.of("actors");
  /** Every mention linked to its actor, in text order. */
  public static final Layer<List<ActorMention>> ACTOR_MENTIONS = Layer.of("actorMentions");
  /** Normalised time expressions. */
  public static final Layer<List<TimeMention>> TIMES = Layer.of("times");
  /** Amounts. */
  public static final Layer<List<Amount>> AMOUNTS = Layer.of("amounts");
  /** Quotes. */
  public static final Layer<List<Quote>> QUOTES = Layer.of("quotes");
  /** Claims. */
  public static final Layer<List<Claim>> CLAIMS = Layer.of("claims");
  /** Goals. */
  public static final Layer<List<Goal>> GOALS = Layer.of("goals");
  /** Coded events. */
  public static final Layer<List<Event>> EVENTS = Layer.of("events");
}
