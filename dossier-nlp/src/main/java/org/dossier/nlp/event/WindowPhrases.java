package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.reference.References;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, noun phrases: the actors of the noun phrase ending at a token (coordinations,
 * possessors, "X of Y", parentheses, "the two leaders"), the actors coordinated with a mention,
 * the possessor of a nominal predicate, and plural pronouns ("they" after "A and B").
 *
 * <p>To be retired: the clause layer ({@link ArgumentActors} over {@code Clause} arguments) reads
 * the same phrases from the parse; this scan stays while it codes sentences the parse does not
 * reach and measures better on the dev articles. Per document; not thread-safe.
 */
final class WindowPhrases {
  private final WindowDoc d;
  private final List<Token> tokens;
  private final EventLexicon lexicon;
  private final List<Sentence> sentences;
  private final List<ActorMention> mentions;
  private final Map<String, Actor> actors;
  private final int[] mentionAt;
  private final References references;

  WindowPhrases(WindowDoc d) {
    this.d = d;
    this.tokens = d.tokens;
    this.lexicon = d.lexicon;
    this.sentences = d.sentences;
    this.mentions = d.mentions;
    this.actors = d.actors;
    this.mentionAt = d.mentionAt;
    this.references = d.references;
  }

  /**
   * Actors of the noun phrase ending at {@code end}: coordinated mentions ("Mr. Xi and Mr. Putin"),
   * a possessor ("Ukraine's forces"), a nationality ("Russian forces"), resolved pronouns and
   * "the two leaders". For "X of Y" the part before "of" wins.
   */
  List<String> nounPhraseActors(Sentence s, int end) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean sawOf = false;
    int j = end;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 14) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      int m = mentionAt[j];
      if (m >= 0 && j < end && sitePlace(s, m)) {
        // "a meeting in Rome of the countries": the site of the act is no actor of the phrase (a
        // place ending the phrase, "a rally in Lagos to protest", is left as it was: measured on PLOVER)
        break;
      }
      if (m >= 0) {
        String id = mentions.get(m).actorId();
        List<String> into = sawOf ? before : after;
        if (!into.contains(id)) {
          into.add(0, id);
        }
        j = mentions.get(m).mention().firstToken() - 1;
        continue;
      }
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        List<String> ids = resolvePronouns(s, j);
        (sawOf ? before : after).addAll(0, ids);
        break;
      }
      if (t.pos().equals("CD") && w.equals("two") && j + 1 < tokens.size()) {
        List<String> pair = pair(s, j, lower(tokens.get(j + 1).word()));
        if (!pair.isEmpty()) {
          return pair;
        }
      }
      if (w.equals("of")) {
        sawOf = true;
        j--;
        continue;
      }
      if (isClosingParen(t)) {
        int open = openingParen(s, j); // "the Homeland Union (Conservatives)", "the APEC (...) forum"
        if (open < 0) {
          break;
        }
        j = open - 1;
        continue;
      }
      if (w.equals("and") || w.equals(",") || w.equals("&")) {
        // coordination continues only into another actor
        if (j - 1 >= s.firstToken() && (mentionAt[j - 1] >= 0 || tokens.get(j - 1).pos().equals("PRP"))) {
          j--;
          continue;
        }
        break;
      }
      String p = t.pos();
      if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("CD")
          || p.equals("HYPH") || p.equals("PDT") || p.equals("``") || p.equals("''") || w.equals("'s")
          || w.equals("-") || p.equals("VBN") && j < end || p.equals("VBG") && j < end) {
        j--;
        continue;
      }
      break;
    }
    if (sawOf && !before.isEmpty()) {
      return before;
    }
    List<String> all = new ArrayList<>(before);
    for (String id : after) {
      if (!all.contains(id)) {
        all.add(id);
      }
    }
    return all;
  }

  /**
   * Whether mention {@code m} is a place (not a state) in a locative phrase after a nominal event
   * ("a meeting in Rome", "talks at Camp David"): the site of an act, never one of its actors.
   * After a group ("demonstrators in Baghdad") the place stands for the unnamed group, as PETRARCH
   * codes it.
   */
  boolean sitePlace(Sentence s, int m) {
    Actor a = actors.get(mentions.get(m).actorId());
    int prep = mentions.get(m).mention().firstToken() - 1;
    if (a == null || a.type() != ActorType.LOCATION || prep - 1 < s.firstToken()
        || !LOCATION_PREPS.contains(lower(tokens.get(prep).word()))) {
      return false;
    }
    Token noun = tokens.get(prep - 1);
    return noun.isNoun() && mentionAt[prep - 1] < 0 && lexicon.hasNoun(lower(noun.lemma()));
  }

  static boolean isClosingParen(Token t) {
    return t.word().equals(")") || t.pos().equals("-RRB-");
  }

  /** The "(" matching the ")" at {@code close}, at most 8 tokens back in the sentence, or -1. */
  int openingParen(Sentence s, int close) {
    for (int k = close - 1; k >= Math.max(s.firstToken(), close - 8); k--) {
      Token t = tokens.get(k);
      if (t.word().equals("(") || t.pos().equals("-LRB-")) {
        return k;
      }
    }
    return -1;
  }

  /** "the two leaders": the last two distinct persons (or countries) mentioned before. */
  List<String> pair(Sentence s, int at, String noun) {
    boolean persons = GROUP_NOUNS_PERSON.contains(noun);
    boolean countries = GROUP_NOUNS_COUNTRY.contains(noun);
    if (!persons && !countries) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    int begin = tokens.get(at).begin();
    for (int m = mentions.size() - 1; m >= 0 && found.size() < 2; m--) {
      ActorMention am = mentions.get(m);
      if (am.mention().begin() >= begin) {
        continue;
      }
      Actor a = actors.get(am.actorId());
      if (a == null) {
        continue;
      }
      boolean fits = persons ? a.type() == ActorType.PERSON
          : a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION && a.country() != null;
      if (fits && !found.contains(a.id())) {
        found.add(a.id());
      }
    }
    return found.size() == 2 ? List.of(found.get(1), found.get(0)) : List.of();
  }

  /**
   * The actor a singular pronoun refers to, as the document's one reference resolver decided
   * (the {@code references} layer); null when it resolved none.
   */
  String resolvePronoun(Sentence s, int at) {
    String shared = references.resolve(at, at + 1).orElse(null);
    return shared != null && actors.containsKey(shared) ? shared : null;
  }

  /**
   * The actors "they"/"their"/"them" refer to: a coordination of actors ("Mr. Xi and Mr. Putin ...
   * their summit") or a group, organisation or country (never a lone person or a place): the
   * nearest before it in its sentence, else (when no actor stands before it in its sentence) the
   * first of the previous sentence.
   */
  List<String> pluralAntecedents(Sentence s, int at) {
    List<String> inSentence = pluralIn(s, at, true);
    if (!inSentence.isEmpty() || s.index() == 0) {
      return inSentence;
    }
    for (int t = s.firstToken(); t < at; t++) {
      if (mentionAt[t] >= 0) {
        return List.of(); // an actor before it that does not fit: the antecedent is unclear
      }
    }
    Sentence prev = sentences.get(s.index() - 1);
    return pluralIn(prev, prev.endToken(), false);
  }

  /** The last (when {@code nearest}) or first coordination or plural-fitting actor before token {@code before}. */
  List<String> pluralIn(Sentence s, int before, boolean nearest) {
    List<String> found = List.of();
    for (int t = s.firstToken(); t < before; t++) {
      int m = mentionAt[t];
      if (m < 0) {
        continue;
      }
      List<String> group = new ArrayList<>();
      int end = coordinationEnd(t, before, group);
      List<String> candidate = group.size() > 1 ? group
          : d.fitsPlural(mentions.get(m).actorId()) ? List.of(mentions.get(m).actorId()) : List.of();
      if (!candidate.isEmpty()) {
        found = candidate;
        if (!nearest) {
          return found;
        }
      }
      t = Math.max(t, end);
    }
    return found;
  }

  /**
   * Collects into {@code into} the actors of the coordination starting with the mention at token
   * {@code k} ("Mr. Xi and Mr. Putin", "Chile, Peru and Bolivia"), letting a title stand between
   * "and" and the next mention; returns the last token of the coordination.
   */
  int coordinationEnd(int k, int before, List<String> into) {
    int t = k;
    int last = k;
    while (t < before && mentionAt[t] >= 0) {
      ActorMention am = mentions.get(mentionAt[t]);
      if (!into.contains(am.actorId())) {
        into.add(am.actorId());
      }
      last = Math.max(t, am.mention().endToken() - 1);
      int j = last + 1;
      boolean joined = false;
      while (j < before && j <= last + 3 && mentionAt[j] < 0) {
        String w = lower(tokens.get(j).word());
        if (w.equals("and") || w.equals(",")) {
          joined = true;
        } else if (!tokens.get(j).isProperNoun()) {
          break; // only titles ("Mr.", "President") may stand between "and" and the next name
        }
        j++;
      }
      if (!joined || j >= before || mentionAt[j] < 0) {
        break;
      }
      t = j;
    }
    return last;
  }

  /** The actors a pronoun refers to: a plural pronoun may name several, others one or none. */
  List<String> resolvePronouns(Sentence s, int at) {
    String id = resolvePronoun(s, at);
    if (id != null) {
      return List.of(id);
    }
    // a plural pronoun may stand for several actors ("Britain and France said they ..."), which the
    // shared resolver, giving one antecedent, does not say: the coordinated group is found here
    return PLURAL_PRONOUNS.contains(lower(tokens.get(at).word())) ? pluralAntecedents(s, at) : List.of();
  }

  /** The actors coordinated with the mention starting at token {@code k} ("Mr. Xi and Mr. Putin"). */
  List<String> coordinated(int k) {
    List<String> ids = new ArrayList<>();
    int t = k;
    int sentence = tokens.get(k).sentence();
    while (t < tokens.size() && mentionAt[t] >= 0 && tokens.get(t).sentence() == sentence) {
      ActorMention am = mentions.get(mentionAt[t]);
      if (!ids.contains(am.actorId())) {
        ids.add(am.actorId());
      }
      int after = am.mention().endToken();
      if (after + 1 < tokens.size() && tokens.get(after).sentence() == sentence) {
        String w = lower(tokens.get(after).word());
        if ((w.equals("and") || w.equals(",")) && mentionAt[after + 1] >= 0) {
          t = after + 1;
          continue;
        }
        if (w.equals(",") && after + 2 < tokens.size() && lower(tokens.get(after + 1).word()).equals("and")
            && mentionAt[after + 2] >= 0) {
          t = after + 2;
          continue;
        }
      }
      break;
    }
    return ids;
  }

  /** Possessor or modifier actors of a nominal predicate ("Russia's invasion", "Western sanctions"). */
  List<String> possessor(Sentence s, int head) {
    int j = head - 1;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 6) {
      Token t = tokens.get(j);
      if (mentionAt[j] >= 0) {
        return nounPhraseActors(s, j);
      }
      if (t.pos().equals("PRP$")) {
        return resolvePronouns(s, j);
      }
      if (t.pos().startsWith("JJ") || t.pos().startsWith("NNP")) {
        String country = d.demonymCountry(t.word());
        if (country != null) {
          return List.of(country); // "a Russian invasion", "Chinese purchases"
        }
      }
      String p = t.pos();
      if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          || t.word().equals("-") || p.equals("``") || p.equals("''")) {
        j--;
        continue;
      }
      break;
    }
    return List.of();
  }
}
