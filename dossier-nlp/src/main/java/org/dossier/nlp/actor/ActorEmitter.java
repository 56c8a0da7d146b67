package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Span;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;


/** Writes the drafts of a run as the document's actors and actor mentions, in order of first mention. */
final class ActorEmitter extends ActorRun {
  ActorEmitter(ActorRun run) {
    super(run);
  }

  Doc emit() {
    CodePointIndex cp = doc.offsets();
    List<Draft> ordered = new ArrayList<>(drafts.values());
    ordered.removeIf(d -> d.mentions.isEmpty() && (d.metonyms.isEmpty() || d.standsFor == null
        || d.standsFor.mentions.isEmpty()));
    ordered.sort(Comparator.comparingInt(Draft::first));
    Map<Draft, String> idOf = new HashMap<>();
    for (Draft d : ordered) {
      idOf.put(d, "a" + (idOf.size() + 1));
    }
    List<Actor> actors = new ArrayList<>(ordered.size());
    List<ActorMention> links = new ArrayList<>();
    for (Draft d : ordered) {
      String id = idOf.get(d);
      d.mentions.sort(Comparator.comparingInt(Mention::begin));
      String name = d.name != null ? d.name
          : d.mentions.stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
      List<String> aliases = d.mentions.stream().map(Mention::text).distinct().filter(t -> !t.equals(name)).toList();
      List<Span> spans = d.mentions.stream().map(m -> cp.span(m.begin(), m.end())).toList();
      org.dossier.model.Metonymy metonymy = null;
      if (!d.metonyms.isEmpty() && idOf.containsKey(d.standsFor)) {
        metonymy = new org.dossier.model.Metonymy(idOf.get(d.standsFor), d.metonyms.stream()
            .sorted(Comparator.comparingInt(Mention::begin)).map(m -> cp.span(m.begin(), m.end())).toList());
      }
      actors.add(new Actor(id, name, d.type, d.entity == null ? null : d.entity.id(), d.country, d.code,
          d.roles, aliases, spans, null, metonymy));
      for (Mention m : d.mentions) {
        links.add(new ActorMention(m, id));
      }
    }
    links.sort(Comparator.comparingInt((ActorMention a) -> a.mention().begin())
        .thenComparingInt(a -> -a.mention().end()));
    return doc.with(Layers.ACTORS, List.copyOf(actors)).with(Layers.ACTOR_MENTIONS, List.copyOf(links));
  }
}
