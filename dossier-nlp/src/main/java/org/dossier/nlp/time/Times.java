package org.dossier.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;

/**
 * Look-ups over the {@link TimeTagger#TIMEX} layer for components that date things, such as event
 * coding: the time expressions inside a token range, and the one that governs a predicate.
 *
 * <p>Stateless and thread-safe. Every method returns an empty result when the layer is absent.
 */
public final class Times {
  private Times() {}

  /** The time expressions overlapping tokens [firstToken, endToken), in text order. */
  public static List<Timex> in(Doc doc, int firstToken, int endToken) {
    List<Timex> all = doc.find(TimeTagger.TIMEX).orElse(List.of());
    List<Timex> out = new ArrayList<>();
    for (Timex t : all) {
      if (t.firstToken() < endToken && t.endToken() > firstToken) {
        out.add(t);
      }
    }
    return out;
  }

  /** The time expressions of sentence {@code sentence}, in text order. */
  public static List<Timex> inSentence(Doc doc, int sentence) {
    List<Sentence> sentences = doc.find(Layers.SENTENCES).orElse(List.of());
    if (sentence < 0 || sentence >= sentences.size()) {
      return List.of();
    }
    Sentence s = sentences.get(sentence);
    return in(doc, s.firstToken(), s.endToken());
  }

  /**
   * The first expression inside tokens [firstToken, endToken) that carries a calendar value (see
   * {@link Timex#dateValue()}): the date of a clause whose extent the caller knows.
   */
  public static Optional<Timex> dated(Doc doc, int firstToken, int endToken) {
    for (Timex t : in(doc, firstToken, endToken)) {
      if (t.dateValue().isPresent()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The calendar expression that most likely dates the predicate at token {@code predicate}: among
   * the dated expressions of its sentence, the nearest one, counting tokens; an expression after
   * the predicate wins a tie ("met … on Thursday"); an expression that belongs to another verb
   * (the nearest content verb before it in the sentence, else after it: "who took office in 2019,
   * visited …") counts as far away. Expressions of a clause set off by a semicolon are not considered.
   */
  public static Optional<Timex> governing(Doc doc, int predicate) {
    var tokens = doc.find(Layers.TOKENS).orElse(List.of());
    if (predicate < 0 || predicate >= tokens.size()) {
      return Optional.empty();
    }
    List<Timex> candidates = inSentence(doc, tokens.get(predicate).sentence());
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : candidates) {
      if (t.dateValue().isEmpty() || crossesSemicolon(tokens, predicate, t)) {
        continue;
      }
      int d = t.firstToken() > predicate ? 2 * (t.firstToken() - predicate)
          : 2 * Math.max(0, predicate - t.endToken() + 1) + 1;
      if (t.firstToken() <= predicate && t.endToken() > predicate) {
        d = 0;
      }
      // an expression beyond another verb most likely dates that verb's clause
      int owner = ownerVerb(tokens, t);
      if (owner >= 0 && owner != predicate) {
        d += 40;
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do");

  private static int ownerVerb(List<org.dossier.nlp.doc.Token> tokens, Timex t) {
    int sentence = tokens.get(t.firstToken()).sentence();
    for (int k = t.firstToken() - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
      if (isContentVerb(tokens.get(k))) {
        return k;
      }
    }
    for (int k = t.endToken(); k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
      if (isContentVerb(tokens.get(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isContentVerb(org.dossier.nlp.doc.Token tok) {
    return tok.isVerb() && !AUXILIARIES.contains(tok.lemma());
  }

  private static boolean crossesSemicolon(List<org.dossier.nlp.doc.Token> tokens, int predicate, Timex t) {
    int from = Math.min(predicate, t.firstToken());
    int to = Math.max(predicate, t.endToken());
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (";".equals(tokens.get(k).word())) {
        return true;
      }
    }
    return false;
  }
}
