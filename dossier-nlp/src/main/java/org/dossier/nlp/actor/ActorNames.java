package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.entity.Lexicon;


/** Normalised forms of actor names: name words without initials or honorifics, keys, acronyms. Stateless. */
final class ActorNames {
  private ActorNames() {}

  static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  static boolean isOpenParen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  static boolean isCloseParen(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  static boolean isAcronym(String s) {
    String t = s.replace(".", "");
    if (t.length() < 2 || t.length() > 8) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isDigit(c) && c != '&') {
        return false;
      }
    }
    return upper >= 2;
  }

  private static final Set<String> INITIAL_SKIP = Set.of("of", "the", "for", "and", "on", "in", "&", "de", "to");

  /** The initials of the significant words: "North Atlantic Treaty Organization" gives "NATO". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** Lower-case name words without initials, honorifics or a possessive ending. */
  static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>(4);
    for (String w : name.split("\\s+")) {
      String k = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (k.endsWith("'s")) {
        k = k.substring(0, k.length() - 2);
      }
      k = k.replace(".", "");
      // the Arabic article is written or dropped at will: "al-Hakim" and "Hakim" are one surname
      if ((k.startsWith("al-") || k.startsWith("el-")) && k.length() > 4) {
        k = k.substring(3);
      }
      if (k.length() <= 1 || Lexicon.isHonorific(k)) {
        continue;
      }
      out.add(k);
    }
    return out;
  }

  static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (n.endsWith("'s")) {
      n = n.substring(0, n.length() - 2);
    }
    n = n.replace(".", "").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n.replaceAll("\\s+", " ");
  }

  static String lastWords(String name) {
    int of = name.lastIndexOf(" of ");
    return of < 0 ? name : name.substring(of + 4);
  }

  static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return w[w.length - 1];
  }
}
