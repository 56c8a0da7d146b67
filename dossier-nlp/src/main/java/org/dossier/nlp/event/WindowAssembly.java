package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.event.WindowArgs.Args;
import org.dossier.nlp.event.WindowTriggers.Candidate;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, event assembly: an {@link Event} from a predicate and its arguments (code, mode,
 * refusal, intent, attribution, date), reciprocal events of coordinated sources ("X and Y renewed
 * ties"), and the removal of events subsumed by a more complete one of the same sentence.
 * Per document; not thread-safe.
 */
final class WindowAssembly {
  private final WindowDoc d;
  private final Doc doc;
  private final CameoCodebook codebook;
  private final List<Token> tokens;
  private final WindowArgs args;
  private final WindowDates dates;
  private final WindowMode modes;
  private final WindowSubjects subjects;

  WindowAssembly(WindowDoc d, WindowArgs args, WindowDates dates, WindowMode modes, WindowSubjects subjects) {
    this.d = d;
    this.doc = d.doc;
    this.codebook = d.codebook;
    this.tokens = d.tokens;
    this.args = args;
    this.dates = dates;
    this.modes = modes;
    this.subjects = subjects;
  }

  Event build(Sentence s, Candidate c, Args a) {
    LexEntry entry = c.entry();
    a.target.removeAll(a.source);
    args.placesToCountries(a, entry.has("loc2target"));
    if (a.target.isEmpty() && a.location != null && WindowArgs.locativeRecipient(entry.code()) && d.knownPlace(a.location)) {
      args.placesToCountries(a, true);
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
    String mode = modes.mode(s, a.chainStart, chainHead, c.head());
    if (entry.noun() && a.governor < 0 && mode.equals("asserted")) {
      int v = modes.followingPredicate(s, c.head());
      if (v >= 0) {
        mode = modes.mode(s, subjects.chainStart(s, v), v, v);
      }
    }
    String refusal = modes.refusalCode(a.chainStart, chainHead, c.head(), code, mode);
    if (refusal != null) {
      code = refusal; // the refusal itself is what happened: "will not accept" is a rejection
      mode = "asserted";
    }
    boolean intent = false;
    String attributed = modes.attribution(s, c.head());
    if (attributed != null && (a.source.contains(attributed) && a.source.size() == 1)
        && !modes.insideQuoteOrClaim(c.head())) {
      attributed = null; // a speaker's own act, not something resting on their word
    }
    if (attributed != null && mode.equals("asserted")) {
      mode = "reported";
    }
    if ((mode.equals("future") || mode.equals("hypothetical")) && (modes.statedIntent(a.chainStart, chainHead)
        || WindowMode.hostile(code) && modes.conditionFollows(s, c.head()))) {
      String stated = IntentCodes.intentOf(code);
      intent = !stated.equals(code);
      code = stated;
    }
    if (mode.equals("hypothetical") && (a.source.isEmpty() || a.target.isEmpty())) {
      return null; // "aid could be sent to X", "could provide relief": a possibility missing a party
    }
    CameoCode cc = codebook.resolve(code).orElse(null);
    String date = intent ? dates.intentDate(s, c.head(), a, mode, entry.noun())
        : dates.date(s, c.head(), a, mode, entry.noun());
    return new Event("e0", code, cc == null ? null : cc.plover(), cc == null ? null : cc.quad(),
        cc == null ? null : cc.goldstein(), cc == null ? null : cc.label(), List.copyOf(a.source),
        List.copyOf(a.target), a.location, date, mode, attributed, doc.offsets().span(s.begin(), s.end()));
  }

  /**
   * The reciprocal event of a PETRARCH paired code ({@link LexEntry#pairedCode()}): {@code e} coded
   * from its target to its source with the second code, or null when the entry has no paired code,
   * {@code e} lacks a source or a target, or {@code e} is no longer the entry's own act (a refusal
   * or an intent made of it: "did not arrive" has no host).
   */
  Event paired(LexEntry entry, Event e) {
    String pair = digits(entry.pairedCode());
    if (pair == null || e.source().isEmpty() || e.target().isEmpty() || !e.cameo().equals(digits(entry.code()))) {
      return null;
    }
    CameoCode cc = codebook.resolve(pair).orElse(null);
    return new Event("e0", pair, cc == null ? null : cc.plover(), cc == null ? null : cc.quad(),
        cc == null ? null : cc.goldstein(), cc == null ? null : cc.label(), e.target(), e.source(), e.location(),
        e.date(), e.mode(), e.attributedTo(), e.evidence());
  }

  static String digits(String code) {
    if (code == null) {
      return null;
    }
    int n = 0;
    while (n < code.length() && n < 4 && Character.isDigit(code.charAt(n))) {
      n++;
    }
    return n >= 2 ? code.substring(0, n) : null;
  }

  /** Roots of acts that coordinated actors do with one another: intend to cooperate, consult, cooperate. */
  static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");

  /** Codes of the mutual roots that are one-way acts: make a visit, host a visit (CAMEO 042, 043). */
  static final Set<String> ONE_WAY_CODES = Set.of("042", "043");

  static final Set<String> MUTUAL_WORDS = Set.of("each", "one", "both", "jointly", "together");

  /** Nouns of a relation between the parties: "their meeting" is mutual, "their populations" not. */
  static final Set<String> MUTUAL_NOUNS = Set.of("meeting", "meetings", "talks", "ties", "relations",
      "cooperation", "summit", "dispute", "partnership", "negotiations", "agreement", "friendship", "rivalry",
      "differences", "alliance", "relationship", "contacts", "dialogue", "consultations", "conflict", "feud");

  /**
   * "Gondor and Osgiliath renewed ties", "X and Y postponed their meeting": coordinated sources with
   * no target act toward one another when the act is mutual (consultation or cooperation, or a
   * "their"/"each other" right after the predicate) — one event per member, targeting the others.
   */
  List<Event> reciprocal(Sentence s, int head, Event e) {
    if (e.source().size() < 2 || !e.target().isEmpty()) {
      return List.of(e);
    }
    // a visit or a hosting has a place or a host, never the co-visitors: "X and Y visited Z"
    boolean mutual = MUTUAL_ROOTS.contains(e.cameo().substring(0, 2)) 
        && !(e.cameo().length() >= 3 && ONE_WAY_CODES.contains(e.cameo().substring(0, 3)));
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
      out.add(e.withParties(List.of(member), others));
    }
    return out;
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

  static boolean allPlaces(List<String> ids, Map<String, Actor> actorsById) {
    for (String id : ids) {
      Actor a = actorsById.get(id);
      if (a == null || a.type() != ActorType.LOCATION) {
        return false;
      }
    }
    return true;
  }

  /** The countries of {@code ids} (an actor without one stands for itself). */
  static Set<String> countries(List<String> ids, Map<String, Actor> actorsById) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      Actor a = actorsById.get(id);
      out.add(a != null && a.country() != null ? a.country() : id);
    }
    return out;
  }
}
