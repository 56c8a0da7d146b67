package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, right side of a predicate: a scan of up to 16 tokens that sorts the actors it
 * meets by the preposition before them (object, "from", "to"/"for", "by" agent, "between",
 * locative), and the fallback "first later actor" target.
 *
 * <p>To be retired: the clause layer gives the object and obliques by preposition
 * ({@code Clause}); kept until it measures as well. Per document; not thread-safe.
 */
final class WindowTargets {
  private final WindowDoc d;
  private final List<Token> tokens;
  private final List<ActorMention> mentions;
  private final Map<String, Actor> actors;
  private final int[] mentionAt;
  private final WindowPhrases phrases;

  WindowTargets(WindowDoc d, WindowPhrases phrases) {
    this.d = d;
    this.tokens = d.tokens;
    this.mentions = d.mentions;
    this.actors = d.actors;
    this.mentionAt = d.mentionAt;
    this.phrases = phrases;
  }

  /** What lies to the right of a predicate. */
  static final class Targets {
    final List<String> target = new ArrayList<>();
    final List<String> fromPhrase = new ArrayList<>();
    final List<String> toPhrase = new ArrayList<>();
    final List<String> byAgent = new ArrayList<>();
    final List<String> between = new ArrayList<>();
    /** The first state or coded actor in a locative phrase ("in Gondor"): a target of last resort. */
    final List<String> locative = new ArrayList<>();
    String location;
    int end;
  }

