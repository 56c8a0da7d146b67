package org.dossier.store.query;

import java.time.LocalDate;
import java.util.List;

/** The rows queries return; plain immutable records, serialisable with Jackson. */
public final class Rows {
  private Rows() {}

  /** Store totals. */
  public record Stats(long documents, long actors, long events, long mentions, long quotes, long claims,
      long goals, long indexed) {}

  /** A cross-document actor. */
  public record ActorRow(int id, String name, String type, String kb, String country, String code, int docs,
      int mentions, LocalDate firstSeen, LocalDate lastSeen) {}

  /** A role of an actor with the first and last publication date it was seen on. */
  public record RoleRow(String title, String of, String source, LocalDate firstSeen, LocalDate lastSeen, int docs) {}

  /** A real-world event (a cluster of mentions). */
  public record EventRow(int id, String date, String cameo, String label, Integer quad, Double goldstein,
      String actor1, String actor2, String location, int numMentions, int numSources, int numArticles,
      LocalDate firstSeen, LocalDate lastSeen, String evidence) {}

  /** One report of an event: the sentence and article that state it. */
  public record MentionRow(int eventId, String docId, LocalDate published, String localId, String cameo,
      String date, boolean background, int start, int end, String evidence) {}

  /** An actor's profile: who, which roles when, and what they did, in date order. */
  public record ActorProfile(ActorRow actor, List<RoleRow> roles, List<EventRow> timeline) {}

  /** A quote with its speaker. */
  public record QuoteRow(String docId, LocalDate published, String speaker, String kind, String verb,
      String text) {}

  /** A claim with its source and certainty. */
  public record ClaimRow(String docId, LocalDate published, String source, String certainty, boolean negated,
      String text) {}

  /** A goal of an actor. */
  public record GoalRow(String docId, LocalDate published, String actor, boolean negated, String text) {}

  /** Relations between two actors in one period: event counts by QuadClass and mean Goldstein. */
  public record GraphEdge(String period, String actor1, String actor2, int events, int verbalCooperation,
      int materialCooperation, int verbalConflict, int materialConflict, Double meanGoldstein) {}

  /** A full-text hit with a title and a snippet from the database. */
  public record SearchRow(String kind, String docId, String localId, float score, String title, String snippet,
      LocalDate published) {}
}
