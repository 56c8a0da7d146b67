package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Set;
import org.dossier.kb.KbEntity;
import org.dossier.kb.KnowledgeBase;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;
import org.dossier.nlp.text.DataFile;

/**
 * Finds the named-entity mentions of a document: the CRF's labels, corrected and completed with
 * the knowledge base, plus group mentions.
 *
 * <ul>
 *   <li>CRF runs: maximal runs of one NER label within a sentence. Honorifics and titles are not
 *       part of names: a leading "Mr." or "President" is left out of a person mention.</li>
 *   <li>Knowledge-base gazetteer: runs of capitalised tokens (with "of", "for", "and", "the" inside)
 *       are looked up as names of countries, blocs, organisations, persons and seats of government,
 *       longest first. A match that covers the CRF's mentions replaces them and fixes their type
 *       (Russia is a {@code COUNTRY}, Rosatom an {@code ORGANIZATION}); a match the CRF missed is
 *       added when its tokens are proper nouns (a lone capitalised word that only a person's alias
 *       matches is not added: too many first names are common words).</li>
 *   <li>Hyphenated country pairs ("China-Russia", "U.S.-led") are not organisations: each country
 *       in the token becomes a {@code COUNTRY} mention of its own.</li>
 *   <li>Groups ({@link EntityLayers#GROUPS}): a nationality or region adjective, up to two
 *       modifiers, and a group noun ("Russian forces", "Chinese state media", "Western analysts").</li>
 * </ul>
 *
 * <p>Output labels are {@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, {@code LOCATION},
 * {@code MISC} (and {@code GROUP} in the group layer). Immutable and thread-safe.
 */
public final class NerMentions implements Component {
  /** Person names that are never actors (entity/not-actor-names.tsv): "God", "Allah". */
  private static final Set<String> NOT_ACTOR_NAMES = DataFile.firstColumn(NerMentions.class, "not-actor-names.tsv");

