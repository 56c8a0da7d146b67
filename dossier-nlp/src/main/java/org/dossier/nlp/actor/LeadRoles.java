package org.dossier.nlp.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.Lexicon;

/**
 * Roles that say whom a person is in charge of, in the constructions {@link TextRoles} does not
 * read (every one needs a named organisation, place or country, never a person, as what the role is
 * of):
 * <ol>
 *   <li>a bare title set off by commas before an organisation: "X, commander, Y Command";</li>
 *   <li>an organisation's title set off by a comma before a titled name: "the Y Task Force
 *       Commander, Lt. Gen. X";</li>
 *   <li>a relative clause with a verb of leading: "X, who leads the Y", "X, who has headed Y";</li>
 *   <li>a passive with a verb of leading: "Y is led by X", "Y, headed by X,".</li>
 * </ol>
 * The verbs of leading and the titles they give are data ({@code entity/lead-verbs.tsv}).
 * Stateless and thread-safe.
 */
final class LeadRoles {
  /** Words allowed between a verb of leading and its relative pronoun or subject ("has long headed"). */
  private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "been", "being", "has",
      "have", "had", "currently", "now", "still", "also", "jointly", "long", "since");
  private static final Set<String> RELATIVES = Set.of("who", "that");
  /** How many capitalised words may stand between an organisation and its title ("Y – Z Commander"). */
  private static final int MAX_NAME_TAIL = 4;

  private LeadRoles() {}

  /** Adds the roles of person mention {@code m} in sentence {@code s} to {@code out}. */
  static void find(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<TextRoles.Found> out) {
    bareTitleBeforeOrganisation(text, tokens, s, m, named, out);
    organisationTitleBefore(text, tokens, s, m, named, out);
    relativeLead(tokens, s, m, named, out);
    passiveLead(tokens, s, m, named, out);
  }

  private static String w(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  private static boolean isPossessive(Token t) {
    return ActorNames.isPossessive(t.word());
  }

  /** The named non-person mention starting at {@code k}, or null. */
  private static Mention thing(Mention[] named, int k) {
    Mention x = k >= 0 && k < named.length ? named[k] : null;
    return x != null && x.firstToken() == k && !"PERSON".equals(x.label()) ? x : null;
  }

  /** "X, commander, U.S. Central Command": a title alone between commas, then an organisation. */
  private static void bareTitleBeforeOrganisation(String text, List<Token> tokens, Sentence s, Mention m,
      Mention[] named, List<TextRoles.Found> out) {
    int c = m.endToken();
    if (c + 1 >= s.endToken() || !",".equals(tokens.get(c).word())) {
      return;
    }
    int j = c + 1;
    while (j < s.endToken() && j - c <= 4 && named[j] == null && Lexicon.isTitleWord(tokens.get(j).word())
        && !"of".equals(w(tokens, j))) {
      j++;
    }
    if (j == c + 1 || !Lexicon.isRoleNoun(tokens.get(j - 1).word()) || j + 1 >= s.endToken()
        || !",".equals(tokens.get(j).word())) {
      return;
    }
    Mention of = thing(named, j + 1);
    if (of == null || !"ORGANIZATION".equals(of.label())) {
      return;
    }
    String title = text.substring(tokens.get(c + 1).begin(), tokens.get(j - 1).end());
    out.add(new TextRoles.Found(title, of.text(), of, null, tokens.get(c + 1).begin(), of.end(), false));
  }

  /**
   * "The Combined Task Force Commander, Lt. Gen. X": an organisation (and a few more capitalised
   * words of its name) then a title, a comma, and the person's own titles before the name.
   */
  private static void organisationTitleBefore(String text, List<Token> tokens, Sentence s, Mention m,
      Mention[] named, List<TextRoles.Found> out) {
    int k = m.firstToken() - 1;
    while (k >= s.firstToken() && named[k] == null && (Lexicon.isTitleWord(tokens.get(k).word())
        || Lexicon.isHonorific(tokens.get(k).word()) || tokens.get(k).isCapitalized()
        && Lexicon.expansion(tokens.get(k).word()) != null)) {
      k--;
    }
    if (k - 1 < s.firstToken() || !",".equals(tokens.get(k).word())) {
      return;
    }
    int titleEnd = k;
    Mention tagged = named[k - 1];
    if (tagged != null && "ORGANIZATION".equals(tagged.label()) && tagged.endToken() == k
        && tagged.endToken() - tagged.firstToken() >= 2 && Lexicon.isRoleNoun(tokens.get(k - 1).word())) {
      // the tagger took the title into the name ("Joint Task Force Commander"): the title is its
      // last word, the organisation the mention
      String title = tokens.get(k - 1).word();
      out.add(new TextRoles.Found(title, tagged.text(), tagged, null, tagged.begin(), m.end(), false));
      return;
    }
    int t = k - 1;
    while (t >= s.firstToken() && named[t] == null && Lexicon.isTitleWord(tokens.get(t).word())
        && tokens.get(t).isCapitalized()) {
      t--;
    }
    if (t == titleEnd - 1 || !Lexicon.isRoleNoun(tokens.get(titleEnd - 1).word())) {
      return;
    }
    int titleStart = t + 1;
    Mention of = null;
    for (int j = t, steps = 0; j >= s.firstToken() && steps <= MAX_NAME_TAIL; steps++) {
      if (named[j] != null) {
        of = "ORGANIZATION".equals(named[j].label()) ? named[j] : null;
        break;
      }
      Token x = tokens.get(j);
      if (!x.isCapitalized() && !Set.of("-", "\u2013", "\u2014", "--").contains(x.word())) {
        break;
      }
      j--;
    }
    if (of == null) {
      return;
    }
    String title = text.substring(tokens.get(titleStart).begin(), tokens.get(titleEnd - 1).end());
    out.add(new TextRoles.Found(title, of.text(), of, null, of.begin(), m.end(), false));
  }

  /** "X, who leads the Y", "X, who has headed Y since 2001". */
  private static void relativeLead(List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<TextRoles.Found> out) {
    int j = m.endToken();
    if (j < s.endToken() && ",".equals(tokens.get(j).word())) {
      j++;
    }
    if (j >= s.endToken() || !RELATIVES.contains(w(tokens, j))) {
      return;
    }
    j++;
    while (j < s.endToken() && AUXILIARIES.contains(w(tokens, j))) {
      j++;
    }
    if (j + 1 >= s.endToken() || !tokens.get(j).pos().startsWith("VB")) {
      return;
    }
    String title = Lexicon.leadTitle(tokens.get(j).lemma());
    int k = j + 1;
    if (k < s.endToken() && "the".equals(w(tokens, k))) {
      k++;
    }
    Mention of = thing(named, k);
    if (title == null || of == null || of.endToken() < s.endToken() && isPossessive(tokens.get(of.endToken()))) {
      return; // "who heads the Vatican's council for peace" heads the council, not the Vatican
    }
    out.add(new TextRoles.Found(title, of.text(), of, null, m.begin(), of.end(), false));
  }

  /** "Y is currently led by X", "Y, headed by Gen. X,": the organisation before the passive. */
  private static void passiveLead(List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<TextRoles.Found> out) {
    int k = m.firstToken() - 1;
    while (k >= s.firstToken() && named[k] == null && (Lexicon.isTitleWord(tokens.get(k).word())
        || Lexicon.isHonorific(tokens.get(k).word()))) {
      k--;
    }
    if (k - 1 < s.firstToken() || !"by".equals(w(tokens, k)) || !"VBN".equals(tokens.get(k - 1).pos())) {
      return;
    }
    String title = Lexicon.leadTitle(tokens.get(k - 1).lemma());
    if (title == null) {
      return;
    }
    int j = k - 2;
    while (j >= s.firstToken() && (AUXILIARIES.contains(w(tokens, j)) || ",".equals(tokens.get(j).word()))) {
      j--;
    }
    if (j >= s.firstToken() && named[j] == null && "CD".equals(tokens.get(j).pos())) {
      j--; // a unit's number after its name: "Task Force 50"
    }
    Mention of = j >= s.firstToken() ? named[j] : null;
    if (of == null || of.endToken() != j + 1 || "PERSON".equals(of.label())) {
      return;
    }
    int before = of.firstToken() - 1;
    if (before >= s.firstToken() && "IN".equals(tokens.get(before).pos())) {
      return; // "Al-Qaeda in Iraq, led by X": the name ends a longer phrase, which X leads
    }
    out.add(new TextRoles.Found(title, of.text(), of, null, of.begin(), m.end(), false));
  }
}
