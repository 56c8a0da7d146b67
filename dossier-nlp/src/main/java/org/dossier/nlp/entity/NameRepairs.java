package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Token;

/**
 * Repairs systematic errors of the CRF's name runs that turn persons into organisations or places.
 *
 * <ul>
 *   <li>An office title before proper nouns: "King Abdullah II" tagged as a place is a person
 *       (unless a place noun follows: "King Fahd Airport").</li>
 *   <li>A title with "of" before a name: in "Secretary of State Condoleezza Rice" or "Secretary
 *       of Defense Robert Gates" the CRF tags the portfolio and the name as one organisation
 *       ("State Condoleezza Rice"). When the run follows "&lt;title head&gt; of", its leading title
 *       words (the portfolio, from {@code titles.tsv}) are dropped and the rest, two or more proper
 *       nouns, is a person.</li>
 *   <li>Two persons joined by "and": "Bush and Rice" is tagged as one organisation, like "Procter
 *       and Gamble". A run of exactly name, "and", name, in which both names end a person mention
 *       elsewhere in the document, becomes two person mentions.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class NameRepairs {
  private NameRepairs() {}

  /**
   * The first token of a person's name in the organisation or location run [from, to) that
   * follows "&lt;title head&gt; of", or -1 when the run is not a portfolio and a name.
   */
  static int nameAfterPortfolio(List<Token> tokens, int from, int to, int sentenceStart) {
    if (from - 2 < sentenceStart || !tokens.get(from - 1).word().equalsIgnoreCase("of")
        || !Lexicon.isTitleHead(tokens.get(from - 2).word())) {
      return -1;
    }
    int k = from;
    while (k < to && Lexicon.isTitleWord(tokens.get(k).word())) {
      k++;
    }
    if (k == from || to - k < 2) {
      return -1; // no portfolio, or a single word left ("State Department")
    }
    for (int i = k; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isProperNoun() || Lexicon.isGroupNoun(t.word()) || PlaceNouns.follows(tokens, i, i + 1)) {
        return -1; // "Secretary of State Department officials", "Minister of Interior Police Academy"
      }
    }
    return k;
  }

  /**
   * Whether tokens [from, to) are an office title ("King", "Emir", "President") and then only proper
   * nouns none of which is a place noun: a person the tagger took for a place or organisation
   * ("King Abdullah II"), unlike "King Fahd Airport" or "Prince Edward Island"; {@code end} ends the sentence.
   */
  static boolean titledName(List<Token> tokens, int from, int to, int end) {
    if (to - from < 2 || !Lexicon.isTitleHead(tokens.get(from).word()) || !Lexicon.isOffice(tokens.get(from).word())) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!tokens.get(k).isProperNoun() || PlaceNouns.follows(tokens, k, k + 1)) {
        return false;
      }
    }
    return !PlaceNouns.follows(tokens, to, end);
  }

  /**
   * The mentions with every organisation run "A and B" split into two person mentions when A and
   * B each end a person mention elsewhere in the document; other mentions unchanged.
   */
  static List<Mention> splitPersonPairs(Doc doc, List<Token> tokens, List<Mention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      if ("PERSON".equals(m.label()) && m.endToken() - m.firstToken() >= 2) {
        surnames.add(key(tokens.get(m.endToken() - 1).word()));
      }
    }
    if (surnames.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      int a = m.firstToken();
      if ("ORGANIZATION".equals(m.label()) && m.endToken() - a == 3
          && tokens.get(a + 1).word().equalsIgnoreCase("and")
          && surnames.contains(key(tokens.get(a).word()))
          && surnames.contains(key(tokens.get(a + 2).word()))) {
        out.add(person(doc, tokens, a));
        out.add(person(doc, tokens, a + 2));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static Mention person(Doc doc, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return new Mention(t.begin(), t.end(), i, i + 1, doc.text(t.begin(), t.end()), "PERSON", "ner");
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
