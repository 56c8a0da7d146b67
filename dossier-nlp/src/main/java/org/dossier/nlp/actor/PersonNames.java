package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.kb.KbEntity;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.actor.ActorNames.*;

/**
 * Clusters person-name mentions into actors: names are compared without initials; a shorter name
 * ("Putin", "Mr. Xi") joins the full name that contains its words when exactly one does (when
 * several persons share it, it stays apart rather than guess), so two different named persons are
 * never merged; names linked to the same knowledge-base person are one actor. Collects each
 * mention's text roles ({@link TextRoles}).
 */
final class PersonNames extends ActorRun {
  PersonNames(ActorRun run) {
    super(run);
  }

  /**
   * A one-word "person" that is a nationality ("a Filipino woman") or an adjective ("Rude, ...")
   * is a tagger's error, not a name.
   */
  boolean notAName(Mention m) {
    if (m.endToken() - m.firstToken() != 1) {
      return false;
    }
    Token t = tokens.get(m.firstToken());
    return kb.countryByDemonym(t.word()).isPresent() || t.pos().startsWith("JJ");
  }

  void persons(List<Mention> persons) {
    // full names first, so that short names can find them
    Map<Mention, String> keyOf = new HashMap<>();
    List<Mention> full = new ArrayList<>();
    for (Mention m : persons) {
      if (nameWords(m.text()).size() >= 2) {
        full.add(m);
      }
    }
    // distinct full names, indexed by word: comparing every full-name mention with every other
    // was quadratic ("Vladimir Putin, " 15,000 times took 76 s)
    Map<String, List<String>> wordsOf = new LinkedHashMap<>(); // in order of first mention
    Map<String, List<String>> namesWith = new HashMap<>();
    for (Mention m : full) {
      List<String> words = nameWords(m.text());
      String own = String.join(" ", words);
      if (wordsOf.putIfAbsent(own, words) == null) {
        for (String w : new HashSet<>(words)) {
          namesWith.computeIfAbsent(w, k -> new ArrayList<>()).add(own);
        }
      }
    }
    Map<String, String> longest = new HashMap<>();
    Map<String, Optional<KbEntity>> entityOf = new HashMap<>();
    Map<String, Set<String>> keysOfName = new HashMap<>();
    for (Mention m : full) {
      String own = String.join(" ", nameWords(m.text()));
      // a longer full name already seen that contains this one ("Vladimir Putin" in "Vladimir V. Putin")
      String key = longest.computeIfAbsent(own, o -> {
        String k = o;
        for (String other : containing(wordsOf.get(o), wordsOf, namesWith)) {
          if (!other.equals(o) && other.length() > k.length()) {
            k = other;
          }
        }
        return k;
      });
      KbEntity e = entityOf.computeIfAbsent(m.text(), t -> Optional.ofNullable(personEntity(t))).orElse(null);
      keyOf.put(m, e != null ? e.id() : "name:" + key);
      keysOfName.computeIfAbsent(own, k -> new LinkedHashSet<>()).add(keyOf.get(m));
    }
    Map<List<String>, Set<String>> candidatesOf = new HashMap<>();
    for (Mention m : persons) {
      if (keyOf.containsKey(m)) {
        continue;
      }
      List<String> words = nameWords(m.text());
      Set<String> candidates = candidatesOf.computeIfAbsent(words, w -> {
        Set<String> c = new HashSet<>();
        for (String name : containing(w, wordsOf, namesWith)) {
          c.addAll(keysOfName.get(name));
        }
        return c;
      });
      if (candidates.size() == 1) {
        keyOf.put(m, candidates.iterator().next());
      } else {
        keyOf.put(m, "name:" + String.join(" ", words));
      }
    }
    for (Mention m : persons) {
      String key = keyOf.get(m);
      KbEntity other = key.startsWith("name:") ? codedEntity(m.text(), false) : null;
      if (other != null && other.type() != ActorType.PERSON) {
        Draft d = draft(other.id(), other.type()); // a coded actor the tagger took for a person
        link(d, other);
        add(d, m);
        continue;
      }
      Draft d = draft(key, ActorType.PERSON);
      if (d.entity == null && !key.startsWith("name:")) {
        kb.byId(key).ifPresent(e -> link(d, e));
      }
      add(d, m);
      d.textRoles.addAll(TextRoles.find(text, tokens, sentenceOf(m), m, named));
    }
  }

  /**
   * The distinct full names (in order of first mention) whose words include all of {@code words},
   * found through the rarest word's names rather than by scanning them all.
   */
  private static List<String> containing(List<String> words, Map<String, List<String>> wordsOf,
      Map<String, List<String>> namesWith) {
    List<String> pool = null;
    for (String w : words) {
      List<String> names = namesWith.getOrDefault(w, List.of());
      if (pool == null || names.size() < pool.size()) {
        pool = names;
      }
    }
    if (pool == null) {
      return new ArrayList<>(wordsOf.keySet()); // no name words: every full name contains them
    }
    List<String> out = new ArrayList<>();
    for (String name : pool) {
      if (wordsOf.get(name).containsAll(words)) {
        out.add(name);
      }
    }
    return out;
  }
}
