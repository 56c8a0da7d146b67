package org.dossier.store.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Span;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;

/**
 * A test extractor without models: "Xxx met Yyy on DATE." gives two country actors and a CAMEO 040
 * event; "FAIL" in the text raises an input error. Optional delay per document to make ingests
 * slow enough to interrupt.
 */
final class PatternExtractor implements Extractor {
  private static final Pattern MET = Pattern.compile("(\\p{Lu}\\p{L}+) met (\\p{Lu}\\p{L}+)(?: on (\\d{4}(?:-\\d{2}){0,2}))?");
  private final long delayMillis;

  PatternExtractor(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public Dossier extract(DocumentInfo document) throws InputException {
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text = document.text();
    if (text.contains("FAIL")) {
      throw new InputException(document.id() + ": cannot process this text");
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    Matcher m = MET.matcher(text);
    while (m.find()) {
      String a = actor(actors, m.group(1), text, m.start(1), m.end(1));
      String b = actor(actors, m.group(2), text, m.start(2), m.end(2));
      events.add(new Event("e" + (events.size() + 1), "040", "CONSULT", 1, 1.0, "Consult", List.of(a), List.of(b),
          null, m.group(3), "asserted", null, Span.of(text, m.start(), m.end())));
    }
    return Dossier.builder(document).actors(new ArrayList<>(actors.values())).events(events).build();
  }

  private static String actor(Map<String, Actor> actors, String name, String text, int start, int end) {
    Actor a = actors.get(name);
    String id = a == null ? "a" + (actors.size() + 1) : a.id();
    List<Span> mentions = new ArrayList<>(a == null ? List.of() : a.mentions());
    mentions.add(Span.of(text, start, end));
    actors.put(name, new Actor(id, name, ActorType.COUNTRY, null, name.substring(0, 3).toUpperCase(Locale.ROOT),
        null, List.of(), List.of(), mentions));
    return id;
  }

  @Override
  public Doc annotate(DocumentInfo document) {
    throw new UnsupportedOperationException("PatternExtractor has no linguistic layers");
  }

  @Override
  public Dossier assemble(Doc annotated) {
    throw new UnsupportedOperationException("PatternExtractor has no linguistic layers");
  }

  @Override
  public DossierConfig config() {
    return DossierConfig.defaults();
  }
}
