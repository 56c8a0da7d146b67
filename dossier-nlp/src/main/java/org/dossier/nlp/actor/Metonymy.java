package org.dossier.nlp.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * Decides whether a seat of government ("Beijing", "the Kremlin") is used as a place or stands
 * for its government, from the words around it: after a locative preposition ("in Beijing", "at
 * the White House"), after "to"/"from" that follow a word of motion ("a visit to Beijing", "flew
 * back from Moscow"), as a noun modifier ("the Beijing summit") or followed by its country
 * ("Moscow, Russia") it is a place; as subject, object, possessor or after any other preposition
 * ("Beijing has provided", "helped Moscow withstand", "the Kremlin's war", "support for the
 * Kremlin") it is the government. A coordinated seat ("in Beijing and Moscow") takes the reading
 * of its first conjunct. This works on tokens alone, so it needs no parser.
 *
 * <p>Stateless and thread-safe.
 */
final class Metonymy {
  private static final Set<String> LOCATIVE = ActorWords.of("locative");
  private static final Set<String> DIRECTIONAL = ActorWords.of("directional");
  private static final Set<String> MOTION = ActorWords.of("motion");
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");
  /** Nouns whose "of X" is the place X ("the mayor of Moscow", "the streets of Beijing"). */
  private static final Set<String> OF_PLACE = ActorWords.of("of-place");

  private Metonymy() {}

  /**
   * Whether {@code m} (a seat of government) names a place here rather than the government.
   *
   * @param named the named mention covering each token index, or null
   */
  static boolean isLocative(List<Token> tokens, Sentence s, Mention m, Mention[] named) {
    int first = m.firstToken();
    // "in Beijing and Moscow": walk back over coordinated names to the first conjunct
    int p = before(tokens, s, first);
    while (p >= s.firstToken() && COORDINATORS.contains(tokens.get(p).word().toLowerCase(Locale.ROOT))
        && p - 1 >= s.firstToken() && named[p - 1] != null && !"PERSON".equals(named[p - 1].label())) {
      first = named[p - 1].firstToken();
      p = before(tokens, s, first);
    }
    int next = m.endToken();
    if (next < s.endToken()) {
      Token n = tokens.get(next);
      if (n.pos().startsWith("NN") && !n.isProperNoun() && !n.word().startsWith("'")
          && !n.word().startsWith("\u2019")) {
        return true; // "the Beijing summit"
      }
      if (",".equals(n.word()) && next + 1 < s.endToken() && named[next + 1] != null
          && "COUNTRY".equals(named[next + 1].label())) {
        return true; // "Moscow, Russia"
      }
    }
    if (p < s.firstToken()) {
      return false;
    }
    String prev = tokens.get(p).word().toLowerCase(Locale.ROOT);
    if (LOCATIVE.contains(prev)) {
      return true;
    }
    if ("of".equals(prev) && p - 1 >= s.firstToken()
        && OF_PLACE.contains(tokens.get(p - 1).word().toLowerCase(Locale.ROOT))) {
      return true; // "the Governor of Washington", "the streets of Moscow"
    }
    if (DIRECTIONAL.contains(prev)) {
      for (int k = p - 1; k >= Math.max(s.firstToken(), p - 4); k--) {
        String lemma = tokens.get(k).lemma() == null ? tokens.get(k).word() : tokens.get(k).lemma();
        if (MOTION.contains(lemma.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index of the token before {@code first}, skipping a determiner "the". */
  private static int before(List<Token> tokens, Sentence s, int first) {
    int p = first - 1;
    if (p >= s.firstToken() && "the".equalsIgnoreCase(tokens.get(p).word())) {
      p--;
    }
    return p;
  }
}
