package org.dossier.nlp.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("col", "Colonel"), Map.entry("gen", "General"), Map.entry("maj", "Major"),
      Map.entry("lt", "Lieutenant"), Map.entry("capt", "Captain"), Map.entry("adm", "Admiral"),
      Map.entry("sgt", "Sergeant"), Map.entry("brig", "Brigadier"), Map.entry("cmdr", "Commander"),
      Map.entry("sen", "Senator"), Map.entry("rep", "Representative"), Map.entry("gov", "Governor"));

  /** The full form of an abbreviated rank or title ("Col." → "Colonel"), or null when it is none. */
  public static String expansion(String word) {
    return ABBREVIATIONS.get(key(word));
  }

  /** Group nouns after a nationality adjective, with their CAMEO role code ("" when none fits). */
  private static final Map<String, String> GROUP_NOUNS = Map.ofEntries(
      Map.entry("forces", "MIL"), Map.entry("troops", "MIL"), Map.entry("soldiers", "MIL"),
      Map.entry("military", "MIL"), Map.entry("army", "MIL"), Map.entry("navy", "MIL"),
      Map.entry("commanders", "MIL"), Map.entry("generals", "MIL"), Map.entry("warplanes", "MIL"),
      Map.entry("officials", "GOV"), Map.entry("government", "GOV"), Map.entry("authorities", "GOV"),
      Map.entry("leaders", "GOV"), Map.entry("diplomats", "GOV"), Map.entry("ministers", "GOV"),
      Map.entry("regulators", "GOV"), Map.entry("negotiators", "GOV"), Map.entry("governments", "GOV"),
      Map.entry("leadership", "GOV"), Map.entry("delegation", "GOV"), Map.entry("administration", "GOV"),
      Map.entry("lawmakers", "LEG"), Map.entry("legislators", "LEG"), Map.entry("parliamentarians", "LEG"),
      Map.entry("media", "MED"), Map.entry("journalists", "MED"), Map.entry("press", "MED"),
      Map.entry("reporters", "MED"), Map.entry("banks", "BUS"), Map.entry("companies", "BUS"),
      Map.entry("firms", "BUS"), Map.entry("businesses", "BUS"), Map.entry("investors", "BUS"),
      Map.entry("institutions", "BUS"), Map.entry("exporters", "BUS"), Map.entry("importers", "BUS"),
      Map.entry("manufacturers", "BUS"), Map.entry("producers", "BUS"), Map.entry("lenders", "BUS"),
      Map.entry("executives", "BUS"), Map.entry("automakers", "BUS"), Map.entry("businessmen", "BUS"),
      Map.entry("police", "COP"), Map.entry("rebels", "REB"), Map.entry("insurgents", "REB"),
      Map.entry("militants", "REB"), Map.entry("separatists", "REB"), Map.entry("fighters", "REB"),
      Map.entry("opposition", "OPP"), Map.entry("activists", "OPP"), Map.entry("protesters", "OPP"),
      Map.entry("dissidents", "OPP"), Map.entry("students", "EDU"), Map.entry("academics", "EDU"),
      Map.entry("scientists", "EDU"), Map.entry("researchers", "EDU"), Map.entry("civilians", "CVL"),
      Map.entry("citizens", "CVL"), Map.entry("people", "CVL"), Map.entry("residents", "CVL"),
      Map.entry("workers", "LAB"), Map.entry("farmers", "AGR"), Map.entry("refugees", "REF"),
      Map.entry("judges", "JUD"), Map.entry("courts", "JUD"), Map.entry("prosecutors", "JUD"),
      Map.entry("analysts", ""), Map.entry("experts", ""), Map.entry("observers", ""),
      Map.entry("countries", ""), Map.entry("nations", ""), Map.entry("allies", ""), Map.entry("partners", ""),
      Map.entry("intelligence", "SPY"), Map.entry("spies", "SPY"), Map.entry("hackers", ""),
      Map.entry("voters", "CVL"), Map.entry("consumers", "CVL"), Map.entry("nationals", "CVL"),
      Map.entry("policemen", "COP"), Map.entry("guerrillas", "REB"), Map.entry("guerillas", "REB"),
      Map.entry("gunmen", "REB"), Map.entry("insurgent", "REB"), Map.entry("militias", "REB"),
      Map.entry("militiamen", "REB"), Map.entry("demonstrators", "OPP"), Map.entry("protestors", "OPP"),
      Map.entry("rioters", "OPP"), Map.entry("strikers", "LAB"), Map.entry("unions", "LAB"),
      Map.entry("miners", "LAB"), Map.entry("youths", "CVL"), Map.entry("villagers", "CVL"),
      Map.entry("settlers", "CVL"), Map.entry("prisoners", "CVL"), Map.entry("detainees", "CVL"),
      Map.entry("hostages", "CVL"), Map.entry("pilgrims", "CVL"), Map.entry("peacekeepers", "MIL"),
      Map.entry("paratroopers", "MIL"), Map.entry("sailors", "MIL"), Map.entry("warships", "MIL"),
      Map.entry("aircraft", "MIL"), Map.entry("jets", "MIL"), Map.entry("tanks", "MIL"),
      Map.entry("helicopters", "MIL"), Map.entry("doctors", "HLH"), Map.entry("teachers", "EDU"),
      Map.entry("clerics", "REL"), Map.entry("priests", "REL"), Map.entry("monks", "REL"),
      Map.entry("extremists", "RAD"), Map.entry("fundamentalists", "RAD"), Map.entry("islamists", "RAD"),
      Map.entry("kidnappers", "CRM"), Map.entry("hijackers", "CRM"), Map.entry("smugglers", "CRM"),
      Map.entry("bombers", "REB"), Map.entry("elders", ""), Map.entry("factions", ""),
      Map.entry("landowners", "AGR"), Map.entry("advisers", ""), Map.entry("advisors", ""));

  /**
   * Group nouns that name a political actor even without a nationality ("rebels attacked",
   * "police arrested"): generic nouns ("people", "officials", "countries") are left out, since
   * alone they rarely say who acted.
   */
  private static final Set<String> BARE_GROUP_NOUNS = set("police", "policemen", "rebels", "insurgents",
      "militants", "separatists", "guerrillas", "guerillas", "gunmen", "militias", "militiamen", "troops",
      "soldiers", "protesters", "protestors", "demonstrators", "rioters", "strikers", "activists",
      "dissidents", "peacekeepers", "paratroopers", "youths", "villagers", "settlers", "prisoners",
      "detainees", "hostages", "refugees", "students", "workers", "miners", "farmers", "civilians",
      "extremists", "fundamentalists", "islamists", "kidnappers", "hijackers", "smugglers");

  /** Region adjectives with their CAMEO region code and the name of the region. */
  private static final Map<String, String[]> REGIONS = Map.ofEntries(
      Map.entry("western", new String[] {"WST", "the West"}),
      Map.entry("european", new String[] {"EUR", "Europe"}),
      Map.entry("african", new String[] {"AFR", "Africa"}),
      Map.entry("asian", new String[] {"ASA", "Asia"}),
      Map.entry("arab", new String[] {"MEA", "the Arab world"}),
      Map.entry("middle eastern", new String[] {"MEA", "the Middle East"}),
      Map.entry("latin american", new String[] {"LAM", "Latin America"}),
      Map.entry("gulf", new String[] {"MEA", "the Gulf"}),
      Map.entry("nordic", new String[] {"SCN", "Scandinavia"}),
      Map.entry("scandinavian", new String[] {"SCN", "Scandinavia"}),
      Map.entry("balkan", new String[] {"BLK", "the Balkans"}),
      Map.entry("caribbean", new String[] {"CRB", "the Caribbean"}));

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Verb lemmas that put their subject in charge of their object ({@code lead-verbs.tsv}), to the title. */
  private static final Map<String, String> LEAD_VERBS = leadVerbs();

  private static Map<String, String> leadVerbs() {
    Map<String, String> out = new java.util.HashMap<>();
    for (TsvRows.Row row : TsvRows.read(Lexicon.class, "lead-verbs.tsv")) {
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