  private static final int MAX_NAME_TOKENS = 7;
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "&", "on", "al", "bin");

  private final KnowledgeBase kb;

  /** Mentions corrected with {@code kb}. */
  public NerMentions(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** Mentions corrected with the built-in knowledge base. */
  public NerMentions() {
    this(KnowledgeBase.builtIn());
  }

  @Override
  public String name() {
    return "ner-mentions";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.MENTIONS, EntityLayers.GROUPS);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      List<Mention> ner = nerRuns(doc, tokens, s);
      List<Mention> gaz = gazetteer(doc, tokens, s);
      List<Mention> named = splitCountryCompounds(doc, tokens, s, merge(ner, gaz));
      mentions.addAll(Nicknames.add(doc, tokens, s, named)); // 'a netizen named "Blue Sky" wrote'
    }
    mentions = HeadingMentions.trim(doc, tokens, mentions);
    mentions.sort(Comparator.comparingInt(Mention::begin));
    mentions = NameRepairs.splitPersonPairs(doc, tokens, mentions);
    List<Mention> groups = groups(doc, tokens, mentions);
    return doc.with(Layers.MENTIONS, List.copyOf(mentions)).with(EntityLayers.GROUPS, List.copyOf(groups));
  }

  private static List<Mention> nerRuns(Doc doc, List<Token> tokens, Sentence s) {
    List<Mention> out = new ArrayList<>();
    int i = s.firstToken();
    while (i < s.endToken()) {
      String label = tokens.get(i).ner();
      if ("O".equals(label)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.endToken() && tokens.get(j).ner().equals(label)) {
        j++;
      }
      int from = i;
      if ("ORGANIZATION".equals(label) || "LOCATION".equals(label)) {
        int name = NameRepairs.nameAfterPortfolio(tokens, i, j, s.firstToken());
        if (name >= 0) {
          from = name; // "Secretary of State Condoleezza Rice": the portfolio is no part of a name
          label = "PERSON";
        } else if (NameRepairs.titledName(tokens, i, j, s.endToken())) {
          label = "PERSON"; // "King Abdullah II", "Emir Tamim": an office before a name makes it a person
        }
      }
      if ("PERSON".equals(label) && PlaceNouns.follows(tokens, j, s.endToken())) {
        label = "LOCATION"; // "Clark airfield", "Masnah military camp"
      }
      if ("PERSON".equals(label) && j - from == 1
          && NOT_ACTOR_NAMES.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
        i = j; // "for God's sake": a deity invoked is no actor
        continue;
      }
      if ("PERSON".equals(label)) {
        while (from < j - 1 && (Lexicon.isHonorific(tokens.get(from).word())
            || Lexicon.isTitleWord(tokens.get(from).word()))) {
          from++;
        }
      }
      out.add(mention(doc, tokens, from, j, label, "ner"));
      i = j;
    }
    return out;
  }


  static Mention mention(Doc doc, List<Token> tokens, int from, int to, String label, String source) {
    int b = tokens.get(from).begin();
    int e = tokens.get(to - 1).end();
    return new Mention(b, e, from, to, doc.text(b, e), label, source);
  }

  /** Knowledge-base matches over capitalised token runs, longest first, non-overlapping. */
  private List<Mention> gazetteer(Doc doc, List<Token> tokens, Sentence s) {
    List<Mention> out = new ArrayList<>();
    int i = s.firstToken();
    while (i < s.endToken()) {
      Token t = tokens.get(i);
      if (!startsName(t) || isConnector(t)) { // "The United States": the article is not part of the name
        i++;
        continue;
      }
      int limit = i;
      while (limit < s.endToken() && limit - i < MAX_NAME_TOKENS
          && (startsName(tokens.get(limit)) || (limit > i && isConnector(tokens.get(limit))))) {
        limit++;
      }
      Mention found = null;
      for (int j = limit; j > i && found == null; j--) {
        if (isConnector(tokens.get(j - 1))) {
          continue;
        }
        found = lookup(doc, tokens, i, j);
      }
      if (found != null) {
        out.add(found);
        i = found.endToken();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean startsName(Token t) {
    return t.isCapitalized() && !t.word().isEmpty() && Character.isLetter(t.word().codePointAt(0));
  }

  private static boolean isConnector(Token t) {
    return CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private Mention lookup(Doc doc, List<Token> tokens, int from, int to) {
    String text = doc.text(tokens.get(from).begin(), tokens.get(to - 1).end());
    boolean single = to - from == 1;
    boolean proper = true;
    for (int k = from; k < to; k++) {
      proper &= tokens.get(k).isProperNoun() || isConnector(tokens.get(k));
    }
    if (kb.countryByDemonym(text).isPresent()) {
      return null; // "Argentine", "Russian": a nationality, not the country
    }
    if (kb.countryByName(text).isPresent()) {
      return mention(doc, tokens, from, to, "COUNTRY", "kb");
    }
    if (kb.countryBySeat(text).isPresent() && proper) {
      return mention(doc, tokens, from, to, "LOCATION", "kb");
    }
    List<KbEntity> found = kb.lookup(text);
    if (found.isEmpty()) {
      return null;
    }
    KbEntity e = found.get(0);
    String label = label(e);
    if (!proper && !allCaps(text)) {
      return null;
    }
    if (single && ("PERSON".equals(label) || "GROUP".equals(label))) {
      return null; // a lone name word is left to the CRF, which sees its context
    }
    boolean byName = e.name().equalsIgnoreCase(text) || allCaps(text) && e.aliases().contains(text);
    if (single && !byName && !e.aliases().contains(text)) {
      return null; // "Coe" is not "CoE": one-word aliases must match in case
    }
    return mention(doc, tokens, from, to, label, byName ? "kb" : "kb-alias");
  }

  private static boolean allCaps(String s) {
    return s.length() > 1 && s.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
  }

  static String label(KbEntity e) {
    return switch (e.type()) {
      case PERSON -> "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      case COUNTRY -> "COUNTRY";
      case LOCATION -> "LOCATION";
      case GROUP -> "GROUP";
    };
  }

  /**
   * CRF mentions with knowledge-base matches merged in: a match covering every CRF mention it
   * overlaps replaces them; a CRF mention that is longer than the match (or crosses it) is kept,
   * except that a CRF {@code LOCATION} naming a country becomes a {@code COUNTRY}.
   */
  static List<Mention> merge(List<Mention> ner, List<Mention> gaz) {
    // the mentions kept so far never overlap (CRF runs do not, a match replaces all it overlaps):
    // keyed by begin, the ones a match overlaps are found by position, not by scanning them all
    TreeMap<Integer, Mention> out = new TreeMap<>();
    for (Mention m : ner) {
      out.put(m.begin(), m);
    }
    for (Mention g : gaz) {
      List<Mention> overlapping = new ArrayList<>(2);
      Map.Entry<Integer, Mention> before = out.lowerEntry(g.begin());
      if (before != null && before.getValue().overlaps(g)) {
        overlapping.add(before.getValue());
      }
      for (Mention m : out.subMap(g.begin(), true, g.end(), false).values()) {
        if (m.overlaps(g)) {
          overlapping.add(m);
        }
      }
      boolean covers = overlapping.stream().allMatch(m -> m.begin() >= g.begin() && m.end() <= g.end());
      if (!covers) {
        continue;
      }
      String label = g.label();
      if ("GROUP".equals(label)) {
        label = overlapping.isEmpty() ? "ORGANIZATION" : overlapping.get(0).label();
      }
      // a city or country the CRF calls an organisation is usually a team or a metonym: the
      // resolver decides what it stands for
      if (("COUNTRY".equals(g.label()) || "LOCATION".equals(g.label())) && overlapping.size() == 1
          && ("ORGANIZATION".equals(overlapping.get(0).label()) || "PERSON".equals(overlapping.get(0).label())) && overlapping.get(0).begin() == g.begin()
          && overlapping.get(0).end() == g.end()) {
        continue;
      }
      // "Brussels" is also a name of an organisation seated there: a place the CRF saw stays one
      if ("kb-alias".equals(g.source()) && overlapping.size() == 1 && "LOCATION".equals(overlapping.get(0).label())
          && overlapping.get(0).begin() == g.begin() && overlapping.get(0).end() == g.end()) {
        continue;
      }
      for (Mention m : overlapping) {
        out.remove(m.begin());
      }
      out.put(g.begin(), new Mention(g.begin(), g.end(), g.firstToken(), g.endToken(), g.text(), label,
          overlapping.isEmpty() ? "kb" : "ner+kb"));
    }
    return new ArrayList<>(out.values());
  }

  /** "China-Russia" (tagged as one organisation) is two countries; "U.S.-led" holds one. */
  private List<Mention> splitCountryCompounds(Doc doc, List<Token> tokens, Sentence s,
      List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.endToken() - m.firstToken() == 1 && "COUNTRY".equals(m.label()) || "MISC".equals(m.label())) {
        out.add(m);
        continue;
      }
      List<Mention> parts = m.endToken() - m.firstToken() == 1 ? countryParts(doc, tokens.get(m.firstToken()))
          : hyphenatedCountries(doc, tokens, m);
      if (parts.isEmpty()) {
        out.add(m);
      } else {
        out.addAll(parts);
      }
    }
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }

  /** "China - Russia" tokenised apart: every part between hyphens is a country, or nothing. */
  private List<Mention> hyphenatedCountries(Doc doc, List<Token> tokens, Mention m) {
    List<Mention> out = new ArrayList<>(2);
    boolean hyphen = false;
    int i = m.firstToken();
    while (i < m.endToken()) {
      String w = tokens.get(i).word();
      if (w.equals("-") || w.equals("\u2013")) {
        hyphen = true;
        i++;
        continue;
      }
      int j = i;
      while (j < m.endToken() && !tokens.get(j).word().equals("-") && !tokens.get(j).word().equals("\u2013")) {
        j++;
      }
      Mention part = mention(doc, tokens, i, j, "COUNTRY", "kb");
      if (kb.countryByName(part.text()).isEmpty()) {
        return List.of();
      }
      out.add(part);
      i = j;
    }
    return hyphen && out.size() > 1 ? out : List.of();
  }

  /** Country names among the hyphen-separated parts of a token, as sub-token mentions. */
  private List<Mention> countryParts(Doc doc, Token t) {
    String w = t.word();
    if (w.indexOf('-') <= 0) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>(2);
    int start = 0;
    boolean otherCapitalised = false;
    for (int k = 0; k <= w.length(); k++) {
      if (k == w.length() || w.charAt(k) == '-') {
        if (k > start) {
          String part = w.substring(start, k);
          if (kb.countryByName(part).isPresent()) {
            int b = t.begin() + start;
            int e = t.begin() + k;
            out.add(new Mention(b, e, t.index(), t.index() + 1, doc.text(b, e), "COUNTRY", "kb"));
          } else if (Character.isUpperCase(part.charAt(0))) {
            otherCapitalised = true;
          }
        }
        start = k + 1;
      }
    }
    // "Russian-Chinese" or "Austria-Hungary": only when every capitalised part is a country
    return otherCapitalised ? List.of() : out;
  }

  /** Nationality or region adjective + up to two modifiers + group noun. */
  private List<Mention> groups(Doc doc, List<Token> tokens, List<Mention> mentions) {
    boolean[] named = new boolean[tokens.size()];
    for (Mention m : mentions) {
      if (!"MISC".equals(m.label())) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          named[t] = true;
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = tokens.get(i);
        if (!named[i] && isBareGroup(tokens, s, i, named)) {
          out.add(mention(doc, tokens, i, i + 1, "GROUP", "pattern"));
          continue;
        }
        if (!named[i] && isPluralDemonym(tokens, s, i)) {
          out.add(mention(doc, tokens, i, i + 1, "GROUP", "pattern"));
          continue;
        }
        if (named[i] || !t.isCapitalized() || !isGroupAdjective(t.word())) {
          continue;
        }
        for (int j = i + 1; j < Math.min(s.endToken(), i + 4); j++) {
          Token n = tokens.get(j);
          if (Lexicon.isGroupNoun(n.word()) && !n.isCapitalized()) {
            out.add(mention(doc, tokens, i, j + 1, "GROUP", "pattern"));
            i = j;
            break;
          }
          boolean modifier = !n.isCapitalized() && (n.pos().startsWith("JJ") || n.pos().startsWith("NN")
              || n.pos().equals("VBN"));
          if (!modifier) {
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * A lower-case group noun that names an actor alone ("rebels", "the police"), or one that names a
   * country's state or people ("the government", "16 people"), which stays an actor only if
   * {@code CountryEvidence} finds its country; not part of a named or nationality-led group
   * ("Hamas militants", "Russian troops" are found otherwise).
   */
  private static boolean isBareGroup(List<Token> tokens, Sentence s, int i, boolean[] named) {
    Token t = tokens.get(i);
    if (t.isCapitalized() && i > s.firstToken() && !loneCapital(tokens, s, i) || !t.pos().startsWith("NN")
        || !Lexicon.isBareGroupNoun(t.word()) && !Lexicon.isCountryBoundNoun(t.word())) {
      return false;
    }
    if (i + 1 < s.endToken() && tokens.get(i + 1).pos().startsWith("NN")) {
      return false; // "police station", "rebels leaders": a modifier, not the group
    }
    if (t.pos().equals("NN") && Lexicon.isCountryBoundNoun(t.word())
        && (i == s.firstToken() || !DEFINITE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
      // a singular state noun names one state only when definite ("the government closed ..."):
      // without "the" it is the institution in general ("all levels of government", "a program
      // for government")
      return false;
    }
    if (i > s.firstToken()) {
      Token prev = tokens.get(i - 1);
      // "its troops", "the army's soldiers": the possessor's own forces, not a separate actor
      // a capital opening the sentence is no name ("The rebels attacked")
      boolean openingDeterminer = i - 1 == s.firstToken() && prev.pos().equals("DT");
      return !named[i - 1] && (!prev.isCapitalized() || openingDeterminer) && !prev.pos().startsWith("NNP")
          && !prev.pos().equals("PRP$") && !prev.pos().equals("POS");
    }
    return true;
  }

  /**
   * A capitalised group noun standing alone inside a sentence, with no capitalised word beside it:
   * a group written with a capital by convention ("after Islamists abandoned the city"), not a word
   * of a name or a title-case headline ("the Lebanese Forces", "Rebels Seize Town").
   */
  private static boolean loneCapital(List<Token> tokens, Sentence s, int i) {
    boolean before = i > s.firstToken() && tokens.get(i - 1).isCapitalized();
    boolean after = i + 1 < s.endToken() && tokens.get(i + 1).isCapitalized();
    return !before && !after;
  }

  /** Determiners that make a singular noun refer to one particular thing. */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  /** A plural nationality noun ("Palestinians", "ethnic Albanians") not followed by a group noun. */
  private boolean isPluralDemonym(List<Token> tokens, Sentence s, int i) {
    Token t = tokens.get(i);
    String w = t.word();
    if (!t.isCapitalized() || w.length() < 4 || !w.endsWith("s") || !t.pos().startsWith("NN")) {
      return false;
    }
    if (i + 1 < s.endToken() && (tokens.get(i + 1).pos().startsWith("NN"))) {
      return false;
    }
    return pluralDemonymCountry(kb, w).isPresent();
  }

  /** The country of a plural nationality noun: "Albanians" is Albania's, "Germans" Germany's. */
  public static java.util.Optional<org.dossier.kb.KbCountry> pluralDemonymCountry(
      org.dossier.kb.KnowledgeBase kb, String word) {
    if (!word.endsWith("s") || kb.countryByName(word).isPresent()) {
      return java.util.Optional.empty();
    }
    return kb.countryByDemonym(word.substring(0, word.length() - 1));
  }

  private boolean isGroupAdjective(String word) {
    return Lexicon.regionCode(word) != null
        || (kb.countryByDemonym(word).isPresent() && kb.countryByName(word).isEmpty());
  }
}
