package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Claim;
import org.dossier.model.Event;
import org.dossier.model.Quote;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * The event coding of one document: per-document state, used by one thread once.
 */
final class DocumentCoder {
  /** Present forms of "have": a perfect with one of them is a recent event. */
  private static final Set<String> PRESENT_PERFECT = Set.of("has", "have", "'ve");
  private static final java.util.regex.Pattern CALENDAR =
      java.util.regex.Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}|Q\\d))?");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> FUTURE_TO = Set.of("expect", "going", "set", "due", "schedule", "plan",
      "intend", "vow", "pledge", "promise", "prepare", "aim", "seek", "want", "hope", "threaten", "agree",
      "offer", "swear", "commit", "undertake");
  private static final Set<String> INTENT_VERBS = Set.of("vow", "pledge", "promise", "plan", "intend", "expect",
      "swear", "undertake",
      "prepare", "aim", "hope", "want", "decide", "agree", "seek", "try", "continue", "begin", "start",
      "offer", "propose");
  /** Adjectives of readiness that control an infinitive: "is willing to withdraw". */
  private static final Set<String> READY = Set.of("ready", "willing", "prepared", "committed", "eager", "keen",
      "determined", "poised", "set", "able", "unwilling", "reluctant");
  /** Words that make a future event a forecast rather than an actor's stated intent. */
  private static final Set<String> FORECAST = Set.of("expect", "likely", "unlikely", "could", "might", "may", "can",
      "ca", "able", "poised", "due", "schedule");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might", "may", "can", "should",
      "must", "ca");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  private static final Set<String> SUBORDINATORS = Set.of("because", "while", "when", "if", "unless", "although",
      "though", "whereas", "whether", "so", "where", "once");
  private static final Set<String> LOCATION_PREPS = Set.of("in", "at", "near", "inside", "outside", "across",
      "throughout");
  private static final Set<String> SKIP_PREPS = Set.of("in", "at", "near", "inside", "outside", "across",
      "throughout", "during", "since", "before", "after", "until", "like", "including", "as",
      "despite", "amid", "among", "within", "without", "through", "under", "than", "by", "via", "per", "beyond",
      "around", "following");
  private static final Set<String> TEMPORAL_ANCHORS = Set.of("before", "after", "since", "until", "ago");
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "claim", "allege", "state", "add",
      "insist", "assert", "write", "believe", "think", "argue", "suggest", "estimate");
  private static final Set<String> GROUP_NOUNS_PERSON = Set.of("leaders", "men", "presidents", "leader",
      "heads", "women");
  private static final Set<String> GROUP_NOUNS_COUNTRY = Set.of("countries", "nations", "sides", "governments",
      "neighbors", "neighbours", "states", "powers", "allies");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");

  private final Doc doc;
  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<ActorMention> mentions;
  private final Map<String, Actor> actors = new HashMap<>();
  private final int[] mentionAt;
  private final List<TimeMention> times;
  private final List<Claim> claims;
  private final List<Quote> quotes;
  private final String published;
  private final KnowledgeBase kb;
  private final org.dossier.nlp.reference.References references;
  /** ISO3 → the document's actor for that country, so a place or a demonym can name its country. */
  private final Map<String, String> countryActor = new HashMap<>();

  DocumentCoder(Doc doc, EventLexicon lexicon, CameoCodebook codebook, KnowledgeBase kb) {
    this.doc = doc;
    this.references = org.dossier.nlp.reference.References.of(doc);
    this.kb = kb;
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.mentions = doc.get(Layers.ACTOR_MENTIONS);
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
      if (a.type() == ActorType.COUNTRY) {
        String iso = a.country() != null ? a.country() : a.code();
        if (iso != null) {
          countryActor.putIfAbsent(iso, a.id());
        }
      }
    }
    this.mentionAt = new int[tokens.size()];
    Arrays.fill(mentionAt, -1);
    for (int m = 0; m < mentions.size(); m++) {
      ActorMention am = mentions.get(m);
      if (!actors.containsKey(am.actorId())) {
        continue;
      }
      for (int t = Math.max(0, am.mention().firstToken()); t < Math.min(tokens.size(), am.mention().endToken()); t++) {
        if (mentionAt[t] < 0) {
          mentionAt[t] = m;
        }
      }
    }
    this.times = doc.find(Layers.TIMES).orElse(List.of());
    this.claims = doc.find(Layers.CLAIMS).orElse(List.of());
    this.quotes = doc.find(Layers.QUOTES).orElse(List.of());
    this.published = doc.info().published() == null ? null : doc.info().published().toString();
  }

  /** A predicate found in a sentence with the pattern that codes it. */
  private record Candidate(int head, LexEntry entry, Set<Integer> used) {
    boolean verbal() {
      return !entry.noun();
    }
  }

  /** The arguments found for a predicate. */
  private static final class Args {
    final LinkedHashSet<String> source = new LinkedHashSet<>();
    final LinkedHashSet<String> target = new LinkedHashSet<>();
    String location;
    boolean passive;
    int chainStart;
    int governor = -1; // verb governing a nominal predicate
  }

  List<Event> code() {
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : sentences) {
      if (s.heading() || s.size() < 3) {
        continue;
      }
      List<Event> sentenceEvents = codeSentence(s);
      for (Event e : sentenceEvents) {
        String key = s.index() + "|" + e.cameo().substring(0, 2) + "|" + e.source() + "|" + e.target();
        if (seen.add(key)) {
          out.add(new Event("e" + (out.size() + 1), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(),
              e.source(), e.target(), e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence()));
        }
      }
    }
    return out;
  }

  private List<Event> codeSentence(Sentence s) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = tokens.get(i);
      String lemma = lower(t.lemma());
      boolean verbal = t.isVerb() || t.isNoun() && i > s.firstToken()
          && (tokens.get(i - 1).pos().equals("MD") || tokens.get(i - 1).pos().equals("TO"));
      if (verbal && lexicon.hasVerb(lemma)) {
        Candidate c = match(s, i, lexicon.verbs(lemma));
        if (c != null) {
          candidates.add(c);
        }
      } else if (!verbal && t.isNoun() && mentionAt[i] < 0 && !t.isProperNoun()
          && (lexicon.hasNoun(lemma) || lexicon.hasNoun(lower(t.word())))) {
        List<LexEntry> entries = lexicon.hasNoun(lemma) ? lexicon.nouns(lemma) : lexicon.nouns(lower(t.word()));
        Candidate c = match(s, i, entries);
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    // nominal pattern words consumed by a more specific predicate are not predicates themselves
    List<Candidate> bySpecificity = new ArrayList<>(candidates);
    bySpecificity.sort(Comparator.comparingInt((Candidate c) -> -c.entry().specificity()));
    Set<Integer> consumed = new HashSet<>();
    Set<Integer> accepted = new HashSet<>();
    Set<Integer> verbalHeads = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.verbal()) {
        verbalHeads.add(c.head());
      }
    }
    for (Candidate c : bySpecificity) {
      if (consumed.contains(c.head())) {
        continue;
      }
      accepted.add(c.head());
      for (int u : c.used()) {
        if (tokens.get(u).isNoun() && !verbalHeads.contains(u)) {
          consumed.add(u);
        }
      }
    }
    Map<Integer, Candidate> controlled = new HashMap<>();
    resolveControl(candidates, accepted, controlled);
    List<Event> events = new ArrayList<>();
    List<Args> argsOf = new ArrayList<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!accepted.contains(c.head()) || c.entry().code() == null) {
        continue;
      }
      Args a = c.entry().noun() ? nounArgs(s, c.head(), c.entry()) : verbArgs(s, c.head(), c.entry());
      kept.add(c);
      argsOf.add(a);
    }
    // a threat or warning with a complement clause targets whoever the threatened act targets
    for (int k = 0; k < kept.size(); k++) {
      Args a = argsOf.get(k);
      String code = kept.get(k).entry().code();
      if (a.target.isEmpty() && (code.startsWith("13") || code.startsWith("02") || code.startsWith("10"))) {
        if (k + 1 < kept.size() && kept.get(k + 1).verbal()) {
          a.target.addAll(argsOf.get(k + 1).target);
        }
      }
    }
    Event[] built = new Event[kept.size()];
    for (int k = 0; k < kept.size(); k++) {
      built[k] = build(s, kept.get(k), argsOf.get(k));
    }
    for (int k = 0; k < kept.size(); k++) {
      Event e = built[k];
      Candidate act = controlled.get(kept.get(k).head());
      // a threat's target is what the threatened act targets ("threatened to impose a curfew in X")
      if (e != null && e.target().isEmpty() && e.cameo().startsWith("13") && act != null) {
        Args aa = verbArgs(s, act.head(), act.entry());
        placesToCountries(aa, act.entry().has("loc2target"));
        List<String> t = new ArrayList<>(aa.target);
        t.removeAll(e.source());
        if (!t.isEmpty()) {
          e = new Event(e.id(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(), e.source(),
              List.copyOf(t), e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence());
        }
      }
      if (e != null) {
        events.addAll(reciprocal(s, kept.get(k).head(), e));
      }
    }
    Event demand = reportedObligation(s);
    if (demand != null) {
      events.add(demand);
    }
    return withoutSubsumed(events, actors);
  }

  /** Roots of acts that coordinated actors do with one another: intend to cooperate, consult, cooperate. */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");
  private static final Set<String> MUTUAL_WORDS = Set.of("each", "one", "both", "jointly", "together");
  /** Nouns of a relation between the parties: "their meeting" is mutual, "their populations" not. */
  private static final Set<String> MUTUAL_NOUNS = Set.of("meeting", "meetings", "talks", "ties", "relations",
      "cooperation", "summit", "dispute", "partnership", "negotiations", "agreement", "friendship", "rivalry",
      "differences", "alliance", "relationship", "contacts", "dialogue", "consultations", "conflict", "feud");

  /**
   * "Gondor and Osgiliath renewed ties", "X and Y postponed their meeting": coordinated sources with
   * no target act toward one another when the act is mutual (consultation or cooperation, or a
   * "their"/"each other" right after the predicate) — one event per member, targeting the others.
   */
  private List<Event> reciprocal(Sentence s, int head, Event e) {
    if (e.source().size() < 2 || !e.target().isEmpty()) {
      return List.of(e);
    }
    boolean mutual = MUTUAL_ROOTS.contains(e.cameo().substring(0, 2));
    for (int k = head + 1; !mutual && k < Math.min(s.endToken(), head + 4); k++) {
      String w = lower(tokens.get(k).word());
      mutual = MUTUAL_WORDS.contains(w) || w.equals("their") && k + 1 < s.endToken()
          && MUTUAL_NOUNS.contains(lower(tokens.get(k + 1).word()));
    }
    if (!mutual) {
      return List.of(e);
    }
    List<Event> out = new ArrayList<>(e.source().size());
    for (String member : e.source()) {
      List<String> others = new ArrayList<>(e.source());
      others.remove(member);
      out.add(new Event(e.id(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(), List.of(member),
          List.copyOf(others), e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence()));
    }
    return out;
  }

  private static final LexEntry OBLIGATION = new LexEntry(false, "must", List.of(), List.of(), "100", Set.of(),
      null, "builtin:must");
  private static final Set<String> DECLARING = Set.of("say", "declare", "reiterate", "insist", "stress",
      "conclude", "remind", "tell", "announce", "warn", "state", "add", "demand", "argue", "maintain");

  /**
   * "A said (that) B must ...": a demand by the speaker on the actor who must act (CAMEO 100).
   * Only when the actor right before "must" and the declaring verb's subject are both known.
   */
  private Event reportedObligation(Sentence s) {
    for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("MD") || !lower(t.word()).equals("must")) {
        continue;
      }
      int npStart = obligedPhraseStart(s, i - 1);
      if (npStart < 0) {
        continue;
      }
      List<String> obliged = nounPhraseActors(s, i - 1);
      if (obliged.isEmpty()) {
        continue;
      }
      int j = npStart - 1;
      while (j >= s.firstToken() && j >= npStart - 6 && !tokens.get(j).isVerb()
          && (tokens.get(j).pos().equals("DT") || OBLIGATION_FILLERS.contains(lower(tokens.get(j).word()))
          || TIME_WORDS.contains(lower(tokens.get(j).word())) || tokens.get(j).pos().equals("CD"))) {
        j--;
      }
      if (j < s.firstToken() || !tokens.get(j).isVerb() || !DECLARING.contains(lower(tokens.get(j).lemma()))) {
        continue;
      }
      Args a = new Args();
      a.chainStart = chainStart(s, j);
      a.source.addAll(subject(s, j, 0));
      a.target.addAll(obliged);
      a.target.removeAll(a.source);
      if (a.source.isEmpty() || a.target.isEmpty()) {
        continue;
      }
      return build(s, new Candidate(j, OBLIGATION, Set.of()), a);
    }
    return null;
  }

  /** Words between a declaring verb and the clause it introduces ("said here on Friday that"). */
  private static final Set<String> OBLIGATION_FILLERS = Set.of("that", "on", "here", "there", "again", "also",
      "today", "yesterday", "last", "this");

  /**
   * The first token of the subject of "must" ending at {@code end} when it holds an actor
   * ("the US", "Kagame and his party", "US and British forces"), else -1.
   */
  private int obligedPhraseStart(Sentence s, int end) {
    int j = end;
    boolean actor = false;
    while (j >= s.firstToken() && j > end - 10) {
      Token t = tokens.get(j);
      String p = t.pos();
      if (mentionAt[j] >= 0) {
        actor = true;
        j = mentions.get(mentionAt[j]).mention().firstToken() - 1;
        continue;
      }
      if (p.equals("PRP") || p.equals("PRP$") || p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN")
          || p.equals("POS") || t.word().equals("and") || t.word().equals(",")) {
        actor |= p.equals("PRP");
        j--;
        continue;
      }
      break;
    }
    return actor ? j + 1 : -1;
  }

  /**
   * One act, one event: of two events of a sentence with the same CAMEO root whose actors are the
   * same but for one lacking a source or target the other has ("provide arms" and "arms from the
   * United States"), the less complete one goes; so does the later of two with the same target whose
   * sources are of one country ("the minister warned that his government would blacklist ...").
   */
  static List<Event> withoutSubsumed(List<Event> events, Map<String, Actor> actorsById) {
    if (events.size() < 2) {
      return events;
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      boolean subsumed = false;
      for (int j = 0; j < events.size() && !subsumed; j++) {
        Event f = events.get(j);
        if (i == j || !e.cameo().regionMatches(0, f.cameo(), 0, 2)) {
          continue;
        }
        boolean src = f.source().containsAll(e.source())
            || !e.target().isEmpty() && e.target().equals(f.target()) && j < i
            && countries(e.source(), actorsById).equals(countries(f.source(), actorsById));
        boolean tgt = f.target().containsAll(e.target());
        boolean bigger = f.source().size() + f.target().size() > e.source().size() + e.target().size();
        if (!tgt && src && !e.target().isEmpty() && !f.target().isEmpty() && allPlaces(e.target(), actorsById)
            && !allPlaces(f.target(), actorsById)) {
          tgt = true; // "a visit to China ... and a trip to the city of X": one visit, to China
          bigger = true;
        }
        subsumed = src && tgt && (bigger || j < i && f.source().size() + f.target().size()
            == e.source().size() + e.target().size());
      }
      if (!subsumed) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean allPlaces(List<String> ids, Map<String, Actor> actorsById) {
    for (String id : ids) {
      Actor a = actorsById.get(id);
      if (a == null || a.type() != ActorType.LOCATION) {
        return false;
      }
    }
    return true;
  }

  /** The countries of {@code ids} (an actor without one stands for itself). */
  private static Set<String> countries(List<String> ids, Map<String, Actor> actorsById) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      Actor a = actorsById.get(id);
      out.add(a != null && a.country() != null ? a.country() : id);
    }
    return out;
  }

  /**
   * "vowed (not) to provide", "refused to release": when a coded verb controls another coded verb,
   * one event is kept. Intent verbs ("vow", "plan", "expect") give way to the act, which then reads
   * as future; verbs that are acts in themselves ("refuse", "threaten", "urge") keep the event.
   */
  private void resolveControl(List<Candidate> candidates, Set<Integer> accepted,
      Map<Integer, Candidate> controlled) {
    Map<Integer, Candidate> byHead = new HashMap<>();
    for (Candidate c : candidates) {
      if (accepted.contains(c.head())) {
        byHead.put(c.head(), c);
      }
    }
    for (Candidate c : candidates) {
      if (c.entry().noun() || !accepted.contains(c.head())) {
        continue;
      }
      int j = c.head() + 1;
      if (j < tokens.size() && NEGATIONS.contains(lower(tokens.get(j).word()))) {
        j++;
      }
      if (j + 1 >= tokens.size() || !tokens.get(j).pos().equals("TO")) {
        continue;
      }
      Candidate embedded = byHead.get(j + 1);
      if (embedded == null || embedded.entry().noun()) {
        continue;
      }
      if (INTENT_VERBS.contains(lower(tokens.get(c.head()).lemma()))) {
        accepted.remove(c.head());
      } else {
        accepted.remove(embedded.head());
        controlled.put(c.head(), embedded);
      }
    }
  }

  /** The most specific entry whose pattern words occur around {@code head}, or null. */
  private Candidate match(Sentence s, int head, List<LexEntry> entries) {
    boolean passive = !tokens.get(head).isNoun() && isPassive(s, head);
    int rightEnd = Math.min(s.endToken(), head + 13);
    for (int k = head + 1; k < rightEnd; k++) {
      String w = tokens.get(k).word();
      if (w.equals(";") || w.equals(":") || w.equals(".") || lower(w).equals("but")) {
        rightEnd = k;
        break;
      }
    }
    int leftStart = Math.max(s.firstToken(), head - 7);
    Candidate best = null;
    for (LexEntry e : entries) {
      if (e.has("passive") && !passive) {
        continue; // "were held by a crowd" detains; "held elections" does not
      }
      Set<Integer> used = new HashSet<>();
      int pos = head + 1;
      boolean ok = true;
      for (Set<String> alt : e.after()) {
        int found = find(alt, pos, rightEnd);
        if (found < 0 && passive) {
          found = find(alt, leftStart, head);
        }
        if (found < 0) {
          ok = false;
          break;
        }
        used.add(found);
        if (found > head) {
          pos = found + 1;
        }
      }
      if (!ok) {
        continue;
      }
      int from = leftStart;
      for (Set<String> alt : e.before()) {
        int found = find(alt, from, head);
        if (found < 0) {
          ok = false;
          break;
        }
        used.add(found);
        from = found + 1;
      }
      if (!ok) {
        continue;
      }
      if (best == null || e.specificity() > best.entry().specificity()) {
        best = new Candidate(head, e, used);
      }
    }
    return best;
  }

  private int find(Set<String> alternatives, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (alternatives.contains(lower(t.lemma())) || alternatives.contains(lower(t.word()))) {
        return k;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- arguments

  private Args verbArgs(Sentence s, int head, LexEntry entry) {
    Args a = new Args();
    a.chainStart = chainStart(s, head);
    a.passive = isPassive(s, head);
    List<String> subject = subject(s, head, 0);
    Targets right = targets(s, head, entry.noun());
    a.location = right.location;
    if (a.passive) {
      a.source.addAll(right.byAgent);
      if (subjectIsEventNoun(s, a.chainStart)) {
        a.source.addAll(subject);
      } else {
        a.target.addAll(subject);
      }
      a.target.addAll(right.target);
    } else if (entry.has("rev")) {
      a.source.addAll(right.fromPhrase);
      a.target.addAll(subject);
    } else {
      a.source.addAll(subject);
      a.target.addAll(right.target);
      if (a.target.isEmpty() && objectBeforeBy(s, head)) {
        a.target.addAll(right.byAgent); // "condemned an attack by X": X is what is condemned
      }
    }
    mediationParties(a, entry, right);
    if (withdrawal(entry.code()) && !right.fromPhrase.isEmpty()) {
      a.target.clear(); // "withdrew its inspectors from Iraq": withdrawn from Iraq
      a.target.addAll(right.fromPhrase);
      a.target.removeAll(a.source);
    }
    if (a.target.isEmpty() && !a.source.isEmpty() && !entry.has("rev") && a.location == null) {
      a.target.addAll(laterActor(s, right.end, a.source));
    }
    locativeTarget(a, right);
    return a;
  }

  /** Codes of withdrawing people or ties from somewhere (087x, 161, 166x): the "from" phrase is the target. */
  private static boolean withdrawal(String code) {
    return code != null && (code.startsWith("087") || code.startsWith("166") || code.equals("161"));
  }

  /**
   * Whether a noun comes between the verb and its first "by" ("condemned an attack by X"), so the
   * by-phrase belongs to the object; right after the verb ("a detente struck by X") it is the
   * verb's own agent.
   */
  private boolean objectBeforeBy(Sentence s, int head) {
    boolean noun = false;
    for (int k = head + 1; k < Math.min(s.endToken(), head + 12); k++) {
      Token t = tokens.get(k);
      if (lower(t.word()).equals("by")) {
        return noun;
      }
      noun |= t.isNoun();
    }
    return false;
  }

  /**
   * The first actor after {@code from} in the rest of the sentence, as a fallback target: objects
   * the phrase scan stops short of ("cordoned off the roads leading into X", "shells fired on
   * villages in X"). The reporting tail (", officials said") and places in locative phrases
   * are no targets; nor are the sources.
   */
  private List<String> laterActor(Sentence s, int from, Set<String> sources) {
    int limit = Math.min(s.endToken(), from + 12);
    for (int k = Math.max(from, s.firstToken()); k < limit; k++) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("''") || w.equals("``")
          || t.isVerb() && REPORTING.contains(lower(t.lemma()))
          || w.equals(",") && k + 1 < limit && (mentionAt[k + 1] >= 0 || tokens.get(k + 1).pos().equals("DT"))
          && reportingTail(s, k + 1)) {
        return List.of();
      }
      int m = mentionAt[k];
      if (m < 0) {
        continue;
      }
      String id = mentions.get(m).actorId();
      Actor a = actors.get(id);
      // a nationality adjective far from the predicate modifies some other noun ("against American hegemony")
      if (sources.contains(id) || a == null || "demonym".equals(mentions.get(m).mention().source())) {
        k = Math.max(k, mentions.get(m).mention().endToken() - 1);
        continue;
      }
      String prev = k > s.firstToken() ? lower(tokens.get(k - 1).word()) : "";
      if (a.type() == ActorType.LOCATION && LOCATION_PREPS.contains(prev)) {
        return List.of();
      }
      return coordinated(k);
    }
    return List.of();
  }

  /** Whether the words from {@code k} are a reporting tail: a short phrase then "said" and the end. */
  private boolean reportingTail(Sentence s, int k) {
    for (int j = k; j < Math.min(s.endToken(), k + 8); j++) {
      Token t = tokens.get(j);
      if (t.isVerb()) {
        return REPORTING.contains(lower(t.lemma()));
      }
    }
    return false;
  }

  private Args nounArgs(Sentence s, int head, LexEntry entry) {
    Args a = new Args();
    List<String> possessor = possessor(s, head);
    Targets right = targets(s, head, true);
    a.location = right.location;
    int governor = governingVerb(s, head);
    a.governor = governor;
    a.chainStart = governor >= 0 ? chainStart(s, governor) : head;
    if (entry.has("rev")) {
      a.source.addAll(right.fromPhrase);
      a.target.addAll(right.toPhrase.isEmpty() ? possessor : right.toPhrase);
      return a;
    }
    a.source.addAll(right.byAgent);
    if (a.source.isEmpty()) {
      a.source.addAll(possessor);
    }
    if (a.source.isEmpty() && governor >= 0) {
      a.source.addAll(subject(s, governor, 0));
    }
    if (a.source.isEmpty()) {
      int main = frontedPhraseMainVerb(s, head);
      if (main >= 0) {
        a.source.addAll(subject(s, main, 0));
      }
    }
    a.target.addAll(right.target);
    mediationParties(a, entry, right);
    locativeTarget(a, right);
    return a;
  }

  /** A mediation's parties ("mediation between X and Y", CAMEO 045 and 039) are its targets. */
  private static void mediationParties(Args a, LexEntry entry, Targets right) {
    String code = entry.code();
    if (a.target.isEmpty() && code != null && (code.startsWith("045") || code.startsWith("039"))) {
      a.target.addAll(right.between);
    }
  }

  /**
   * With no other target, the state (or coded actor) where the act takes place is what it is
   * done to, as PETRARCH codes it: "criticized the closure of guest houses in Bree" targets Bree.
   * Plain places ("in Kharkiv") stay locations.
   */
  private static void locativeTarget(Args a, Targets right) {
    if (a.target.isEmpty() && !a.source.isEmpty()) {
      for (String id : right.locative) {
        if (!a.source.contains(id)) {
          a.target.add(id);
        }
      }
    }
  }

  /** First token of the verb group ending at {@code head} (auxiliaries, adverbs, "to", control verbs). */
  private int chainStart(Sentence s, int head) {
    int j = head;
    while (j - 1 >= s.firstToken()) {
      Token t = tokens.get(j - 1);
      String p = t.pos();
      if (mentionAt[j - 1] >= 0) {
        break;
      }
      if (p.startsWith("VB") || p.equals("MD") || p.startsWith("RB") || p.equals("TO")
          || NEGATIONS.contains(lower(t.word())) || p.startsWith("JJ") && READY.contains(lower(t.word()))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** Participles that with "to" state the subject's own stance ("is opposed to"), not a passive. */
  private static final Set<String> STANCE_PARTICIPLES = Set.of("oppose", "commit", "dedicate", "devote");

  private boolean isPassive(Sentence s, int head) {
    if (!tokens.get(head).pos().equals("VBN")) {
      return false;
    }
    if (head + 1 < s.endToken() && lower(tokens.get(head + 1).word()).equals("to")
        && STANCE_PARTICIPLES.contains(lower(tokens.get(head).lemma()))) {
      return false;
    }
    for (int j = head - 1; j >= chainStart(s, head); j--) {
      String l = lower(tokens.get(j).lemma());
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (l.equals("have")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the subject noun phrase ending before {@code chainStart} is headed by an event noun. */
  private boolean subjectIsEventNoun(Sentence s, int chainStart) {
    int j = chainStart - 1;
    if (j < s.firstToken()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.isNoun() && mentionAt[j] < 0 && lexicon.hasNoun(lower(t.lemma()));
  }

  /** Source actors of the verb at {@code head}: its subject, found leftwards. */
  private List<String> subject(Sentence s, int head, int depth) {
    if (depth > 4) {
      return List.of();
    }
    int start = chainStart(s, head);
    int j = skipTimeAdjunct(s, start - 1);
    if (j < s.firstToken()) {
      return List.of();
    }
    Token t = tokens.get(j);
    String w = lower(t.word());
    if (w.equals("who") || w.equals("which") || (w.equals("that") && !t.pos().equals("DT"))) {
      // relative clause: the antecedent just before
      int k = j - 1;
      if (k >= s.firstToken() && tokens.get(k).word().equals(",")) {
        k--;
      }
      return k >= s.firstToken() ? nounPhraseActors(s, k) : List.of();
    }
    if (t.word().equals(",") && j - 1 >= s.firstToken() && mentionAt[j - 1] >= 0) {
      return nounPhraseActors(s, j - 1); // appositive: "China's top leader, Xi Jinping, hosts"
    }
    if (t.word().equals(",")) {
      int described = appositiveHead(s, j);
      if (described >= 0) {
        return nounPhraseActors(s, described); // "Pakistan, a key ally in the war, has refused"
      }
    }
    int aside = asideStart(s, j);
    if (aside >= 0) {
      return nounPhraseActors(s, aside - 1); // "X, in remarks published on Monday, urged"
    }
    if (tokens.get(start).pos().equals("TO") && mentionAt[j] < 0 && !t.isVerb()) {
      int main = purposeMainVerb(s, start);
      if (main >= 0) {
        return subject(s, main, depth + 1); // "X stopped work on Monday to protest ...": X protests
      }
    }
    if (t.pos().equals("IN") || t.pos().equals("CC") || t.word().equals(",")) {
      // coordinated verb phrase or adjunct ("and sold", "by blaming"): the previous verb's subject;
      // after "but"/"and" the previous finite verb's, past participles of reduced relatives skipped
      boolean coordination = t.pos().equals("CC");
      for (int k = j - 1; k >= s.firstToken(); k--) {
        Token v = tokens.get(k);
        if (v.isVerb() && (!coordination || !v.pos().equals("VBN") && !v.pos().equals("VBG")
            || k == s.firstToken() || tokens.get(k - 1).isVerb() || tokens.get(k - 1).pos().equals("MD"))) {
          return subject(s, k, depth + 1);
        }
      }
      return List.of();
    }
    return nounPhraseActors(s, j);
  }

  /**
   * For a comma right before a verb group: the last token of the actor an appositive describes
   * ("X, a key ally in the war against Y, has refused"), when another comma at most 15 tokens back
   * follows an actor mention and no verb lies between; else -1.
   */
  private int appositiveHead(Sentence s, int comma) {
    for (int k = comma - 1; k >= Math.max(s.firstToken() + 1, comma - 15); k--) {
      Token t = tokens.get(k);
      if (t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W") || t.word().equals(";")) {
        return -1;
      }
      if (t.word().equals(",")) {
        return mentionAt[k - 1] >= 0 ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** Verbs whose object, not subject, does what their infinitive says ("urged X to", "forced X to"). */
  private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "order", "force", "press",
      "persuade", "invite", "tell", "allow", "permit", "encourage", "help", "require", "compel", "appeal", "want",
      "expect", "convince", "instruct", "authorize", "authorise", "pressure", "push", "lead", "cause", "enable");

  /**
   * For a purpose infinitive ("stopped work on Monday to protest"): the finite verb of the clause
   * it modifies, at most 15 tokens back, unless that verb passes the infinitive to its object
   * ("urged the parties to"); else -1.
   */
  private int purposeMainVerb(Sentence s, int to) {
    for (int k = to - 1; k >= Math.max(s.firstToken(), to - 15); k--) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || t.pos().startsWith("W") || w.equals("that")) {
        return -1;
      }
      if (t.isVerb()) {
        String p = t.pos();
        if (!p.equals("VBD") && !p.equals("VBZ") && !p.equals("VBP") && !p.equals("VBN")) {
          return -1;
        }
        return OBJECT_CONTROL.contains(lower(t.lemma())) ? -1 : k;
      }
    }
    return -1;
  }

  /**
   * For a comma closing a parenthetical phrase between subject and verb ("X, in remarks published
   * on Monday, urged"): the opening comma's position when an actor stands right before it and the
   * phrase opens with a preposition and has no finite verb; else -1.
   */
  private int asideStart(Sentence s, int close) {
    if (!tokens.get(close).word().equals(",")) {
      return -1;
    }
    for (int k = close - 1; k > s.firstToken() && k >= close - 10; k--) {
      Token t = tokens.get(k);
      String p = t.pos();
      if (t.word().equals(",")) {
        return mentionAt[k - 1] >= 0 && k + 1 < close && tokens.get(k + 1).pos().equals("IN") ? k : -1;
      }
      if (p.equals("MD") || p.equals("VBD") && !tokens.get(k - 1).word().equals(",")
          || p.equals("VBZ") || p.equals("VBP") || p.startsWith("W")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "The United States on Thursday vetoed", "Serbia today rejected": steps left over a time
   * adjunct between subject and verb; returns the token before it (or {@code j} unchanged).
   */
  private int skipTimeAdjunct(Sentence s, int j) {
    int k = j;
    boolean any = false;
    while (k >= s.firstToken() && mentionAt[k] < 0) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      if (TIME_WORDS.contains(w) || any && (t.pos().equals("CD") || w.equals("this") || w.equals("last")
          || w.equals("early") || w.equals("late") || w.equals("next"))) {
        any = true;
        k--;
        continue;
      }
      if (any && (w.equals("on") || w.equals("in") || w.equals("at") || w.equals(","))) {
        k--;
        continue;
      }
      break;
    }
    return any ? k : j;
  }

  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "week", "month", "year",
      "weekend", "morning", "evening", "afternoon", "night", "earlier", "later", "recently", "overnight");

  /**
   * Actors of the noun phrase ending at {@code end}: coordinated mentions ("Mr. Xi and Mr. Putin"),
   * a possessor ("Ukraine's forces"), a nationality ("Russian forces"), resolved pronouns and
   * "the two leaders". For "X of Y" the part before "of" wins.
   */
  private List<String> nounPhraseActors(Sentence s, int end) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean sawOf = false;
    int j = end;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 14) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      int m = mentionAt[j];
      if (m >= 0) {
        String id = mentions.get(m).actorId();
        List<String> into = sawOf ? before : after;
        if (!into.contains(id)) {
          into.add(0, id);
        }
        j = mentions.get(m).mention().firstToken() - 1;
        continue;
      }
      if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
        List<String> ids = resolvePronouns(s, j);
        (sawOf ? before : after).addAll(0, ids);
        break;
      }
      if (t.pos().equals("CD") && w.equals("two") && j + 1 < tokens.size()) {
        List<String> pair = pair(s, j, lower(tokens.get(j + 1).word()));
        if (!pair.isEmpty()) {
          return pair;
        }
      }
      if (w.equals("of")) {
        sawOf = true;
        j--;
        continue;
      }
      if (isClosingParen(t)) {
        int open = openingParen(s, j); // "the Homeland Union (Conservatives)", "the APEC (...) forum"
        if (open < 0) {
          break;
        }
        j = open - 1;
        continue;
      }
      if (w.equals("and") || w.equals(",") || w.equals("&")) {
        // coordination continues only into another actor
        if (j - 1 >= s.firstToken() && (mentionAt[j - 1] >= 0 || tokens.get(j - 1).pos().equals("PRP"))) {
          j--;
          continue;
        }
        break;
      }
      String p = t.pos();
      if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("CD")
          || p.equals("HYPH") || p.equals("PDT") || p.equals("``") || p.equals("''") || w.equals("'s")
          || w.equals("-") || p.equals("VBN") && j < end || p.equals("VBG") && j < end) {
        j--;
        continue;
      }
      break;
    }
    if (sawOf && !before.isEmpty()) {
      return before;
    }
    List<String> all = new ArrayList<>(before);
    for (String id : after) {
      if (!all.contains(id)) {
        all.add(id);
      }
    }
    return all;
  }

  private static boolean isClosingParen(Token t) {
    return t.word().equals(")") || t.pos().equals("-RRB-");
  }

  /** The "(" matching the ")" at {@code close}, at most 8 tokens back in the sentence, or -1. */
  private int openingParen(Sentence s, int close) {
    for (int k = close - 1; k >= Math.max(s.firstToken(), close - 8); k--) {
      Token t = tokens.get(k);
      if (t.word().equals("(") || t.pos().equals("-LRB-")) {
        return k;
      }
    }
    return -1;
  }

  /** "the two leaders": the last two distinct persons (or countries) mentioned before. */
  private List<String> pair(Sentence s, int at, String noun) {
    boolean persons = GROUP_NOUNS_PERSON.contains(noun);
    boolean countries = GROUP_NOUNS_COUNTRY.contains(noun);
    if (!persons && !countries) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    int begin = tokens.get(at).begin();
    for (int m = mentions.size() - 1; m >= 0 && found.size() < 2; m--) {
      ActorMention am = mentions.get(m);
      if (am.mention().begin() >= begin) {
        continue;
      }
      Actor a = actors.get(am.actorId());
      if (a == null) {
        continue;
      }
      boolean fits = persons ? a.type() == ActorType.PERSON
          : a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION && a.country() != null;
      if (fits && !found.contains(a.id())) {
        found.add(a.id());
      }
    }
    return found.size() == 2 ? List.of(found.get(1), found.get(0)) : List.of();
  }

  /**
   * The actor a singular pronoun refers to, as the document's one reference resolver decided
   * (the {@code references} layer); null when it resolved none.
   */
  private String resolvePronoun(Sentence s, int at) {
    String shared = references.resolve(at, at + 1).orElse(null);
    return shared != null && actors.containsKey(shared) ? shared : null;
  }

  /**
   * The actors "they"/"their"/"them" refer to: a coordination of actors ("Mr. Xi and Mr. Putin ...
   * their summit") or a group, organisation or country (never a lone person or a place): the
   * nearest before it in its sentence, else (when no actor stands before it in its sentence) the
   * first of the previous sentence.
   */
  private List<String> pluralAntecedents(Sentence s, int at) {
    List<String> inSentence = pluralIn(s, at, true);
    if (!inSentence.isEmpty() || s.index() == 0) {
      return inSentence;
    }
    for (int t = s.firstToken(); t < at; t++) {
      if (mentionAt[t] >= 0) {
        return List.of(); // an actor before it that does not fit: the antecedent is unclear
      }
    }
    Sentence prev = sentences.get(s.index() - 1);
    return pluralIn(prev, prev.endToken(), false);
  }

  /** The last (when {@code nearest}) or first coordination or plural-fitting actor before token {@code before}. */
  private List<String> pluralIn(Sentence s, int before, boolean nearest) {
    List<String> found = List.of();
    for (int t = s.firstToken(); t < before; t++) {
      int m = mentionAt[t];
      if (m < 0) {
        continue;
      }
      List<String> group = new ArrayList<>();
      int end = coordinationEnd(t, before, group);
      List<String> candidate = group.size() > 1 ? group
          : fitsPlural(mentions.get(m).actorId()) ? List.of(mentions.get(m).actorId()) : List.of();
      if (!candidate.isEmpty()) {
        found = candidate;
        if (!nearest) {
          return found;
        }
      }
      t = Math.max(t, end);
    }
    return found;
  }

  /**
   * Collects into {@code into} the actors of the coordination starting with the mention at token
   * {@code k} ("Mr. Xi and Mr. Putin", "Chile, Peru and Bolivia"), letting a title stand between
   * "and" and the next mention; returns the last token of the coordination.
   */
  private int coordinationEnd(int k, int before, List<String> into) {
    int t = k;
    int last = k;
    while (t < before && mentionAt[t] >= 0) {
      ActorMention am = mentions.get(mentionAt[t]);
      if (!into.contains(am.actorId())) {
        into.add(am.actorId());
      }
      last = Math.max(t, am.mention().endToken() - 1);
      int j = last + 1;
      boolean joined = false;
      while (j < before && j <= last + 3 && mentionAt[j] < 0) {
        String w = lower(tokens.get(j).word());
        if (w.equals("and") || w.equals(",")) {
          joined = true;
        } else if (!tokens.get(j).isProperNoun()) {
          break; // only titles ("Mr.", "President") may stand between "and" and the next name
        }
        j++;
      }
      if (!joined || j >= before || mentionAt[j] < 0) {
        break;
      }
      t = j;
    }
    return last;
  }

  /** The actors a pronoun refers to: a plural pronoun may name several, others one or none. */
  private List<String> resolvePronouns(Sentence s, int at) {
    String id = resolvePronoun(s, at);
    if (id != null) {
      return List.of(id);
    }
    // a plural pronoun may stand for several actors ("Britain and France said they ..."), which the
    // shared resolver, giving one antecedent, does not say: the coordinated group is found here
    return PLURAL_PRONOUNS.contains(lower(tokens.get(at).word())) ? pluralAntecedents(s, at) : List.of();
  }

  private boolean fitsPlural(String actorId) {
    Actor a = actors.get(actorId);
    return a != null && a.type() != ActorType.PERSON && a.type() != ActorType.LOCATION;
  }

  private boolean fits(String actorId, boolean person) {
    Actor a = actors.get(actorId);
    if (a == null) {
      return false;
    }
    return person == (a.type() == ActorType.PERSON);
  }

  /** Possessor or modifier actors of a nominal predicate ("Russia's invasion", "Western sanctions"). */
  private List<String> possessor(Sentence s, int head) {
    int j = head - 1;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 6) {
      Token t = tokens.get(j);
      if (mentionAt[j] >= 0) {
        return nounPhraseActors(s, j);
      }
      if (t.pos().equals("PRP$")) {
        return resolvePronouns(s, j);
      }
      if (p0(t).startsWith("JJ") || p0(t).startsWith("NNP")) {
        String country = demonymCountry(t.word());
        if (country != null) {
          return List.of(country); // "a Russian invasion", "Chinese purchases"
        }
      }
      String p = t.pos();
      if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          || t.word().equals("-") || p.equals("``") || p.equals("''")) {
        j--;
        continue;
      }
      break;
    }
    return List.of();
  }

  /** The verb whose object a nominal predicate is ("announced a sharp increase"), or -1. */
  private int governingVerb(Sentence s, int head) {
    int j = head - 1;
    int steps = 0;
    while (j >= s.firstToken() && steps++ < 8) {
      Token t = tokens.get(j);
      String p = t.pos();
      if (t.isVerb()) {
        return lower(t.lemma()).equals("be") ? -1 : j;
      }
      if (lower(t.word()).equals("in") && j - 1 >= s.firstToken() && tokens.get(j - 1).isVerb()
          && ENGAGE.contains(lower(tokens.get(j - 1).lemma()))) {
        return j - 1; // "engaged in ethnic cleansing", "participated in the raid"
      }
      if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("DT") || p.equals("PDT")
          || p.equals("HYPH") || p.equals("POS") || p.equals("PRP$") || p.startsWith("RB") || p.equals("``")
          || p.equals("''") || lower(t.word()).equals("of") || mentionAt[j] >= 0) {
        j--;
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** Verbs that take part in the event a following "in" phrase names. */
  private static final Set<String> ENGAGE = Set.of("engage", "participate", "involve", "persist", "join");

  /** For a predicate inside a sentence-initial phrase ("During a visit ..., X warned"): the main verb. */
  private int frontedPhraseMainVerb(Sentence s, int head) {
    Token first = tokens.get(s.firstToken());
    if (!first.pos().equals("IN") && !first.pos().equals("RB")) {
      return -1;
    }
    for (int j = s.firstToken(); j < head; j++) {
      if (tokens.get(j).word().equals(",")) {
        return -1;
      }
    }
    int comma = -1;
    for (int j = head + 1; j < s.endToken(); j++) {
      if (tokens.get(j).word().equals(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0) {
      return -1;
    }
    for (int j = comma + 1; j < s.endToken(); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG") || t.pos().equals("VBD")) {
        return j;
      }
    }
    return -1;
  }

  /** What lies to the right of a predicate. */
  private static final class Targets {
    final List<String> target = new ArrayList<>();
    final List<String> fromPhrase = new ArrayList<>();
    final List<String> toPhrase = new ArrayList<>();
    final List<String> byAgent = new ArrayList<>();
    final List<String> between = new ArrayList<>();
    /** The first state or coded actor in a locative phrase ("in Gondor"): a target of last resort. */
    final List<String> locative = new ArrayList<>();
    String location;
    int end;
  }

  private Targets targets(Sentence s, int head, boolean nominal) {
    Targets out = new Targets();
    String prep = null;
    int limit = Math.min(s.endToken(), head + 16);
    int k = head + 1;
    // a nominal predicate's relative clause still describes it ("the visit, which began in Beijing")
    if (nominal && k + 1 < limit && tokens.get(k).word().equals(",")
        && Set.of("which", "that").contains(lower(tokens.get(k + 1).word()))) {
      k += 2;
      prep = "rel";
    }
    for (; k < limit; k++) {
      Token t = tokens.get(k);
      String w = lower(t.word());
      String p = t.pos();
      int m = mentionAt[k];
      if (m >= 0) {
        String id = mentions.get(m).actorId();
        int next = mentions.get(m).mention().endToken();
        List<String> group = coordinated(k);
        Actor a = actors.get(id);
        boolean place = a != null && (a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY);
        if (prep != null && LOCATION_PREPS.contains(prep) && out.locative.isEmpty() && a != null
            && a.type() != ActorType.LOCATION && a.type() != ActorType.PERSON && a.code() != null) {
          out.locative.addAll(group);
        }
        if ("at".equals(prep) && a != null && a.type() == ActorType.COUNTRY && out.target.isEmpty()) {
          out.target.addAll(group); // "fired shells at New Zealand": a state is aimed at, not a place
        } else if (prep != null && LOCATION_PREPS.contains(prep) && place) {
          if (out.location == null) {
            out.location = id;
          }
        } else if ("from".equals(prep)) {
          if (out.fromPhrase.isEmpty()) {
            out.fromPhrase.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group);
          }
        } else if ("by".equals(prep)) {
          if (out.byAgent.isEmpty()) {
            out.byAgent.addAll(group);
          }
        } else if ("between".equals(prep)) {
          if (out.between.isEmpty()) {
            out.between.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group); // "welcomed ties between X and Y"
          }
        } else if (prep == null || !SKIP_PREPS.contains(prep) && !"rel".equals(prep)) {
          if (("to".equals(prep) || "for".equals(prep)) && out.toPhrase.isEmpty()) {
            out.toPhrase.addAll(group);
          }
          if (out.target.isEmpty()) {
            out.target.addAll(group);
          }
        }
        k = Math.max(k, next - 1);
        continue;
      }
      if (out.target.isEmpty() && (prep == null || !SKIP_PREPS.contains(prep) && !"rel".equals(prep))
          && (p.startsWith("JJ") || p.startsWith("NNP")) && k + 1 < limit && tokens.get(k + 1).isNoun()) {
        String country = demonymCountry(t.word());
        if (country != null) {
          out.target.add(country); // "purchases Russian oil", "tariffs on Chinese goods"
          continue;
        }
      }
      if (p.equals("PRP") && prep != null && !SKIP_PREPS.contains(prep) && out.target.isEmpty()
          && !w.equals("it")) {
        String id = resolvePronoun(s, k);
        if (id != null) {
          out.target.add(id);
        }
        continue;
      }
      if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("but") || p.equals("WDT") || p.equals("WP")
          || SUBORDINATORS.contains(w) && (p.equals("IN") || p.startsWith("W") || p.startsWith("RB"))
          || w.equals("that") && !p.equals("DT") && !"rel".equals(prep)) {
        break;
      }
      if (p.equals("MD") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
        if (!"rel".equals(prep)) {
          break;
        }
        continue;
      }
      if (t.isVerb()) {
        if (!"rel".equals(prep)) {
          break;
        }
        continue;
      }
      if (w.equals(",") && k + 1 < limit) {
        Token n = tokens.get(k + 1);
        if (n.isVerb() || SUBORDINATORS.contains(lower(n.word())) || n.pos().startsWith("W")
            || reportingTail(s, k + 1)) {
          break; // ", officials said": the reporter is no target
        }
      }
      if (p.equals("IN") || p.equals("TO")) {
        if (quantityWord(k)) {
          continue; // "arrested more than 100 Palestinians", "killed at least eight leaders"
        }
        // "before Russia's invasion of Ukraine": the "of" belongs to the skipped phrase
        if (!(w.equals("of") && prep != null && SKIP_PREPS.contains(prep))) {
          prep = w;
        }
      }
    }
    out.end = k;
    return out;
  }

  private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "over");

  /** Whether the preposition at {@code k} belongs to a quantity ("more than", "at least", "up to" + number). */
  private boolean quantityWord(int k) {
    String w = lower(tokens.get(k).word());
    String prev = k > 0 ? lower(tokens.get(k - 1).word()) : "";
    String next = k + 1 < tokens.size() ? lower(tokens.get(k + 1).word()) : "";
    return w.equals("than") && COMPARATIVES.contains(prev)
        || w.equals("at") && (next.equals("least") || next.equals("most"))
        || w.equals("to") && prev.equals("up") && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("CD");
  }

  private static String p0(Token t) {
    return t.pos();
  }

  /** The document's actor for the country of a demonym ("Russian"), or null. */
  private String demonymCountry(String word) {
    if (kb == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    return kb.countryByDemonym(word).map(KbCountry::iso3).map(countryActor::get).orElse(null);
  }

  /** The actors coordinated with the mention starting at token {@code k} ("Mr. Xi and Mr. Putin"). */
  private List<String> coordinated(int k) {
    List<String> ids = new ArrayList<>();
    int t = k;
    int sentence = tokens.get(k).sentence();
    while (t < tokens.size() && mentionAt[t] >= 0 && tokens.get(t).sentence() == sentence) {
      ActorMention am = mentions.get(mentionAt[t]);
      if (!ids.contains(am.actorId())) {
        ids.add(am.actorId());
      }
      int after = am.mention().endToken();
      if (after + 1 < tokens.size() && tokens.get(after).sentence() == sentence) {
        String w = lower(tokens.get(after).word());
        if ((w.equals("and") || w.equals(",")) && mentionAt[after + 1] >= 0) {
          t = after + 1;
          continue;
        }
        if (w.equals(",") && after + 2 < tokens.size() && lower(tokens.get(after + 1).word()).equals("and")
            && mentionAt[after + 2] >= 0) {
          t = after + 2;
          continue;
        }
      }
      break;
    }
    return ids;
  }

  // ---------------------------------------------------------------- event assembly

  /**
   * Places are where an event happens, never its target: a place among the targets ("a visit to
   * Beijing") becomes the location and its country's actor the target; with {@code loc2target} the
   * location's country is the target when no actor is ("an offensive near Kharkiv" targets Ukraine).
   * A sole object place whose country the document does not name stays the target ("blockaded
   * Paris"); locative phrases ("in", "near") never give targets.
   */
  private void placesToCountries(Args a, boolean loc2target) {
    List<String> places = new ArrayList<>();
    for (String t : a.target) {
      Actor at = actors.get(t);
      if (at != null && at.type() == ActorType.LOCATION) {
        places.add(t);
      }
    }
    for (String p : places) {
      String country = countryOf(p);
      if (country != null || a.target.size() > 1) {
        a.target.remove(p);
        if (a.location == null) {
          a.location = p;
        }
        if (country != null && !a.source.contains(country)) {
          a.target.add(country);
        }
      }
    }
    if (a.location != null && a.source.contains(a.location)) {
      a.location = null;
    }
    if (a.target.isEmpty() && loc2target && a.location != null) {
      Actor loc = actors.get(a.location);
      String country = loc != null && loc.type() == ActorType.LOCATION ? countryOf(a.location) : a.location;
      if (country != null && !a.source.contains(country)) {
        a.target.add(country);
      } else if (loc != null && loc.type() == ActorType.LOCATION && !a.source.isEmpty()) {
        a.target.add(a.location); // a domestic act ("lifted the curfew in Cusco") targets the place
      }
    }
    if (a.location != null && a.target.contains(a.location)) {
      Actor loc = actors.get(a.location);
      if (loc == null || loc.type() != ActorType.LOCATION) {
        a.location = null; // a country target is not also its own location
      }
    }
  }

  /**
   * Whether a place the act happens in receives it when no actor does: concessions and hostile acts
   * (roots 08 and 10-20: "lifted the curfew in X", "demonstrated in X", "imposed blockades in X");
   * never meetings, statements, aid or a side's own de-escalation ("declared a ceasefire in X",
   * 087), whose place is only where they happen.
   */
  private static boolean locativeRecipient(String code) {
    if (code == null || code.length() < 2) {
      return false;
    }
    int root = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    return root == 8 && !code.startsWith("087") || root >= 10 && root <= 20;
  }

  /** Whether actor {@code id} is a country or a place whose country is known. */
  private boolean knownPlace(String id) {
    Actor a = actors.get(id);
    return a != null && (a.type() == ActorType.COUNTRY || a.country() != null);
  }

  /** The document's actor for the country of place {@code id}, or null. */
  private String countryOf(String id) {
    Actor a = actors.get(id);
    return a == null || a.country() == null ? null : countryActor.get(a.country());
  }

  private Event build(Sentence s, Candidate c, Args a) {
    LexEntry entry = c.entry();
    a.target.removeAll(a.source);
    placesToCountries(a, entry.has("loc2target"));
    if (a.target.isEmpty() && a.location != null && locativeRecipient(entry.code()) && knownPlace(a.location)) {
      placesToCountries(a, true);
    }
    String code = digits(entry.code());
    if (a.target.isEmpty() && entry.altCode() != null) {
      code = digits(entry.altCode());
    }
    if (code == null) {
      return null;
    }
    if (entry.has("nocomp") && c.head() + 1 < s.endToken()
        && Set.of("that", "how", "what", "why").contains(lower(tokens.get(c.head() + 1).word()))) {
      return null; // "demonstrating that ...": showing, not protesting
    }
    if (entry.has("needtarget") && a.target.isEmpty()) {
      return null;
    }
    if (a.source.isEmpty() && a.target.isEmpty()) {
      return null;
    }
    if (a.source.isEmpty() && !a.passive && !entry.has("nosource")) {
      return null;
    }
    int chainHead = a.governor >= 0 ? a.governor : c.head();
    String mode = mode(s, a.chainStart, chainHead, c.head());
    if (entry.noun() && a.governor < 0 && mode.equals("asserted")) {
      int v = followingPredicate(s, c.head());
      if (v >= 0) {
        mode = mode(s, chainStart(s, v), v, v);
      }
    }
    String refusal = refusalCode(a.chainStart, chainHead, c.head(), code, mode);
    if (refusal != null) {
      code = refusal; // the refusal itself is what happened: "will not accept" is a rejection
      mode = "asserted";
    }
    String attributed = attribution(s, c.head());
    if (attributed != null && (a.source.contains(attributed) && a.source.size() == 1)
        && !insideQuoteOrClaim(c.head())) {
      attributed = null; // a speaker's own act, not something resting on their word
    }
    if (attributed != null && mode.equals("asserted")) {
      mode = "reported";
    }
    if ((mode.equals("future") || mode.equals("hypothetical")) && (statedIntent(a.chainStart, chainHead)
        || hostile(code) && conditionFollows(s, c.head()))) {
      code = IntentCodes.intentOf(code);
    }
    CameoCode cc = codebook.resolve(code).orElse(null);
    String date = date(s, c.head(), a, mode, entry.noun());
    return new Event("e0", code, cc == null ? null : cc.plover(), cc == null ? null : cc.quad(),
        cc == null ? null : cc.goldstein(), cc == null ? null : cc.label(), List.copyOf(a.source),
        List.copyOf(a.target), a.location, date, mode, attributed, doc.offsets().span(s.begin(), s.end()));
  }

  /** Heads whose negation is always a refusal, whatever the tense ("does not accept the plan"). */
  private static final Set<String> CONSENT = Set.of("accept", "agree", "allow", "permit", "recognise", "recognize",
      "approve", "endorse");

  /**
   * The CAMEO 12 code when a negated cooperative act (roots 03-08) is the source's refusal: negated
   * with a modal ("will not meet", "would not release"), with readiness ("is not willing to"), after
   * "fail to", or a negated consent verb ("did not accept"); else null. A plain negated past ("did
   * not meet") reports a non-event, and a negated vow ("vowed not to provide") stays the negated act.
   */
  private String refusalCode(int chainStart, int verb, int head, String code, String mode) {
    if (!mode.equals("negated")) {
      return null;
    }
    String refusal = IntentCodes.refusalOf(code);
    if (refusal == null) {
      return null;
    }
    if (CONSENT.contains(lower(tokens.get(head).lemma())) || CONSENT.contains(lower(tokens.get(verb).lemma()))) {
      return refusal;
    }
    for (int j = chainStart; j <= verb && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      String l = lower(t.lemma());
      if (t.pos().equals("MD") || l.equals("fail") || READY.contains(lower(t.word()))) {
        return refusal;
      }
    }
    return null;
  }

  /** Whether {@code code} is a hostile act that, stated as a future consequence, is a threat. */
  private static boolean hostile(String code) {
    return code.startsWith("14") || code.startsWith("16") || code.startsWith("17") || code.startsWith("18")
        || code.startsWith("19") || code.startsWith("20");
  }

  /** Whether a condition ("unless ...", "if ...") follows the predicate in its sentence: an ultimatum. */
  private boolean conditionFollows(Sentence s, int head) {
    for (int j = head + 1; j < s.endToken(); j++) {
      String w = lower(tokens.get(j).word());
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (w.equals("unless") || w.equals("if")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the future in the verb group is the source's stated intent ("will visit", "agreed to
   * lift", "is willing to withdraw") rather than a forecast ("are expected to", "could").
   */
  private boolean statedIntent(int chainStart, int verb) {
    boolean intent = false;
    for (int j = chainStart; j <= verb && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      String l = lower(t.lemma());
      if (FORECAST.contains(l) || FORECAST.contains(w)) {
        return false;
      }
      if (FUTURE_AUX.contains(w) || w.equals("would") || INTENT_VERBS.contains(l) || READY.contains(w)) {
        intent = true;
      }
    }
    return intent;
  }

  /** For a nominal that is a subject ("arms ... are expected to trickle in"): its verb, or -1. */
  private int followingPredicate(Sentence s, int head) {
    for (int j = head + 1; j < Math.min(s.endToken(), head + 10); j++) {
      Token t = tokens.get(j);
      if (t.isVerb() || t.pos().equals("MD")) {
        int v = j;
        while (v + 1 < s.endToken() && (tokens.get(v + 1).isVerb() || tokens.get(v + 1).pos().equals("TO")
            || tokens.get(v + 1).pos().startsWith("RB") || tokens.get(v + 1).pos().equals("MD"))) {
          v++;
        }
        return v;
      }
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || t.pos().startsWith("W") || w.equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  private static String digits(String code) {
    if (code == null) {
      return null;
    }
    int n = 0;
    while (n < code.length() && n < 4 && Character.isDigit(code.charAt(n))) {
      n++;
    }
    return n >= 2 ? code.substring(0, n) : null;
  }

  private String mode(Sentence s, int chainStart, int verb, int head) {
    boolean future = false;
    boolean hypothetical = false;
    for (int j = chainStart; j <= verb && j < s.endToken(); j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      String l = lower(t.lemma());
      if (NEGATIONS.contains(w) && j < verb
          || l.equals("fail") && j + 1 <= verb && tokens.get(j + 1).pos().equals("TO")) {
        return "negated";
      }
      if (FUTURE_AUX.contains(w) && t.pos().equals("MD")) {
        future = true;
      } else if (HYPOTHETICAL_AUX.contains(w) && t.pos().equals("MD")) {
        hypothetical = true;
      } else if ((FUTURE_TO.contains(l) || READY.contains(lower(t.word()))) && j + 1 <= verb
          && tokens.get(j + 1).pos().equals("TO")) {
        future = true;
      }
    }
    if (head != verb) {
      // "no sanctions", "did not announce any progress": a negated nominal
      int j = head - 1;
      while (j > verb && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN"))) {
        j--;
      }
      if (j > verb && lower(tokens.get(j).word()).equals("no")) {
        return "negated";
      }
    }
    for (int j = chainStart - 1; j >= s.firstToken() && j >= chainStart - 12; j--) {
      String w = lower(tokens.get(j).word());
      if (CONDITIONALS.contains(w)) {
        hypothetical = true;
        break;
      }
      if (w.equals(".") || w.equals(";")) {
        break;
      }
    }
    if (hypothetical) {
      return "hypothetical";
    }
    return future ? "future" : "asserted";
  }

  private static boolean isQuoteOrComma(Token t) {
    String w = t.word();
    return w.equals(",") || t.pos().equals("''") || w.equals("\u201d") || w.equals("\"");
  }

  private boolean insideQuoteOrClaim(int head) {
    int cp = doc.offsets().toCodePoint(tokens.get(head).begin());
    for (Quote q : quotes) {
      if (q.speaker() != null && q.start() <= cp && cp < q.end()) {
        return true;
      }
    }
    for (Claim c : claims) {
      if (c.source() != null && c.start() <= cp && cp < c.end()) {
        return true;
      }
    }
    return false;
  }

  /** The actor the event rests on: a quote's speaker, a claim's source, or a reporting verb's subject. */
  private String attribution(Sentence s, int head) {
    int cp = doc.offsets().toCodePoint(tokens.get(head).begin());
    for (Quote q : quotes) {
      if (q.speaker() != null && !"term".equals(q.kind()) && q.start() <= cp && cp < q.end()) {
        return q.speaker();
      }
    }
    for (Claim c : claims) {
      if (c.source() != null && c.start() <= cp && cp < c.end()) {
        return c.source();
      }
    }
    // "according to X"
    for (int j = s.firstToken(); j + 2 < s.endToken(); j++) {
      if (lower(tokens.get(j).word()).equals("according") && lower(tokens.get(j + 1).word()).equals("to")) {
        for (int k = j + 2; k < Math.min(s.endToken(), j + 8); k++) {
          if (mentionAt[k] >= 0) {
            return mentions.get(mentionAt[k]).actorId();
          }
        }
      }
    }
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      Token t = tokens.get(j);
      if (!t.isVerb() || !REPORTING.contains(lower(t.lemma())) || j == head) {
        continue;
      }
      if (j < head) {
        List<String> subj = subject(s, j, 0);
        if (!subj.isEmpty()) {
          return subj.get(0);
        }
      } else {
        // "..., Mr. Putin said" / "..., said Ms. Wishnick": a reporting clause after a comma or quote
        if (j - 1 >= s.firstToken() && isQuoteOrComma(tokens.get(j - 1)) && j + 1 < s.endToken()
            && mentionAt[j + 1] >= 0) {
          return mentions.get(mentionAt[j + 1]).actorId();
        }
        if (j - 1 >= s.firstToken() && mentionAt[j - 1] >= 0) {
          int first = mentions.get(mentionAt[j - 1]).mention().firstToken();
          int k = first - 1;
          while (k >= s.firstToken() && (tokens.get(k).pos().startsWith("NN") || tokens.get(k).pos().equals("DT")
              || tokens.get(k).pos().startsWith("JJ"))) {
            k--;
          }
          if (k >= s.firstToken() && isQuoteOrComma(tokens.get(k))) {
            return mentions.get(mentionAt[j - 1]).actorId();
          }
        }
      }
    }
    return null;
  }

  /**
   * The date of the time expression governing the predicate's clause; else the publication date
   * for present or simple-past clauses with no temporal anchor; else null.
   */
  private String date(Sentence s, int head, Args a, String mode, boolean nominal) {
    String own = governingTime(s, head, nominal);
    if (own != null) {
      return own;
    }
    if (a.governor >= 0 && a.governor != head) {
      String gov = governingTime(s, a.governor, false);
      if (gov != null) {
        return gov;
      }
    }
    if (!mode.equals("asserted") && !mode.equals("reported")) {
      return null;
    }
    int verb = nominal ? a.governor : head;
    if (verb < 0) {
      return null;
    }
    // a past perfect ("had sent") and relative anchoring ("weeks before the invasion") have no date
    // of their own; a present perfect ("has asked") reports a recent event, dated as a simple past
    for (int j = a.chainStart; j < verb; j++) {
      String l = lower(tokens.get(j).lemma());
      if (l.equals("have") && !PRESENT_PERFECT.contains(lower(tokens.get(j).word()))) {
        return null;
      }
    }
    for (int j = verb + 1; j < Math.min(s.endToken(), verb + 12); j++) {
      String w = lower(tokens.get(j).word());
      if (TEMPORAL_ANCHORS.contains(w)) {
        return null;
      }
      if (w.equals(",") || w.equals(";")) {
        break;
      }
    }
    String tag = tokens.get(verb).pos();
    boolean tensed = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    if (!tensed) {
      for (int j = a.chainStart; j < verb; j++) {
        String t = tokens.get(j).pos();
        if (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP")) {
          tensed = true;
        }
      }
    }
    return tensed ? published : null;
  }

  /** The value of the time expression in the predicate's own clause, nearest first, or null. */
  private String governingTime(Sentence s, int head, boolean nominal) {
    if (times.isEmpty()) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int sBegin = doc.offsets().toCodePoint(s.begin());
    int sEnd = doc.offsets().toCodePoint(s.end());
    for (TimeMention tm : times) {
      // only calendar values (2024-05-16, 2024-05, 2024, 2024-W20): not durations or PAST_REF/FUTURE_REF
      if (tm.value() == null || !CALENDAR.matcher(tm.value()).matches() || tm.start() < sBegin || tm.end() > sEnd) {
        continue;
      }
      int tokenAt = tokenAtCodePoint(s, tm.start());
      if (tokenAt < 0) {
        continue;
      }
      boolean reachable = tokenAt > head ? sameClause(s, head, tokenAt, nominal) : sameClause(s, tokenAt, head, false)
          || frontedTime(s, tokenAt, head);
      if (!reachable) {
        continue;
      }
      int d = Math.abs(tokenAt - head);
      if (d < bestDistance) {
        bestDistance = d;
        best = tm.value();
      }
    }
    return best;
  }

  private int tokenAtCodePoint(Sentence s, int cp) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      int b = doc.offsets().toCodePoint(tokens.get(t).begin());
      int e = doc.offsets().toCodePoint(tokens.get(t).end());
      if (cp >= b && cp < e || b >= cp) {
        return t;
      }
    }
    return -1;
  }

  /** Whether no clause boundary lies between tokens {@code from} and {@code to}. */
  private boolean sameClause(Sentence s, int from, int to, boolean nominalRelative) {
    int start = from + 1;
    if (nominalRelative && start + 1 < to && tokens.get(start).word().equals(",")
        && Set.of("which", "that").contains(lower(tokens.get(start + 1).word()))) {
      start += 2;
    }
    for (int j = start; j < to; j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      if (w.equals(",") || w.equals(";") || w.equals(":") || t.pos().equals("WDT") || t.pos().equals("WP")
          || w.equals("that") && !t.pos().equals("DT") || SUBORDINATORS.contains(w) || w.equals("since")
          || w.equals("but") || w.equals("and") && j + 1 < to && tokens.get(j + 1).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** A time in a sentence-initial phrase ("During a visit last month, X warned") governs the main clause. */
  private boolean frontedTime(Sentence s, int timeToken, int head) {
    Token first = tokens.get(s.firstToken());
    if (!first.pos().equals("IN") && !first.pos().equals("RB")) {
      return false;
    }
    int comma = -1;
    for (int j = s.firstToken(); j < head; j++) {
      if (tokens.get(j).word().equals(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0 || timeToken > comma) {
      return false;
    }
    for (int j = comma + 1; j < head; j++) {
      Token t = tokens.get(j);
      String w = lower(t.word());
      if (w.equals(",") || w.equals("that") || t.pos().equals("WDT") || SUBORDINATORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
