package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Span;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.pipeline.Component;

/**
 * Groups mentions into document-level actors. Persons: the longest name is canonical, and a
 * mention whose words are all part of exactly one longer person's name ("Putin" of "Vladimir V.
 * Putin") joins it; two different full names never merge. Other types: same normalised text.
 * {@code MISC} mentions (nationalities, events) are not actors.
 *
 * <p>Stateless and thread-safe.
 */
public final class ActorResolver implements Component {

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ACTORS, Layers.ACTOR_MENTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Mention> mentions = doc.get(Layers.MENTIONS).stream().filter(m -> type(m.label()) != null).toList();
    // canonical groups, in order of first appearance
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    Map<String, String> labelOf = new LinkedHashMap<>();
    List<Mention> persons = mentions.stream().filter(m -> "PERSON".equals(m.label())).toList();
    for (Mention m : mentions) {
      String key = m.label() + "|"
          + ("PERSON".equals(m.label()) ? personKey(m, persons) : normalize(m.text()));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      labelOf.putIfAbsent(key, m.label());
    }
    CodePointIndex offsets = doc.offsets();
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> links = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : groups.entrySet()) {
      String id = "a" + (actors.size() + 1);
      List<Mention> ms = e.getValue();
      String name = ms.stream().map(Mention::text).max((a, b) -> Integer.compare(words(a), words(b))).orElseThrow();
      List<String> aliases = ms.stream().map(Mention::text).distinct().filter(t -> !t.equals(name)).toList();
      List<Span> spans = ms.stream().map(m -> offsets.span(m.begin(), m.end())).toList();
      actors.add(new Actor(id, name, type(labelOf.get(e.getKey())), null, null, null, List.of(), aliases, spans));
      for (Mention m : ms) {
        links.add(new ActorMention(m, id));
      }
    }
    links.sort((a, b) -> Integer.compare(a.mention().begin(), b.mention().begin()));
    return doc.with(Layers.ACTORS, List.copyOf(actors)).with(Layers.ACTOR_MENTIONS, List.copyOf(links));
  }

  /** The full name this person mention belongs to: the unique longer name containing its words. */
  private static String personKey(Mention m, List<Mention> persons) {
    String own = withoutInitials(normalize(m.text()));
    List<String> words = List.of(own.split(" "));
    String match = null;
    for (Mention other : persons) {
      String o = withoutInitials(normalize(other.text()));
      if (o.equals(own) || o.split(" ").length <= words.size()) {
        continue;
      }
      if (List.of(o.split(" ")).containsAll(words)) {
        if (match != null && !match.equals(o) && !containsAll(match, o) && !containsAll(o, match)) {
          return own; // ambiguous: two different people share the name part
        }
        if (match == null || o.length() > match.length()) {
          match = o;
        }
      }
    }
    return match == null ? own : match;
  }

  private static boolean containsAll(String longer, String shorter) {
    return List.of(longer.split(" ")).containsAll(List.of(shorter.split(" ")));
  }

  private static int words(String s) {
    return s.split("\\s+").length;
  }

  static String normalize(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s$", "");
    n = n.replaceAll("[^\\p{L}\\p{N}&' -]", " ").trim();
    return n.replaceAll("\\s+", " ");
  }

  private static String withoutInitials(String name) {
    String n = name.replaceAll("(^| )[a-z]( |$)", " ").trim().replaceAll("\\s+", " ");
    return n.isEmpty() ? name : n;
  }

  static ActorType type(String label) {
    return switch (label) {
      case "PERSON" -> ActorType.PERSON;
      case "ORGANIZATION" -> ActorType.ORGANIZATION;
      case "LOCATION" -> ActorType.LOCATION;
      case "COUNTRY" -> ActorType.COUNTRY;
      case "GROUP" -> ActorType.GROUP;
      default -> null;
    };
  }
}
