package org.dossier.nlp.event;

import java.util.List;
import java.util.Set;
import org.dossier.model.Claim;
import org.dossier.model.Quote;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, mode and attribution: negated, hypothetical, future or asserted from the verb
 * group; refusals ("will not accept" is CAMEO 12); stated intent versus forecast; and the actor an
 * event rests on (quote speaker, claim source, "according to", reporting verb).
 *
 * <p>To be retired: {@link ClauseContext} gives mode and attribution from the clause; kept until it
 * measures as well. Per document; not thread-safe.
 */
final class WindowMode {
  private final Doc doc;
  private final List<Token> tokens;
  private final List<ActorMention> mentions;
  private final int[] mentionAt;
  private final List<Claim> claims;
  private final List<Quote> quotes;
  private final WindowSubjects subjects;

  WindowMode(WindowDoc d, WindowSubjects subjects) {
    this.doc = d.doc;
    this.tokens = d.tokens;
    this.mentions = d.mentions;
    this.mentionAt = d.mentionAt;
    this.claims = d.claims;
    this.quotes = d.quotes;
    this.subjects = subjects;
  }

  /** Heads whose negation is always a refusal, whatever the tense ("does not accept the plan"). */
  static final Set<String> CONSENT = Set.of("accept", "agree", "allow", "permit", "recognise", "recognize",
      "approve", "endorse");

  /**
   * The CAMEO 12 code when a negated cooperative act (roots 03-08) is the source's refusal: negated
   * with a modal ("will not meet", "would not release"), with readiness ("is not willing to"), after
   * "fail to", or a negated consent verb ("did not accept"); else null. A plain negated past ("did
   * not meet") reports a non-event, and a negated vow ("vowed not to provide") stays the negated act.
   */
  String refusalCode(int chainStart, int verb, int head, String code, String mode) {
    if (!mode.equals("negated")) {
      return null;
    }
    String refusal = IntentCodes.refusalOf(code);
    if (refusal == null) {
      return null;
    }
    if (CONSENT.contains(lower(tokens.get(head).lemma())) || CONSENT.contains(lower(tokens.get(verb).lemma()))) {
      return refusal;
    }
    if (negatedIntent(chainStart)) {
      return refusal; // "had no plans to meet": the stated absence of intent is the refusal
    }
    for (int j = chainStart; j <= verb && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      String l = lower(t.lemma());
      if (t.pos().equals("MD") || l.equals("fail") || READY.contains(lower(t.word()))) {
        return refusal;
      }
    }
    return null;
  }

  /** Whether the verb group starting at {@code chainStart} ("to meet") follows "no plans"/"no intention". */
  boolean negatedIntent(int chainStart) {
    if (chainStart < 2 || !tokens.get(chainStart).pos().equals("TO")) {
      return false;
    }
    Token noun = tokens.get(chainStart - 1);
    return noun.isNoun() && EventWords.get().isOf("intent-noun", lower(noun.lemma()))
        && lower(tokens.get(chainStart - 2).word()).equals("no");
  }