  Targets targets(Sentence s, int head, boolean nominal) {
    Targets out = new Targets();
    String prep = null;
    int limit = Math.min(s.endToken(), head + 16);
    int k = head + 1;
    // a nominal predicate's relative clause still describes it ("the visit, which began in Beijing")
    if (nominal && k + 1 < limit && tokens.get(k).word().equals(",")
        && Set.of("which", "that").contains(lower(tokens.get(k + 1).word()))) {
      k += 2;
      prep = "rel";
    }
    for (; k < limit; k++) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      String p = t.pos();
      int m = mentionAt[k];
      if (m >= 0) {
        String id = mentions.get(m).actorId();
        int next = mentions.get(m).mention().endToken();
        List<String> group = phrases.coordinated(k);
        Actor a = actors.get(id);
        boolean place = a != null && (a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY);
        if (prep != null && LOCATION_PREPS.contains(prep) && out.locative.isEmpty() && a != null
            && a.type() != ActorType.LOCATION && a.type() != ActorType.PERSON && a.code() != null) {
          out.locative.addAll(group);
        }
        if ("at".equals(prep) && a != null && a.type() == ActorType.COUNTRY && out.target.isEmpty()) {
          out.target.addAll(group); // "fired shells at New Zealand": a state is aimed at, not a place
        } else if (prep != null && LOCATION_PREPS.contains(prep) && place) {
          if (out.location == null) {
            out.location = id;
          }
        } else if ("from".equals(prep)) {
          if (out.fromPhrase.isEmpty()) {
            out.fromPhrase.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group);
          }
        } else if ("by".equals(prep)) {
          if (out.byAgent.isEmpty()) {
            out.byAgent.addAll(group);
          }
        } else if ("between".equals(prep)) {
          if (out.between.isEmpty()) {
            out.between.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group); // "welcomed ties between X and Y"
          }
        } else if (prep == null || !SKIP_PREPS.contains(prep) && !"rel".equals(prep)) {
          if (("to".equals(prep) || "for".equals(prep)) && out.toPhrase.isEmpty()) {
            out.toPhrase.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group);
          }
        }
        k = Math.max(k, next - 1);
        continue;
      }
      if (out.target.isEmpty() && (prep == null || !SKIP_PREPS.contains(prep) && !"rel".equals(prep))
          && (p.startsWith("JJ") || p.startsWith("NNP")) && k + 1 < limit && tokens.get(k + 1).isNoun()) {
        String country = d.demonymCountry(t.word());
        if (country != null) {
          out.target.add(country); // "purchases Russian oil", "tariffs on Chinese goods"
          continue;
        }
      }
      if (p.equals("PRP") && prep != null && !SKIP_PREPS.contains(prep) && out.target.isEmpty()
          && !w.equals("it")) {
        String id = phrases.resolvePronoun(s, k);
        if (id != null) {
          out.target.add(id);
        }
        continue;
      }
      if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("but") || p.equals("WDT") || p.equals("WP")
          || SUBORDINATORS.contains(w) && (p.equals("IN") || p.startsWith("W") || p.startsWith("RB"))
          || w.equals("that") && !p.equals("DT") && !"rel".equals(prep)) {
        break;
      }
      if (p.equals("MD") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
        if (!"rel".equals(prep)) {
          break;
        }
        continue;
      }
      if (t.isVerb()) {
        if (!"rel".equals(prep)) {
          break;
        }
        continue;
      }
      if (w.equals(",") && k + 1 < limit) {
        Token n = tokens.get(k + 1);
        if (n.isVerb() || SUBORDINATORS.contains(lower(n.word())) || n.pos().startsWith("W")
            || reportingTail(s, k + 1)) {
          break; // ", officials said": the reporter is no target
        }
      }
      if (p.equals("IN") || p.equals("TO")) {
        if (quantityWord(k)) {
          continue; // "arrested more than 100 Palestinians", "killed at least eight leaders"
        }
        // "before Russia's invasion of Ukraine": the "of" belongs to the skipped phrase
        if (!(w.equals("of") && prep != null && SKIP_PREPS.contains(prep))) {
          prep = w;
        }
      }
    }
    out.end = k;
    return out;
  }

  static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "over");

  /** Whether the preposition at {@code k} belongs to a quantity ("more than", "at least", "up to" + number). */
  boolean quantityWord(int k) {
    String w = lower(tokens.get(k).word());
    String prev = k > 0 ? lower(tokens.get(k - 1).word()) : "";
    String next = k + 1 < tokens.size() ? lower(tokens.get(k + 1).word()) : "";
    return w.equals("than") && COMPARATIVES.contains(prev)
        || w.equals("at") && (next.equals("least") || next.equals("most"))
        || w.equals("to") && prev.equals("up") && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("CD");
  }

  /**
   * The first actor after {@code from} in the rest of the sentence, as a fallback target: objects
   * the phrase scan stops short of ("cordoned off the roads leading into X", "shells fired on
   * villages in X"). The reporting tail (", officials said") and places in locative phrases
   * are no targets; nor are the sources.
   */
  List<String> laterActor(Sentence s, int from, Set<String> sources) {
    int limit = Math.min(s.endToken(), from + 12);
    for (int k = Math.max(from, s.firstToken()); k < limit; k++) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("''") || w.equals("``")
          || t.isVerb() && REPORTING.contains(lower(t.lemma()))
          || w.equals(",") && k + 1 < limit && (mentionAt[k + 1] >= 0 || tokens.get(k + 1).pos().equals("DT"))
          && reportingTail(s, k + 1)) {
        return List.of();
      }
      int m = mentionAt[k];
      if (m < 0) {
        continue;
      }
      String id = mentions.get(m).actorId();
      Actor a = actors.get(id);
      // a nationality adjective far from the predicate modifies some other noun ("against American hegemony")
      if (sources.contains(id) || a == null || "demonym".equals(mentions.get(m).mention().source())) {
        k = Math.max(k, mentions.get(m).mention().endToken() - 1);
        continue;
      }
      String prev = k > s.firstToken() ? lower(tokens.get(k - 1).word()) : "";
      if (a.type() == ActorType.LOCATION && LOCATION_PREPS.contains(prev)) {
        return List.of();
      }
      return phrases.coordinated(k);
    }
    return List.of();
  }

  /**
   * For a passive whose "by" agent names no actor but stands at a place ("were held by an angry
   * crowd near X", "killed by gunmen in X"): the document's actor for that place's country, as
   * PETRARCH codes an unnamed agent by where it acts; else empty.
   */
  List<String> unnamedAgentCountry(Sentence s, int head) {
    int limit = Math.min(s.endToken(), head + 12);
    int by = -1;
    for (int k = head + 1; k < limit && by < 0; k++) {
      if (lower(tokens.get(k).word()).equals("by")) {
        by = k;
      }
    }
    if (by < 0) {
      return List.of();
    }
    for (int k = by + 1; k < limit; k++) {
      Token t = tokens.get(k);
      if (mentionAt[k] >= 0) {
        return List.of(); // a named agent, or a place right after "by"
      }
      String p = t.pos();
      if (p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD")) {
        continue;
      }
      if (k + 1 < limit && LOCATION_PREPS.contains(lower(t.word())) && mentionAt[k + 1] >= 0 && k > by + 1) {
        String place = mentions.get(mentionAt[k + 1]).actorId();
        Actor a = actors.get(place);
        String country = a == null ? null : a.type() == ActorType.COUNTRY ? place : d.countryOf(place);
        return country == null ? List.of() : List.of(country);
      }
      return List.of();
    }
    return List.of();
  }

  /** Whether the words from {@code k} are a reporting tail: a short phrase then "said" and the end. */
  boolean reportingTail(Sentence s, int k) {
    for (int j = k; j < Math.min(s.endToken(), k + 8); j++) {
      Token t = tokens.get(j);
      if (t.isVerb()) {
        return REPORTING.contains(lower(t.lemma()));
      }
    }
    return false;
  }

  /**
   * Whether a noun comes between the verb and its first "by" ("condemned an attack by X"), so the
   * by-phrase belongs to the object; right after the verb ("a detente struck by X") it is the
   * verb's own agent.
   */
  boolean objectBeforeBy(Sentence s, int head) {
    boolean noun = false;
    for (int k = head + 1; k < Math.min(s.endToken(), head + 12); k++) {
      Token t = tokens.get(k);
      if (lower(t.word()).equals("by")) {
        return noun;
      }
      noun |= t.isNoun();
    }
    return false;
  }
}
