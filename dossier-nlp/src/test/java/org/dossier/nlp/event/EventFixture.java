package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Event;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * Builds a tagged one-paragraph {@link Doc} without CoreNLP, from "word/TAG[/lemma]" items, so
 * the coder's rules are tested on exactly the analysis they are given.
 */
final class EventFixture {
  /** The built-in coder, shared by the event tests (loading the lexicon once). */
  static final EventCoder CODER = EventCoder.create();

  private final List<String[]> items = new ArrayList<>();
  private final List<int[]> mentionRanges = new ArrayList<>();
  private final List<String> mentionActors = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<String[]> times = new ArrayList<>();
  private final List<Object[]> claims = new ArrayList<>();

  static EventFixture of(String tagged) {
    EventFixture f = new EventFixture();
    for (String item : tagged.trim().split("\\s+")) {
      String[] p = item.split("/");
      f.items.add(new String[] {p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase()});
    }
    return f;
  }

  /** Tokens [first, end) mention actor {@code name} of {@code type} (one actor per name). */
  EventFixture actor(int first, int end, String name, ActorType type) {
    return actor(first, end, name, type, null);
  }

  /** As {@link #actor(int, int, String, ActorType)}, the actor being of {@code country} (ISO3). */
  EventFixture actor(int first, int end, String name, ActorType type, String country) {
    String id = actors.stream().filter(a -> a.name().equals(name)).map(Actor::id).findFirst().orElse(null);
    if (id == null) {
      id = "a" + (actors.size() + 1);
      actors.add(new Actor(id, name, type, null, country, country, List.of(), List.of(), List.of()));
    }
    mentionRanges.add(new int[] {first, end});
    mentionActors.add(id);
    return this;
  }

  /** Tokens [first, end) are a time expression with {@code value}. */
  EventFixture time(int first, int end, String value) {
    times.add(new String[] {Integer.toString(first), Integer.toString(end), value});
    return this;
  }

  /** Tokens [first, end) are a claim resting on actor {@code name}. */
  EventFixture claim(int first, int end, String name) {
    claims.add(new Object[] {first, end, name});
    return this;
  }

  Doc build() {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    for (String[] it : items) {
      if (text.length() > 0) {
        text.append(' ');
      }
      offsets.add(new int[] {text.length(), text.length() + it[0].length()});
      text.append(it[0]);
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String[] it = items.get(i);
      String ner = "O";
      tokens.add(new Token(i, offsets.get(i)[0], offsets.get(i)[1], it[0], it[1], it[2], ner, 0));
    }
    String t = text.toString();
    Doc doc = Doc.of(DocumentInfo.of("fixture", LocalDate.of(2024, 5, 17), t));
    List<ActorMention> links = new ArrayList<>();
    for (int m = 0; m < mentionRanges.size(); m++) {
      int[] r = mentionRanges.get(m);
      int b = offsets.get(r[0])[0];
      int e = offsets.get(r[1] - 1)[1];
      String id = mentionActors.get(m);
      String label = actors.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().type().name();
      links.add(new ActorMention(new Mention(b, e, r[0], r[1], t.substring(b, e), label, "test"), id));
    }
    links.sort((x, y) -> Integer.compare(x.mention().begin(), y.mention().begin()));
    List<TimeMention> tms = new ArrayList<>();
    for (String[] tm : times) {
      int b = offsets.get(Integer.parseInt(tm[0]))[0];
      int e = offsets.get(Integer.parseInt(tm[1]) - 1)[1];
      tms.add(new TimeMention(t.substring(b, e), tm[2], b, e));
    }
    List<Claim> cs = new ArrayList<>();
    for (Object[] c : claims) {
      int b = offsets.get((Integer) c[0])[0];
      int e = offsets.get((Integer) c[1] - 1)[1];
      String id = actors.stream().filter(a -> a.name().equals(c[2])).map(Actor::id).findFirst().orElseThrow();
      cs.add(new Claim("c" + (cs.size() + 1), t.substring(b, e), id, (String) c[2], "reported", false, b, e));
    }
    doc = doc.with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.of(new Sentence(0, 0, t.length(), 0, tokens.size(), 0, false)))
        .with(Layers.ACTORS, List.copyOf(actors))
        .with(Layers.ACTOR_MENTIONS, List.copyOf(links));
    if (!tms.isEmpty()) {
      doc = doc.with(Layers.TIMES, List.copyOf(tms));
    }
    if (!cs.isEmpty()) {
      doc = doc.with(Layers.CLAIMS, List.copyOf(cs));
    }
    return doc;
  }

  /** The events the built-in coder finds in this fixture. */
  List<Event> events() {
    return CODER.apply(build()).get(Layers.EVENTS);
  }

  /** The one event the coder finds; fails when it finds none or several. */
  Event only() {
    List<Event> events = events();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  /**
   * The one event the coder finds, whose {@code field} (e.g. {@code Event::cameo}) is {@code value};
   * fails when it finds none, several, or another value.
   */
  Event only(Function<Event, String> field, String value) {
    List<Event> events = events();
    assertThat(events).extracting(field).containsExactly(value);
    return events.get(0);
  }

  String id(String name) {
    return actors.stream().filter(a -> a.name().equals(name)).map(Actor::id).findFirst().orElseThrow();
  }
}
