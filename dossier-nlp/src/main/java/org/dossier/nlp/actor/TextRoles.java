package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.Lexicon;

/**
 * Roles stated in the text around a person mention:
 * <ol>
 *   <li>a title before the name ("Secretary of State Antony Blinken", "Russian President Putin",
 *       "President Putin of Russia");</li>
 *   <li>an appositive after it ("Jane Roe, a senior research scientist at the Center for X",
 *       "Ivan Ivanov, the economy minister", "Ana Ruiz, Spain's foreign minister");</li>
 *   <li>an appositive before it ("China's top leader, Xi Jinping");</li>
 *   <li>an appointment ("Ivan Ivanov, an economist who was named the new defense minister");</li>
 *   <li>who the person is in charge of ("X, commander, Y Command", "X, who leads Y", "Y is led by
 *       X"; see {@link LeadRoles}).</li>
 * </ol>
 * "former" and "late" titles are not roles on the document's date and are skipped.
 *
 * <p>Stateless and thread-safe.
 */
final class TextRoles {
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final Set<String> OF_WORDS = Set.of("of", "at", "for", "with", "in");
  private static final Set<String> NOT_CURRENT = ActorWords.of("not-current");
  private static final Set<String> DROP = ActorWords.of("dropped-qualifier");
  private static final Set<String> APPOINT = ActorWords.of("appointing-verb");
  private static final int MAX_TITLE_TOKENS = 6;

  private TextRoles() {}

  /**
   * A role found in the text.
   *
   * @param title     as written, without determiner or "new"
   * @param ofText    what it is of, as written, or null
   * @param ofMention the named mention it is of (country or organisation), or null
   * @param ofDemonym a nationality adjective before the title ("Russian President"), or null
   * @param begin     first char of the evidence
   * @param end       char after the evidence
   * @param appointed whether the text reports an appointment (the newest role)
   */
  record Found(String title, String ofText, Mention ofMention, String ofDemonym, int begin, int end,
      boolean appointed) {}

  /** Every role stated around person mention {@code m} in sentence {@code s}. */
  static List<Found> find(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named) {
    List<Found> out = new ArrayList<>(2);
    titleBefore(text, tokens, s, m, named, out);
    appositiveAfter(text, tokens, s, m, named, out);
    appositiveBefore(text, tokens, s, m, named, out);
    headOfBefore(text, tokens, s, m, named, out);
    appointment(text, tokens, s, m, named, out);
    LeadRoles.find(text, tokens, s, m, named, out);
    return out;
  }

