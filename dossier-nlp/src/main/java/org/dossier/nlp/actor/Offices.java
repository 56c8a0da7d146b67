package org.dossier.nlp.actor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;

/** Titles of offices compared across spellings ("foreign minister", "Minister of Foreign Affairs"). Stateless. */
final class Offices {
  private Offices() {}

  private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "premier", "chancellor",
      "king", "queen", "emir", "supreme leader", "general secretary", "leader", "top leader", "sultan",
      "head of state", "head of government", "chairman", "emperor", "crown prince");

  static boolean isLeaderTitle(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace(".", "").strip();
    int of = t.indexOf(" of ");
    String head = of > 0 && !t.startsWith("head of") ? t.substring(0, of) : t;
    return LEADER_TITLES.contains(head) || head.endsWith(" leader");
  }

  private static final Map<String, String> SYNONYMS = Map.of("defence", "defense", "affairs", "",
      "the", "", "of", "", "and", "", "minister-", "minister", "external", "foreign", "treasury", "finance");

  /** The words of a title, lower case, synonyms unified, order ignored. */
  static String signature(String title) {
    Set<String> words = new java.util.TreeSet<>();
    for (String w : title.toLowerCase(Locale.ROOT).replace(".", "").split("[\\s]+")) {
      String s = SYNONYMS.getOrDefault(w, w);
      if (!s.isEmpty()) {
        words.add(s);
      }
    }
    return String.join(" ", words);
  }

  /**
   * Whether a title as written ("foreign minister", "President") names the same office as a
   * knowledge-base title ("Minister of Foreign Affairs", "President of the Russian Federation").
   */
  static boolean sameOffice(String written, String kbTitle) {
    String a = signature(written);
    String b = signature(kbTitle);
    if (a.equals(b)) {
      return true;
    }
    Set<String> wa = Set.of(a.split(" "));
    Set<String> wb = Set.of(b.split(" "));
    String headA = Lexicon.isRoleNoun(lastWord(written)) ? lastWord(written) : null;
    return headA != null && wb.contains(SYNONYMS.getOrDefault(headA, headA)) && wb.containsAll(wa)
        && !(wb.contains("deputy") && !wa.contains("deputy")) && !(wb.contains("vice") && !wa.contains("vice"))
        && !(wb.contains("prime") && !wa.contains("prime"));
  }
}
