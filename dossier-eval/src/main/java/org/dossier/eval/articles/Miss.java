package org.dossier.eval.articles;

import java.util.Objects;

/**
 * One miss of the article scorer: what kind, in which article, and what was expected and found.
 *
 * @param kind   the kind of miss
 * @param doc    the article id (the gold file's {@code doc})
 * @param detail what was expected and what Dossier gave, as score.py words it
 */
public record Miss(Kind kind, String doc, String detail) {
  public Miss {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of misses, as score.py's notes name them. */
  public enum Kind {
    ACTOR_MISSING("actor missing"),
    ROLE_MISSING("role missing"),
    COUNTRY_WRONG("country wrong"),
    PERSON_NOT_IN_GOLD("person not in gold"),
    PERSON_SPLIT("person split"),
    QUOTE_MISSING("quote missing"),
    SPEAKER_WRONG("speaker wrong"),
    TERM_AS_SPEECH("term quote reported as speech"),
    EVENT_MISSING("event missing"),
    SPURIOUS_EVENT("event not in gold"),
    EVENT_DATE_WRONG("event date wrong"),
    TIME_WRONG("time wrong"),
    CLAIM_WRONG("claim wrong"),
    GOAL_MISSING("goal missing"),
    /** A gold anchor that is not in the article text: the gold file is wrong (score.py would stop). */
    ANCHOR_NOT_FOUND("gold anchor not in the text");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** How the kind is printed. */
    public String label() {
      return label;
    }
  }
}