  private static String w(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  private static boolean possessive(List<Token> tokens, int i) {
    String x = tokens.get(i).word();
    return x.equals("'s") || x.equals("\u2019s") || x.equals("'") || x.equals("\u2019");
  }

  private static void titleBefore(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int k = m.firstToken() - 1;
    while (k >= s.firstToken() && Lexicon.isHonorific(tokens.get(k).word())) {
      k--;
    }
    int end = k + 1;
    while (k >= s.firstToken() && named[k] == null && end - k <= MAX_TITLE_TOKENS
        && (Lexicon.isTitleWord(tokens.get(k).word()) || k == end - 1 && Lexicon.isRoleNoun(tokens.get(k).word()))
        && !("of".equals(w(tokens, k)) && (k == s.firstToken() || !Lexicon.isTitleWord(tokens.get(k - 1).word())))) {
      k--;
    }
    int start = k + 1;
    while (start < end && !Lexicon.isTitleHead(tokens.get(start).word()) && "of".equals(w(tokens, start))) {
      start++;
    }
    // "Likud activist X", "OSCE envoy X": an organisation right before an occupation anchors it
    Mention org = k >= s.firstToken() && named[k] != null && named[k].endToken() == k + 1
        && "ORGANIZATION".equals(named[k].label()) ? named[k] : null;
    boolean anchoredNoun = org != null && start < end && Lexicon.isRoleNoun(tokens.get(end - 1).word());
    if (start >= end) {
      pluralTitleOverList(text, tokens, s, m, named, out);
      return;
    }
    if (!containsHead(tokens, start, end) && !anchoredNoun || Lexicon.isTitleHead(tokens.get(end - 1).word()) == false
        && !Lexicon.isRoleNoun(tokens.get(end - 1).word()) && !endsWithOfPhrase(tokens, start, end)) {
      return;
    }
    if (k >= s.firstToken() && NOT_CURRENT.contains(w(tokens, k))) {
      return;
    }
    String title = title(text, tokens, start, end);
    if (title == null) {
      return;
    }
    int evBegin = tokens.get(start).begin();
    int evEnd = m.end();
    Mention of = null;
    String demonym = null;
    // "China's President Xi", "Russian President Putin", "U.S. Secretary of State Blinken"
    if (k >= s.firstToken() && possessive(tokens, k) && k - 1 >= s.firstToken() && named[k - 1] != null
        && !"PERSON".equals(named[k - 1].label())) {
      of = named[k - 1];
      evBegin = of.begin();
    } else if (k >= s.firstToken() && named[k] != null && "COUNTRY".equals(named[k].label())) {
      of = named[k];
      evBegin = of.begin();
    } else if (k >= s.firstToken() && tokens.get(k).isCapitalized() && "MISC".equals(label(named, k))) {
      demonym = tokens.get(k).word();
      evBegin = tokens.get(k).begin();
    } else if (org != null) {
      of = org;
      evBegin = of.begin();
    }
    // "President Vladimir Putin of Russia"
    int after = m.endToken();
    if (of == null && demonym == null && after + 1 < s.endToken() && "of".equals(w(tokens, after))
        && named[after + 1] != null && !"PERSON".equals(named[after + 1].label())) {
      of = named[after + 1];
      evEnd = of.end();
    }
    out.add(new Found(title, of == null ? null : of.text(), of, demonym, evBegin, evEnd, false));
  }

  private static String label(Mention[] named, int k) {
    return named[k] == null ? null : named[k].label();
  }

  private static boolean containsHead(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Lexicon.isTitleHead(tokens.get(i).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithOfPhrase(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("of".equalsIgnoreCase(tokens.get(i).word()) && i > from && Lexicon.isTitleHead(tokens.get(i - 1).word())) {
        return true;
      }
    }
    return false;
  }

  /** The title text between tokens, without leading determiners or "new". */
  private static String title(String text, List<Token> tokens, int from, int to) {
    while (from < to && (DROP.contains(w(tokens, from)) || DETERMINERS.contains(w(tokens, from)))) {
      from++;
    }
    if (from >= to || NOT_CURRENT.contains(w(tokens, from))) {
      return null; // "former President": not an office on the document's date
    }
    boolean abbreviated = false;
    for (int i = from; i < to; i++) {
      abbreviated |= Lexicon.expansion(tokens.get(i).word()) != null;
    }
    if (!abbreviated) {
      return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
    // "Maj. Gen." is written out ("Major General") so the title compares with other spellings
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String x = Lexicon.expansion(tokens.get(i).word());
      b.append(b.length() == 0 ? "" : " ").append(x != null ? x : tokens.get(i).word());
    }
    return b.toString();
  }

  /**
   * A description: [det | Country 's | Demonym] modifiers* roleNoun, starting at {@code i}; returns
   * {start of title, end of title (exclusive), start of phrase, of-token or -1} or null.
   */
  private static int[] description(List<Token> tokens, Sentence s, int i, Mention[] named) {
    int phrase = i;
    int ofTok = -1;
    if (i >= s.endToken()) {
      return null;
    }
    if (DETERMINERS.contains(w(tokens, i))) {
      i++;
    } else if (named[i] != null && !"PERSON".equals(named[i].label()) && named[i].firstToken() == i
        && named[i].endToken() < s.endToken() && possessive(tokens, named[i].endToken())) {
      ofTok = i;
      i = named[i].endToken() + 1;
    } else if (named[i] != null && "ORGANIZATION".equals(named[i].label()) && named[i].firstToken() == i
        && named[i].endToken() < s.endToken() && Lexicon.isRoleNoun(tokens.get(named[i].endToken()).word())) {
      ofTok = i; // "X, CPC secretary of Y": the organisation the role is of
      i = named[i].endToken();
    }
    if (i < s.endToken() && NOT_CURRENT.contains(w(tokens, i))) {
      return null;
    }
    int start = i;
    if (ofTok < 0 && i < s.endToken() && "MISC".equals(label(named, i))) {
      ofTok = i; // "the Russian foreign minister"
      start = i + 1;
      i++;
    }
    for (int j = i; j < Math.min(s.endToken(), start + MAX_TITLE_TOKENS); j++) {
      Token t = tokens.get(j);
      if (Lexicon.isRoleNoun(t.word())) {
        // take the last role noun of a compound ("research scientist", "prime minister")
        int end = j + 1;
        while (end < s.endToken() && Lexicon.isRoleNoun(tokens.get(end).word())) {
          end++;
        }
        return new int[] {start, end, phrase, ofTok};
      }
      boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
          || t.pos().equals("HYPH") || t.word().equals("-") || Lexicon.isTitleWord(t.word());
      if (!modifier || named[j] != null && !"MISC".equals(named[j].label())) {
        return null;
      }
    }
    return null;
  }

  private static void appositiveAfter(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int c = m.endToken();
    if (c >= s.endToken() || !",".equals(tokens.get(c).word())) {
      return;
    }
    int[] d = description(tokens, s, c + 1, named);
    if (d == null || d[2] == d[0] && d[3] < 0 && !headOf(tokens, s, named, d[1])) {
      return; // "X, hosts President Y": a description needs a determiner, a country or an "of" after it
    }
    if (d[1] < s.endToken() && named[d[1]] != null && "PERSON".equals(named[d[1]].label())) {
      // "Bush, Japanese Prime Minister Koizumi and ...": a list, the title belongs to the next name
      return;
    }
    Found f = withOf(text, tokens, s, named, d, false);
    if (f != null) {
      out.add(f);
    }
  }

  /** Whether "of [the] NAME" follows a bare title: "X, head of the Supreme Council". */
  private static boolean headOf(List<Token> tokens, Sentence s, Mention[] named, int j) {
    int k = j + 1;
    if (k < s.endToken() && "the".equals(w(tokens, k))) {
      k++;
    }
    return j < s.endToken() && "of".equals(w(tokens, j)) && k < s.endToken() && named[k] != null
        && !"PERSON".equals(named[k].label());
  }

  private static Found withOf(String text, List<Token> tokens, Sentence s, Mention[] named, int[] d,
      boolean appointed) {
    String title = title(text, tokens, d[0], d[1]);
    if (title == null) {
      return null;
    }
    Mention of = d[3] >= 0 && !"MISC".equals(label(named, d[3])) ? named[d[3]] : null;
    String demonym = d[3] >= 0 && "MISC".equals(label(named, d[3])) ? tokens.get(d[3]).word() : null;
    int evEnd = tokens.get(d[1] - 1).end();
    int j = d[1];
    if (of == null && j + 1 < s.endToken() && OF_WORDS.contains(w(tokens, j))
        && !"in".equals(w(tokens, j))) {
      int k = j + 1;
      if (k < s.endToken() && "the".equals(w(tokens, k))) {
        k++;
      }
      if (k < s.endToken() && named[k] != null && named[k].firstToken() == k
          && !"PERSON".equals(named[k].label())) {
        of = named[k];
        evEnd = of.end();
      }
    }
    int evBegin = tokens.get(d[2]).begin();
    return new Found(title, of == null ? null : of.text(), of, demonym, evBegin, evEnd, appointed);
  }

  private static void appositiveBefore(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int c = m.firstToken() - 1;
    if (c - 1 < s.firstToken() || !",".equals(tokens.get(c).word())
        || !Lexicon.isRoleNoun(tokens.get(c - 1).word())) {
      return;
    }
    // the description ends at c-1; find where it starts
    for (int start = c - 1; start >= Math.max(s.firstToken(), c - 1 - MAX_TITLE_TOKENS - 3); start--) {
      int[] d = description(tokens, s, start, named);
      if (d != null && d[1] == c && (start == s.firstToken() || !DETERMINERS.contains(w(tokens, start - 1)))) {
        boolean anchored = DETERMINERS.contains(w(tokens, start)) || d[3] == start;
        if (anchored) {
          Found f = withOf(text, tokens, s, named, d, false);
          if (f != null) {
            out.add(new Found(f.title(), f.ofText(), f.ofMention(), f.ofDemonym(), f.begin(), m.end(), false));
          }
          return;
        }
      }
    }
  }

  /** Longest run of words between "the head of" and the comma before a name. */
  private static final int MAX_HEAD_OF_TOKENS = 20;

  /**
   * "the head of the OSCE mission to Albania, Franz Vranitzky": a title head followed by "of" and a
   * phrase naming an organisation, set off by a comma before the name. The phrase may not contain a
   * verb or another comma (a clause or a list is not one description).
   */
  private static void headOfBefore(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int c = m.firstToken() - 1;
    if (c - 2 < s.firstToken() || !",".equals(tokens.get(c).word()) || Lexicon.isRoleNoun(tokens.get(c - 1).word())) {
      return; // "..., the economy minister, X" is an ordinary appositive
    }
    Mention of = null;
    for (int j = c - 1; j > Math.max(s.firstToken(), c - MAX_HEAD_OF_TOKENS); j--) {
      Token t = tokens.get(j);
      if (",".equals(t.word()) || t.pos().startsWith("VB") || t.pos().equals("MD")
          || named[j] != null && "PERSON".equals(named[j].label())) {
        return;
      }
      if (named[j] != null && named[j].firstToken() == j) {
        of = named[j];
      }
      if ("of".equals(w(tokens, j)) && Lexicon.isTitleHead(tokens.get(j - 1).word())
          && Lexicon.isRoleNoun(tokens.get(j - 1).word())) {
        int h = j - 1;
        boolean det = h - 1 >= s.firstToken() && DETERMINERS.contains(w(tokens, h - 1));
        if (!det || of == null || h - 2 >= s.firstToken() && NOT_CURRENT.contains(w(tokens, h - 2))) {
          return;
        }
        out.add(new Found(tokens.get(h).word(), of.text(), of, null, tokens.get(h - 1).begin(), m.end(), false));
        return;
      }
    }
  }

  /**
   * "judges Jean Roux and Henri Pons": a plural title before a list of names gives each of them the
   * singular title.
   */
  private static void pluralTitleOverList(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int first = m.firstToken();
    // walk back over earlier members of the list: "A, B and C"
    while (first - 2 >= s.firstToken() && Set.of(",", "and").contains(w(tokens, first - 1))
        && named[first - 2] != null && "PERSON".equals(named[first - 2].label())) {
      first = named[first - 2].firstToken();
    }
    int p = first - 1;
    if (p < s.firstToken() || named[p] != null) {
      return;
    }
    String plural = tokens.get(p).word();
    String k = plural.toLowerCase(Locale.ROOT);
    if (!k.endsWith("s") || !Lexicon.isTitleHead(k.substring(0, k.length() - 1))
        || !Lexicon.isRoleNoun(k.substring(0, k.length() - 1))) {
      return;
    }
    // a list needs a second name: after this one, or this one is not the first
    int after = m.endToken();
    boolean list = first < m.firstToken() || after + 1 < s.endToken()
        && Set.of(",", "and").contains(w(tokens, after)) && named[after + 1] != null
        && "PERSON".equals(named[after + 1].label());
    if (!list || p - 1 >= s.firstToken() && NOT_CURRENT.contains(w(tokens, p - 1))) {
      return;
    }
    out.add(new Found(plural.substring(0, plural.length() - 1), null, null, null, tokens.get(p).begin(), m.end(),
        false));
  }

  private static void appointment(String text, List<Token> tokens, Sentence s, Mention m, Mention[] named,
      List<Found> out) {
    int limit = Math.min(s.endToken(), m.endToken() + 12);
    for (int i = m.endToken(); i < limit; i++) {
      if (named[i] != null && "PERSON".equals(named[i].label())) {
        return; // another person's clause
      }
      Token t = tokens.get(i);
      String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
      if (APPOINT.contains(lemma) && t.pos().equals("VBN") && i > m.endToken()
          && Set.of("was", "been", "be", "is", "being", "were").contains(w(tokens, i - 1))) {
        int j = i + 1;
        if (j < s.endToken() && "as".equals(w(tokens, j))) {
          j++;
        }
        int[] d = description(tokens, s, j, named);
        if (d == null && j < s.endToken()) {
          d = bareTitle(tokens, s, j);
        }
        if (d != null) {
          Found f = withOf(text, tokens, s, named, d, true);
          if (f != null) {
            out.add(new Found(f.title(), f.ofText(), f.ofMention(), f.ofDemonym(), m.begin(), f.end(), true));
          }
        }
        return;
      }
    }
  }

  /** "was appointed foreign minister": a title with no determiner. */
  private static int[] bareTitle(List<Token> tokens, Sentence s, int i) {
    int j = i;
    while (j < s.endToken() && j - i < MAX_TITLE_TOKENS && Lexicon.isTitleWord(tokens.get(j).word())
        && !"of".equals(w(tokens, j))) {
      j++;
    }
    if (j > i && Lexicon.isRoleNoun(tokens.get(j - 1).word())) {
      return new int[] {i, j, i, -1};
    }
    return null;
  }
}
