package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;

/** Hand-written dossier/1 records for store tests: a tiny builder over our own sentences. */
final class Fixtures {
  private final String id;
  private final LocalDate published;
  private final String source;
  private final StringBuilder text = new StringBuilder();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private Fixtures(String id, String published, String source) {
    this.id = id;
    this.published = LocalDate.parse(published);
    this.source = source;
  }

  static Fixtures doc(String id, String published, String source) {
    return new Fixtures(id, published, source);
  }

  /** Appends a sentence and returns its span. */
  Span sentence(String s) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    text.append(s);
    return new Span(start, text.length(), s);
  }

  Fixtures actor(String localId, String name, ActorType type, String kb, String country, Role... roles) {
    actors.add(new Actor(localId, name, type, kb, country, null, List.of(roles), List.of(), List.of()));
    return this;
  }

  Fixtures event(String cameo, int quad, double goldstein, String sourceId, String targetId, String date,
      String sentence) {
    Span span = sentence(sentence);
    events.add(new Event("e" + (events.size() + 1), cameo, null, quad, goldstein, "label " + cameo,
        sourceId == null ? List.of() : List.of(sourceId), targetId == null ? List.of() : List.of(targetId),
        null, date, "asserted", null, span));
    return this;
  }

  Fixtures quote(String speaker, String sentence) {
    Span span = sentence(sentence);
    quotes.add(new Quote("q" + (quotes.size() + 1), sentence, speaker, "direct", "said", span.start(), span.end()));
    return this;
  }

  Fixtures claim(String sourceText, String certainty, String sentence) {
    Span span = sentence(sentence);
    claims.add(new Claim("c" + (claims.size() + 1), sentence, null, sourceText, certainty, false, span.start(),
        span.end()));
    return this;
  }

  Dossier build() {
    return Dossier.builder(new DocumentInfo(id, "Title of " + id, published, source, null, "en", text.toString()))
        .actors(actors).events(events).quotes(quotes).claims(claims).build();
  }

  /** Two wires report one signing; a 2024 article recalls a 2022 attack; a 2022 article reports it. */
  static List<Dossier> corpus() {
    Dossier a = doc("wire-a-1", "2024-05-17", "Wire A")
        .actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
        .actor("a2", "Freedonia", ActorType.COUNTRY, null, "FRE")
        .actor("a3", "Anna Example", ActorType.PERSON, "kb:anna", "RUR",
            new Role("Foreign Minister", "Ruritania", "kb", null))
        .event("057", 1, 8.0, "a1", "a2", "2024-05-16", "Ruritania signed a grain accord with Freedonia on Thursday.")
        .quote("a3", "We have opened a new chapter in our relations.")
        .claim("officials", "reported", "The accord doubles grain shipments, officials said.")
        .build();
    Dossier b = doc("wire-b-7", "2024-05-18", "Wire B")
        .actor("a1", "Freedonia", ActorType.COUNTRY, null, "FRE")
        .actor("a2", "the Ruritania", ActorType.COUNTRY, null, null)
        .actor("a3", "Minister Example", ActorType.PERSON, "kb:anna", "RUR",
            new Role("foreign minister", "Ruritania", "text", null))
        .event("057", 1, 8.0, "a2", "a1", "2024-05-16", "The grain accord Ruritania signed with Freedonia on"
            + " Thursday runs for five years.")
        .build();
    Dossier older = doc("wire-a-0", "2022-03-01", "Wire A")
        .actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
        .actor("a2", "Sylvania", ActorType.COUNTRY, null, "SYL")
        .event("190", 4, -10.0, "a1", "a2", "2022-02-24", "Ruritanian troops crossed into Sylvania on 24 February.")
        .build();
    Dossier background = doc("wire-b-9", "2024-06-01", "Wire B")
        .actor("a1", "Ruritania", ActorType.COUNTRY, null, "RUR")
        .actor("a2", "Sylvania", ActorType.COUNTRY, null, "SYL")
        .event("19", 4, -10.0, "a1", "a2", "2022", "Relations have been frozen since the 2022 invasion of Sylvania.")
        .build();
    return List.of(a, b, older, background);
  }
}
