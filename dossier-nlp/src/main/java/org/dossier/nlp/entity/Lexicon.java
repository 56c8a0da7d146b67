package org.dossier.nlp.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * Small closed-class word lists shared by mention finding and actor resolution: honorifics,
 * office words, group nouns with their CAMEO role codes, and region adjectives with their CAMEO
 * region codes. Countries, demonyms and seats come from the knowledge base, not from here.
 *
 * <p>Immutable and thread-safe.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Honorifics: never part of a name and never a role. */
  private static final Set<String> HONORIFICS = TitleWords.withClass("honorific");

  /**
   * Words that make up titles written before a name ("Secretary of State", "Deputy Prime
   * Minister", "Gen."): the head words of offices and their modifiers.
   */
  private static final Set<String> TITLE_HEADS = TitleWords.withClass("title-head");
  private static final Set<String> TITLE_MODIFIERS = TitleWords.withClass("title-modifier");

  /** Nouns naming a person by position or occupation: heads of role descriptions after a name. */
  private static final Set<String> ROLE_NOUNS = TitleWords.withClass("role-noun");

  /** Offices of state: a holder counts as government (CAMEO {@code GOV}) and the role as an office. */
  private static final Set<String> OFFICE_HEADS = TitleWords.withClass("office");
  /** Military ranks and offices: CAMEO {@code MIL}. */
  private static final Set<String> MILITARY_HEADS = TitleWords.withClass("military");

  /** Abbreviated ranks and titles written before names ("Col.", "Maj. Gen."), with their full form. */
  private static final Map<String, String> ABBREVIATIONS = abbreviations();

  /** The full form of an abbreviated rank or title ("Col." → "Colonel"), or null when it is none. */
  public static String expansion(String word) {
    return ABBREVIATIONS.get(key(word));
  }

  /** Group nouns after a nationality adjective, with their CAMEO role code ("" when none fits). */
  private static final Map<String, String> GROUP_NOUNS;
  /**
   * Group nouns that name a political actor even without a nationality ("rebels attacked",
   * "police arrested"): generic nouns ("people", "officials", "countries") are left out, since
   * alone they rarely say who acted.
   */
  private static final Set<String> BARE_GROUP_NOUNS;
  /**
   * Group nouns that name the state or the people of one country without saying which ("the
   * government", "16 people"): an actor alone only when the text makes its country clear.
   */
  private static final Set<String> COUNTRY_BOUND_NOUNS;

  static {
    Map<String, String> groups = new java.util.HashMap<>();
    Set<String> bare = new java.util.HashSet<>();
    Set<String> countryBound = new java.util.HashSet<>();
    for (DataFile.Row row : DataFile.tableRows(Lexicon.class, "group-nouns.tsv")) {
      String[] f = row.fields();
      if (f.length != 3 || !Set.of("yes", "no", "country").contains(f[2])) {
        throw new IllegalStateException("group-nouns.tsv line " + row.line()
            + ": want noun<TAB>sector<TAB>yes|no|country");
      }
      groups.put(f[0].trim(), f[1].equals("-") ? "" : f[1].trim());
      if (f[2].equals("yes")) {
        bare.add(f[0].trim());
      } else if (f[2].equals("country")) {
        countryBound.add(f[0].trim());
      }
    }
    GROUP_NOUNS = Map.copyOf(groups);
    BARE_GROUP_NOUNS = Set.copyOf(bare);
    COUNTRY_BOUND_NOUNS = Set.copyOf(countryBound);
  }


  /** Region adjectives with their CAMEO region code and the name of the region ({@code regions.tsv}). */
  private static final Map<String, String[]> REGIONS = regions();

  private static Map<String, String[]> regions() {
    Map<String, String[]> out = new java.util.HashMap<>();
    for (DataFile.Row row : DataFile.tableRows(Lexicon.class, "regions.tsv")) {
      if (row.fields().length != 3) {
        throw new IllegalStateException("regions.tsv line " + row.line() + ": want adjective<TAB>code<TAB>region");
      }
      out.put(row.fields()[0].trim(), new String[] {row.fields()[1].trim(), row.fields()[2].trim()});
    }
    return Map.copyOf(out);
  }

  /** Verb lemmas that put their subject in charge of their object ({@code lead-verbs.tsv}), to the title. */
  private static final Map<String, String> LEAD_VERBS = leadVerbs();

  private static Map<String, String> abbreviations() {
    Map<String, String> out = new HashMap<>();
    for (DataFile.Row row : DataFile.tableRows(Lexicon.class, "title-abbreviations.tsv")) {
      if (row.fields().length != 2) {
        throw new IllegalStateException(row.where() + ": want abbreviation<TAB>full form");
      }
      out.put(row.fields()[0].trim(), row.fields()[1].trim());
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> leadVerbs() {
    Map<String, String> out = new java.util.HashMap<>();
    for (DataFile.Row row : DataFile.tableRows(Lexicon.class, "lead-verbs.tsv")) {
      if (row.fields().length != 2) {
        throw new IllegalStateException("lead-verbs.tsv line " + row.line() + ": want lemma<TAB>title");
      }
      out.put(row.fields()[0].trim(), row.fields()[1].trim());
    }
    return Map.copyOf(out);
  }

  /**
   * The title a verb of leading gives its subject ("leads" → leader, "commanded" → commander), or
   * null when {@code lemma} is no such verb.
   */
  public static String leadTitle(String lemma) {
    return lemma == null ? null : LEAD_VERBS.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** Lower case without periods: the form every list here is keyed by. */
  public static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }

  public static boolean isHonorific(String word) {
    return HONORIFICS.contains(key(word));
  }

  /** A word that can head a title written before a name. */
  public static boolean isTitleHead(String word) {
    return TITLE_HEADS.contains(key(word));
  }

  /** A word that can be part of a title before a name (heads, modifiers, "of"). */
  public static boolean isTitleWord(String word) {
    String k = key(word);
    return TITLE_HEADS.contains(k) || TITLE_MODIFIERS.contains(k);
  }

  /** A noun that names a position or occupation ("minister", "scientist"). */
  public static boolean isRoleNoun(String word) {
    String k = key(word);
    if (k.endsWith("s") && ROLE_NOUNS.contains(k.substring(0, k.length() - 1))) {
      return false; // plurals describe several people, not this one
    }
    return ROLE_NOUNS.contains(k);
  }

  /** Whether the title's head word names an office of state or a military rank. */
  public static boolean isOffice(String title) {
    String head = head(title);
    return OFFICE_HEADS.contains(head) || MILITARY_HEADS.contains(head);
  }

  /** CAMEO role code for a person with {@code title}: GOV, MIL or null. */
  public static String roleCode(String title) {
    String head = head(title);
    if (MILITARY_HEADS.contains(head)) {
      return "MIL";
    }
    if (OFFICE_HEADS.contains(head)) {
      return "GOV";
    }
    return null;
  }

  /** The head word of a title: the last word before "of", lower case. */
  static String head(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace(".", "");
    int of = t.indexOf(" of ");
    if (of > 0) {
      t = t.substring(0, of);
    }
    String[] w = t.strip().split("\\s+");
    return w[w.length - 1];
  }

  /** Whether {@code word} is a group noun ("forces", "banks"). */
  public static boolean isGroupNoun(String word) {
    return GROUP_NOUNS.containsKey(key(word));
  }

  /** The CAMEO role code of a group noun ("MIL" for "forces"), "" when none, null when not a group noun. */
  public static String groupCode(String word) {
    return GROUP_NOUNS.get(key(word));
  }

  /** Whether {@code word} is a group noun that names an actor on its own ("rebels", "police"). */
  public static boolean isBareGroupNoun(String word) {
    return BARE_GROUP_NOUNS.contains(key(word));
  }

  /**
   * Whether {@code word} names the state or the people of a country without saying which ("the
   * government", "officials", "people"): a group alone only when its country is clear.
   */
  public static boolean isCountryBoundNoun(String word) {
    return COUNTRY_BOUND_NOUNS.contains(key(word));
  }

  /** CAMEO region code of a region adjective ("WST" for "Western"), or null. */
  public static String regionCode(String adjective) {
    String[] r = REGIONS.get(key(adjective));
    return r == null ? null : r[0];
  }

  /** Name of the region of a region adjective ("the West" for "Western"), or null. */
  public static String regionName(String adjective) {
    String[] r = REGIONS.get(key(adjective));
    return r == null ? null : r[1];
  }
}
