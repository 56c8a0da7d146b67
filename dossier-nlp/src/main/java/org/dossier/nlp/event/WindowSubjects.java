package org.dossier.nlp.event;

import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, left side of a predicate: the verb group ({@link #chainStart}), passive voice,
 * the subject found leftwards (relative clauses, appositives, asides, time adjuncts, purpose
 * infinitives, coordinated verb phrases), the verb that governs a nominal predicate, and the main
 * verb after a fronted phrase.
 *
 * <p>To be retired: the clause layer gives subject, passive, controller and conjunct subjects
 * ({@code Clause}); kept until measurements show it codes these sentences as well. Per document;
 * not thread-safe.
 */
final class WindowSubjects {
  private final EventLexicon lexicon;
  private final List<Token> tokens;
  private final int[] mentionAt;
  
  private final WindowPhrases phrases;

  WindowSubjects(WindowDoc d, WindowPhrases phrases) {
    this.lexicon = d.lexicon;
    this.tokens = d.tokens;
    this.mentionAt = d.mentionAt;

    this.phrases = phrases;
  }

  /** First token of the verb group ending at {@code head} (auxiliaries, adverbs, "to", control verbs). */
  int chainStart(Sentence s, int head) {
    int j = head;
    while (j - 1 >= s.firstToken()) {
      Token t = tokens.get(j - 1);
      String p = t.pos();
      if (mentionAt[j - 1] >= 0) {
        break;
      }
      if (p.startsWith("VB") || p.equals("MD") || p.startsWith("RB") || p.equals("TO")
          || NEGATIONS.contains(lower(t.word())) || p.startsWith("JJ") && READY.contains(lower(t.word()))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** Participles that with "to" state the subject's own stance ("is opposed to"), not a passive. */
  static final Set<String> STANCE_PARTICIPLES = Set.of("oppose", "commit", "dedicate", "devote");

  boolean isPassive(Sentence s, int head) {
    if (!tokens.get(head).pos().equals("VBN")) {
      return false;
    }
    if (head + 1 < s.endToken() && lower(tokens.get(head + 1).word()).equals("to")
        && STANCE_PARTICIPLES.contains(lower(tokens.get(head).lemma()))) {
      return false;
    }
    for (int j = head - 1; j >= chainStart(s, head); j--) {
      String l = lower(tokens.get(j).lemma());
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (l.equals("have")) {
        return false;
      }
    }
    return reducedPassiveHead(s, head) >= 0;
  }

  /**
   * For a participle with no auxiliary that follows a named actor, directly or after a comma or
   * dash, and is followed by a preposition ("X -- accused of ordering", "marines held in Y",
   * "X, backed by Y"): the last token of that actor's phrase, which the act is done to; else -1.
   */
  int reducedPassiveHead(Sentence s, int head) {
    Token t = tokens.get(head);
    if (!t.pos().equals("VBN") || chainStart(s, head) != head || head + 1 >= s.endToken()
        || !tokens.get(head + 1).pos().equals("IN")) {
      return -1;
    }
    int j = head - 1;
    if (j > s.firstToken() && (tokens.get(j).word().equals(",") || tokens.get(j).pos().equals(":"))) {
      j--;
    }
    return j >= s.firstToken() && mentionAt[j] >= 0 ? j : -1;
  }

  /** Whether the subject noun phrase ending before {@code chainStart} is headed by an event noun. */
  boolean subjectIsEventNoun(Sentence s, int chainStart) {
    int j = chainStart - 1;
    if (j < s.firstToken()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.isNoun() && mentionAt[j] < 0 && lexicon.hasNoun(lower(t.lemma()));
  }

  /** Source actors of the verb at {@code head}: its subject, found leftwards. */
  List<String> subject(Sentence s, int head, int depth) {
    if (depth > 4) {
      return List.of();
    }
    int reduced = reducedPassiveHead(s, head);
    if (reduced >= 0) {
      return phrases.nounPhraseActors(s, reduced);
    }
    int start = chainStart(s, head);
    int j = skipTimeAdjunct(s, start - 1);
    if (j < s.firstToken()) {
      return List.of();
    }
    Token t = tokens.get(j);
    String w = lower(t.word());
    if (start == head && tokens.get(head).pos().equals("VBG") && t.isNoun() && mentionAt[j] < 0
        && EventWords.get().isOf("document-noun", lower(t.lemma()))) {
      int issuing = governingVerb(s, j);
      if (issuing >= 0) {
        return subject(s, issuing, depth + 1); // "X adopted a resolution calling for": X calls for
      }
    }
    if (w.equals("who") || w.equals("which") || (w.equals("that") && !t.pos().equals("DT"))) {
      // relative clause: the antecedent just before
      int k = j - 1;
      if (k >= s.firstToken() && tokens.get(k).word().equals(",")) {
        k--;
      }
      return k >= s.firstToken() ? phrases.nounPhraseActors(s, k) : List.of();
    }
    if (t.word().equals(",") && j - 1 >= s.firstToken() && mentionAt[j - 1] >= 0) {
      return phrases.nounPhraseActors(s, j - 1); // appositive: "China's top leader, Xi Jinping, hosts"
    }
    if (t.word().equals(",")) {
      int described = appositiveHead(s, j);
      if (described >= 0) {
        return phrases.nounPhraseActors(s, described); // "Pakistan, a key ally in the war, has refused"
      }
    }
    int aside = asideStart(s, j);
    if (aside >= 0) {
      return phrases.nounPhraseActors(s, aside - 1); // "X, in remarks published on Monday, urged"
    }
    if (tokens.get(start).pos().equals("TO") && mentionAt[j] < 0 && !t.isVerb()) {
      int main = purposeMainVerb(s, start);
      if (main >= 0) {
        return subject(s, main, depth + 1); // "X stopped work on Monday to protest ...": X protests
      }
    }
    if (t.pos().equals("IN") || t.pos().equals("CC") || t.word().equals(",")) {
      // coordinated verb phrase or adjunct ("and sold", "by blaming"): the previous verb's subject;
      // after "but"/"and" the previous finite verb's, past participles of reduced relatives skipped
      boolean coordination = t.pos().equals("CC");
      for (int k = j - 1; k >= s.firstToken(); k--) {
        Token v = tokens.get(k);
        if (v.isVerb() && (!coordination || !v.pos().equals("VBN") && !v.pos().equals("VBG")
            || k == s.firstToken() || tokens.get(k - 1).isVerb() || tokens.get(k - 1).pos().equals("MD"))) {
          return subject(s, k, depth + 1);
        }
      }
      return List.of();
    }
    return phrases.nounPhraseActors(s, j);
  }

  /**
   * For a comma right before a verb group: the last token of the actor an appositive describes
   * ("X, a key ally in the war against Y, has refused"), when another comma at most 15 tokens back
   * follows an actor mention and no verb lies between; else -1.
   */
  int appositiveHead(Sentence s, int comma) {
    for (int k = comma - 1; k >= Math.max(s.firstToken() + 1, comma - 15); k--) {
      Token t = tokens.get(k);
      if (t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W") || t.word().equals(";")) {
        return -1;
      }
      if (t.word().equals(",")) {
        return mentionAt[k - 1] >= 0 ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** Verbs whose object, not subject, does what their infinitive says ("urged X to", "forced X to"). */
  static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "press",
      "persuade", "invite", "tell", "allow", "permit", "encourage", "help", "require", "compel", "appeal", "want",
      "expect", "convince", "instruct", "authorize", "authorise", "pressure", "push", "lead", "cause", "enable");

  /**
   * For a purpose infinitive ("stopped work on Monday to protest"): the finite verb of the clause
   * it modifies, at most 15 tokens back, unless that verb passes the infinitive to its object
   * ("urged the parties to"); else -1.
   */
  int purposeMainVerb(Sentence s, int to) {
    for (int k = to - 1; k >= Math.max(s.firstToken(), to - 15); k--) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || t.pos().startsWith("W") || w.equals("that")) {
        return -1;
      }
      if (t.isVerb()) {
        String p = t.pos();
        if (!p.equals("VBD") && !p.equals("VBZ") && !p.equals("VBP") && !p.equals("VBN")) {
          return -1;
        }
        return OBJECT_CONTROL.contains(lower(t.lemma())) ? -1 : k;
      }
    }
    return -1;
  }

  /**
   * For a comma closing a parenthetical phrase between subject and verb ("X, in remarks published
   * on Monday, urged"): the opening comma's position when an actor stands right before it and the
   * phrase opens with a preposition and has no finite verb; else -1.
   */
  int asideStart(Sentence s, int close) {
    if (!tokens.get(close).word().equals(",")) {
      return -1;
    }
    for (int k = close - 1; k > s.firstToken() && k >= close - 10; k--) {
      Token t = tokens.get(k);
      String p = t.pos();
      if (t.word().equals(",")) {
        return mentionAt[k - 1] >= 0 && k + 1 < close && tokens.get(k + 1).pos().equals("IN") ? k : -1;
      }
      if (p.equals("MD") || p.equals("VBD") && !tokens.get(k - 1).word().equals(",")
          || p.equals("VBZ") || p.equals("VBP") || p.startsWith("W")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "The United States on Thursday vetoed", "Serbia today rejected": steps left over a time
   * adjunct between subject and verb; returns the token before it (or {@code j} unchanged).
   */
  int skipTimeAdjunct(Sentence s, int j) {
    int k = j;
    boolean any = false;
    while (k >= s.firstToken() && mentionAt[k] < 0) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (TIME_WORDS.contains(w) || any && (t.pos().equals("CD") || w.equals("this") || w.equals("last")
          || w.equals("early") || w.equals("late") || w.equals("next"))) {
        any = true;
        k--;
        continue;
      }
      if (any && (w.equals("on") || w.equals("in") || w.equals("at") || w.equals(","))) {
        k--;
        continue;
      }
      break;
    }
    return any ? k : j;
  }

  /** The verb whose object a nominal predicate is ("announced a sharp increase"), or -1. */
  int governingVerb(Sentence s, int head) {
    int j = head - 1;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 8) {
      Token t = tokens.get(j);
      String p = t.pos();
      if (t.isVerb()) {
        return lower(t.lemma()).equals("be") ? -1 : j;
      }
      if (lower(t.word()).equals("in") && j - 1 >= s.firstToken() && tokens.get(j - 1).isVerb()
          && ENGAGE.contains(lower(tokens.get(j - 1).lemma()))) {
        return j - 1; // "engaged in ethnic cleansing", "participated in the raid"
      }
      if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("DT") || p.equals("PDT")
          || p.equals("HYPH") || p.equals("POS") || p.equals("PRP$") || p.startsWith("RB") || p.equals("``")
          || p.equals("''") || lower(t.word()).equals("of") || mentionAt[j] >= 0) {
        j--;
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** Verbs that take part in the event a following "in" phrase names. */
  static final Set<String> ENGAGE = Set.of("engage", "participate", "involve", "persist", "join");

  /** For a predicate inside a sentence-initial phrase ("During a visit ..., X warned"): the main verb. */
  int frontedPhraseMainVerb(Sentence s, int head) {
    Token first = tokens.get(s.firstToken());
    if (!first.pos().equals("IN") && !first.pos().equals("RB")) {
      return -1;
    }
    for (int j = s.firstToken(); j < head; j++) {
      if (tokens.get(j).word().equals(",")) {
        return -1;
      }
    }
    int comma = -1;
    for (int j = head + 1; j < s.endToken(); j++) {
      if (tokens.get(j).word().equals(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0) {
      return -1;
    }
    for (int j = comma + 1; j < s.endToken(); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("VBD")) {
        return j;
      }
    }
    return -1;
  }
}
