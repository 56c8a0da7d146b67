package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/** Trims the tagger's name mentions in title-cased headings. Stateless and thread-safe. */
final class HeadingMentions {
  private HeadingMentions() {}

  /**
   * In title-cased headings the tagger takes ordinary words for names ("What Lopez Wants" gives
   * "Lopez Wants"). A heading mention that shares a word with a body mention keeps only the edge
   * words that body mentions also use; others, and knowledge-base matches, are kept as they are.
   */
  static List<Mention> trim(Doc doc, List<Token> tokens, List<Mention> mentions) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    Set<String> bodyWords = new HashSet<>();
    for (Mention m : mentions) {
      if (!sentences.get(tokens.get(m.firstToken()).sentence()).heading()) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          bodyWords.add(tokens.get(t).word());
        }
      }
    }
    Set<String> lowerBody = new HashSet<>();
    for (Token t : tokens) {
      if (!sentences.get(t.sentence()).heading() && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
        lowerBody.add(t.word());
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    Map<Integer, Boolean> titleCasedSentence = new java.util.HashMap<>(); // once per sentence, not per mention
    for (Mention m : mentions) {
      Sentence s = sentences.get(tokens.get(m.firstToken()).sentence());
      if (!s.heading() || !"ner".equals(m.source())
          || !titleCasedSentence.computeIfAbsent(s.index(), k -> titleCased(tokens, s))) {
        out.add(m);
        continue;
      }
      int from = m.firstToken();
      int to = m.endToken();
      boolean anchored = false;
      for (int t = from; t < to; t++) {
        anchored |= bodyWords.contains(tokens.get(t).word());
      }
      if (!anchored) {
        boolean allLower = true;
        for (int t = from; t < to; t++) {
          allLower &= lowerBody.contains(tokens.get(t).word().toLowerCase(java.util.Locale.ROOT));
        }
        if (!allLower) {
          out.add(m); // nothing in the body says these words are ordinary: keep the tagger's reading
        }
        continue; // "Strategic Straddle" is written "strategic straddle" in the body: no name
      }
      while (from < to && ordinary(tokens.get(from), bodyWords, lowerBody)) {
        from++;
      }
      while (to > from && ordinary(tokens.get(to - 1), bodyWords, lowerBody)) {
        to--;
      }
      if (from < to) {
        out.add(NerMentions.mention(doc, tokens, from, to, m.label(), m.source()));
      }
    }
    return out;
  }

  /** A heading word that is no name: not in a body mention, and written lower case in the body or no proper noun. */
  private static boolean ordinary(Token t, Set<String> bodyWords, Set<String> lowerBody) {
    return !bodyWords.contains(t.word())
        && (lowerBody.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || !t.isProperNoun());
  }

  /**
   * Whether a heading is written in title case, where capitals carry no signal ("What Lopez
   * Wants"); all-capital headlines, table rows and lines with numbers keep the tagger's reading.
   */
  private static boolean titleCased(List<Token> tokens, Sentence s) {
    int words = 0;
    int capitalised = 0;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = tokens.get(i).word();
      if (w.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      words++;
      if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    return words >= 2 && capitalised * 3 >= words * 2;
  }
}