  /** Whether the verb's object is determined by "no" ("will release no prisoners", "made no concessions"). */
  private boolean negatedObject(Sentence s, int verb) {
    for (int j = verb + 1; j < Math.min(s.endToken() - 1, verb + 3); j++) {
      Token t = tokens.get(j);
      if (lower(t.word()).equals("no") && t.pos().equals("DT")) {
        Token next = tokens.get(j + 1);
        return next.isNoun() || next.pos().startsWith("JJ") || next.pos().equals("CD");
      }
      if (!t.pos().startsWith("RB") && !t.pos().equals("RP")) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code code} is a hostile act that, stated as a future consequence, is a threat. */
  static boolean hostile(String code) {
    return code.startsWith("14") || code.startsWith("16") || code.startsWith("17") || code.startsWith("18")
        || code.startsWith("19") || code.startsWith("20");
  }

  /** Whether a condition ("unless ...", "if ...") follows the predicate in its sentence: an ultimatum. */
  boolean conditionFollows(Sentence s, int head) {
    for (int j = head + 1; j < s.endToken(); j++) {
      String w = lower(tokens.get(j).word());
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (w.equals("unless") || w.equals("if")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the future in the verb group is the source's stated intent ("will visit", "agreed to
   * lift", "is willing to withdraw") rather than a forecast ("are expected to", "could").
   */
  boolean statedIntent(int chainStart, int verb) {
    boolean intent = false;
    for (int j = chainStart; j <= verb && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      String l = lower(t.lemma());
      if (FORECAST.contains(l) || FORECAST.contains(w)) {
        return false;
      }
      if (FUTURE_AUX.contains(w) || w.equals("would") || INTENT_VERBS.contains(l) || READY.contains(w)) {
        intent = true;
      }
    }
    return intent;
  }

  /** For a nominal that is a subject ("arms ... are expected to trickle in"): its verb, or -1. */
  int followingPredicate(Sentence s, int head) {
    for (int j = head + 1; j < Math.min(s.endToken(), head + 10); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() || t.pos().equals("MD")) {
        int v = j;
        while (v + 1 < s.endToken() && (tokens.get(v + 1).isVerb() || tokens.get(v + 1).pos().equals("TO")
            || tokens.get(v + 1).pos().startsWith("RB") || tokens.get(v + 1).pos().equals("MD"))) {
          v++;
        }
        return v;
      }
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || t.pos().startsWith("W") || w.equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  String mode(Sentence s, int chainStart, int verb, int head) {
    boolean future = false;
    boolean hypothetical = false;
    for (int j = chainStart; j <= verb && j < s.endToken(); j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      String l = lower(t.lemma());
      if (NEGATIONS.contains(w) && j < verb
          || l.equals("fail") && j + 1 <= verb && tokens.get(j + 1).pos().equals("TO")) {
        return "negated";
      }
      if (FUTURE_AUX.contains(w) && t.pos().equals("MD")) {
        future = true;
      } else if (HYPOTHETICAL_AUX.contains(w) && t.pos().equals("MD")) {
        hypothetical = true;
      } else if ((FUTURE_TO.contains(l) || READY.contains(lower(t.word()))) && j + 1 <= verb
          && tokens.get(j + 1).pos().equals("TO")) {
        future = true;
      }
    }
    if (head == verb && negatedObject(s, verb) || negatedIntent(chainStart)) {
      return "negated";
    }
    if (head != verb) {
      // "no sanctions", "did not announce any progress": a negated nominal
      int j = head - 1;
      while (j > verb && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN"))) {
        j--;
      }
      if (j > verb && lower(tokens.get(j).word()).equals("no")) {
        return "negated";
      }
    }
    for (int j = chainStart - 1; j >= s.firstToken() && j >= chainStart - 12; j--) {
      String w = lower(tokens.get(j).word());
      if (CONDITIONALS.contains(w)) {
        hypothetical = true;
        break;
      }
      if (w.equals(".") || w.equals(";")) {
        break;
      }
    }
    if (hypothetical) {
      return "hypothetical";
    }
    return future ? "future" : "asserted";
  }

  static boolean isQuoteOrComma(Token t) {
    String w = t.word();
    return w.equals(",") || t.pos().equals("''") || w.equals("\u201d") || w.equals("\"");
  }

  boolean insideQuoteOrClaim(int head) {
    int cp = doc.offsets().toCodePoint(tokens.get(head).begin());
    for (Quote q : quotes) {
      if (q.speaker() != null && q.start() <= cp && cp < q.end()) {
        return true;
      }
    }
    for (Claim c : claims) {
      if (c.source() != null && c.start() <= cp && cp < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** The actor the event rests on: a quote's speaker, a claim's source, or a reporting verb's subject. */
  String attribution(Sentence s, int head) {
    int cp = doc.offsets().toCodePoint(tokens.get(head).begin());
    for (Quote q : quotes) {
      if (q.speaker() != null && !"term".equals(q.kind()) && q.start() <= cp && cp < q.end()) {
        return q.speaker();
      }
    }
    for (Claim c : claims) {
      if (c.source() != null && c.start() <= cp && cp < c.end()) {
        return c.source();
      }
    }
    // "according to X"
    for (int j = s.firstToken(); j + 2 < s.endToken(); j++) {
      if (lower(tokens.get(j).word()).equals("according") && lower(tokens.get(j + 1).word()).equals("to")) {
        for (int k = j + 2; k < Math.min(s.endToken(), j + 8); k++) {
          if (mentionAt[k] >= 0) {
            return mentions.get(mentionAt[k]).actorId();
          }
        }
      }
    }
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      Token t = tokens.get(j);
      if (!t.isVerb() || !REPORTING.contains(lower(t.lemma())) || j == head) {
        continue;
      }
      if (j < head) {
        List<String> subj = subjects.subject(s, j, 0);
        if (!subj.isEmpty()) {
          return subj.get(0);
        }
      } else {
        // "..., Mr. Putin said" / "..., said Ms. Wishnick": a reporting clause after a comma or quote
        if (j - 1 >= s.firstToken() && isQuoteOrComma(tokens.get(j - 1)) && j + 1 < s.endToken()
            && mentionAt[j + 1] >= 0) {
          return mentions.get(mentionAt[j + 1]).actorId();
        }
        if (j - 1 >= s.firstToken() && mentionAt[j - 1] >= 0) {
          int first = mentions.get(mentionAt[j - 1]).mention().firstToken();
          int k = first - 1;
          while (k >= s.firstToken() && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().equals("DT")
              || tokens.get(k).pos().startsWith("JJ"))) {
            k--;
          }
          if (k >= s.firstToken() && isQuoteOrComma(tokens.get(k))) {
            return mentions.get(mentionAt[j - 1]).actorId();
          }
        }
      }
    }
    return null;
  }
}
