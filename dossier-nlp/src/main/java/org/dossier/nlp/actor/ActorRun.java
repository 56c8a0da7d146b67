package org.dossier.nlp.actor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.actor.ActorNames.*;
import static org.dossier.nlp.actor.Offices.*;

/**
 * The state of resolving one document's actors, shared by the components of {@link ActorResolver}
 * (each extends this class as a view on the same drafts), with the look-ups they all need: drafts
 * by key, knowledge-base entities by name, countries of mentions and persons. Confined to one
 * thread.
 */
class ActorRun {
  final KnowledgeBase kb;
  final AgentDictionary agents;
  final Map<String, KbCountry> countryByCapital;
  final Doc doc;
  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final List<Mention> mentions;
  /** The tagger's mention covering each token (the first when several do), or null. */
  final Mention[] named;
  final LocalDate date;
  final Map<String, Draft> drafts;
  final Map<Mention, Draft> draftOf;

  /** The state of resolving {@code doc}. */
  ActorRun(Doc doc, KnowledgeBase kb, AgentDictionary agents, Map<String, KbCountry> countryByCapital) {
    this.kb = kb;
    this.agents = agents;
    this.countryByCapital = countryByCapital;
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.mentions = doc.get(Layers.MENTIONS);
    this.named = new Mention[tokens.size()];
    for (Mention m : mentions) {
      for (int t = m.firstToken(); t < m.endToken() && t < named.length; t++) {
        if (named[t] == null) {
          named[t] = m;
        }
      }
    }
    this.date = doc.info().published();
    this.drafts = new LinkedHashMap<>();
    this.draftOf = new HashMap<>();
  }

  /** A component's view of {@code shared}: the same document and the same (mutable) drafts. */
  ActorRun(ActorRun shared) {
    this.kb = shared.kb;
    this.agents = shared.agents;
    this.countryByCapital = shared.countryByCapital;
    this.doc = shared.doc;
    this.text = shared.text;
    this.tokens = shared.tokens;
    this.sentences = shared.sentences;
    this.mentions = shared.mentions;
    this.named = shared.named;
    this.date = shared.date;
    this.drafts = shared.drafts;
    this.draftOf = shared.draftOf;
  }

  Sentence sentenceOf(Mention m) {
    return sentences.get(tokens.get(m.firstToken()).sentence());
  }

  Draft draft(String key, ActorType type) {
    return drafts.computeIfAbsent(key, k -> new Draft(k, type));
  }

  void add(Draft d, Mention m) {
    d.mentions.add(m);
    draftOf.put(m, d);
  }

  KbEntity entity(String name, ActorType... types) {
    List<KbEntity> found = kb.lookup(name);
    for (ActorType t : types) {
      for (KbEntity e : found) {
        if (e.type() == t) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * The one knowledge-base entity of this exact name that has a CAMEO code, whatever its type
   * (user dictionaries type their entries loosely: a PETRARCH country may be tagged a person or
   * a location by the tagger), or null when none or several do.
   */
  KbEntity codedEntity(String name, boolean persons) {
    KbEntity found = null;
    for (KbEntity e : kb.lookup(name)) {
      if (e.code() == null || !persons && e.type() == ActorType.PERSON) {
        continue;
      }
      if (found != null && !found.id().equals(e.id())) {
        return null;
      }
      found = e;
    }
    return found;
  }

  void link(Draft d, KbEntity e) {
    d.entity = e;
    d.name = e.name();
    d.type = e.type();
    if (e.country() != null) {
      d.country = e.country();
    }
    if (e.code() != null) {
      d.code = e.code();
    }
  }

  Draft countryDraft(KbCountry c, Mention m) {
    Draft d = draft("country:" + c.iso3(), ActorType.COUNTRY);
    d.countryRef = c;
    d.country = c.iso3();
    d.code = c.cameo() != null ? c.cameo() : c.iso3();
    d.name = c.name();
    d.entity = kb.byId("country:" + c.iso3()).orElse(null);
    add(d, m);
    return d;
  }

  /** The knowledge-base person of a full name, preferring one in office on the date. */
  KbEntity personEntity(String name) {
    List<KbEntity> found = kb.lookup(name).stream().filter(e -> e.type() == ActorType.PERSON).toList();
    if (found.size() == 1) {
      return found.get(0);
    }
    if (date != null) {
      List<KbEntity> inOffice = found.stream().filter(e -> !kb.rolesOn(e.id(), date).isEmpty()).toList();
      if (inOffice.size() == 1) {
        return inOffice.get(0);
      }
    }
    return null;
  }

  /** ISO3 of what a found role is of, or null. */
  String ofCountry(TextRoles.Found f) {
    if (f.ofMention() != null) {
      Optional<KbCountry> c = kb.countryByName(f.ofMention().text());
      if (c.isPresent()) {
        return c.get().iso3();
      }
      Draft od = draftOf.get(f.ofMention());
      if (od != null && od.country != null) {
        return od.country;
      }
    }
    if (f.ofDemonym() != null) {
      return kb.countryByDemonym(f.ofDemonym()).map(KbCountry::iso3).orElse(null);
    }
    return null;
  }

  String personCountry(Draft p) {
    if (p.country != null) {
      return p.country;
    }
    for (Role r : p.roles) {
      if (r.of() != null) {
        Optional<KbCountry> c = kb.countryByName(r.of());
        if (c.isPresent()) {
          return c.get().iso3();
        }
      }
    }
    return null;
  }

  /** Whether person {@code p} holds an office described by {@code title} in country {@code iso3}. */
  boolean holds(Draft p, String title, String iso3) {
    String pc = personCountry(p);
    boolean leader = "leader".equals(lastWord(title));
    for (Role r : p.roles) {
      String rc = r.of() == null ? pc : kb.countryByName(r.of()).map(KbCountry::iso3).orElse(pc);
      if (!iso3.equals(rc)) {
        continue;
      }
      if (leader ? isLeaderTitle(r.title()) : sameOffice(title, r.title())) {
        return true;
      }
    }
    return false;
  }

  String countryOfMention(Mention m) {
    Optional<KbCountry> c = kb.countryByName(m.text());
    if (c.isPresent()) {
      return c.get().iso3();
    }
    Draft d = draftOf.get(m);
    return d == null ? null : d.country;
  }
}
