package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.Claim;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.pipeline.Component;

/**
 * Finds what actors want: a goal trigger from {@code goal-triggers.tsv} ("wants", "seeks", "is
 * trying to", "urged X to", "is keen to", "X's bid to", "in an attempt to", "we must" …), its
 * holder ({@link GoalHolder}) and the wanted thing up to the end of its phrase. Wanting to avoid
 * something ("to avoid further alienating X"), refusing or not wanting makes the goal
 * {@code negated}. Inside quotes and reported claims, first-person holders and deontic modals
 * ("the soldiers should be on the ground") are the speaker's goals. Goals whose holder is no
 * actor are not reported.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoalExtractor implements Component {
  /** Verb triggers that may take a noun-phrase object as the wanted thing ("sought more help"). */
  private static final Set<String> OBJECT_VERBS = Set.of("want", "seek", "demand", "desire", "crave", "push",
      "press", "lobby", "call", "fight", "long", "hope", "aim", "wish", "plan", "propose", "recommend",
      "threaten", "vow", "pledge", "promise");
  private static final Set<String> CONTINUATIONS = Set.of("and", "but");

  @Override
  public String name() {
    return "goals";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.ACTOR_MENTIONS,
        org.dossier.nlp.reference.References.LAYER, SpeechLayers.QUOTE_ATTRIBUTIONS, Layers.QUOTES, Layers.CLAIMS,
        SpeechLayers.CLAIM_ATTRIBUTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.GOALS, SpeechLayers.GOAL_ATTRIBUTIONS);
  }

  /** Goals found so far and their attributions, with the document's offsets. */
  private record Out(List<Goal> goals, List<Attribution> holders, CodePointIndex offsets) {}

  @Override
  public Doc apply(Doc doc) {
    SpeechDoc sd = SpeechDoc.of(doc);
    String[] voice = new String[sd.tokens.size()];
    List<Quote> quotes = doc.get(Layers.QUOTES);
    List<Attribution> qa = doc.get(SpeechLayers.QUOTE_ATTRIBUTIONS);
    for (int i = 0; i < qa.size(); i++) {
      Attribution a = qa.get(i);
      int ft = sd.tokenAtOrAfter(a.contentBegin());
      int lt = sd.tokenAtOrAfter(a.contentEnd());
      String speaker = i < quotes.size() ? quotes.get(i).speaker() : null;
      for (int t = ft; t < lt; t++) {
        sd.quoted[t] = true;
        voice[t] = speaker;
      }
    }
    List<Claim> claims = doc.get(Layers.CLAIMS);
    List<Attribution> ca = doc.get(SpeechLayers.CLAIM_ATTRIBUTIONS);
    for (int i = 0; i < ca.size() && i < claims.size(); i++) {
      if (claims.get(i).source() == null) {
        continue;
      }
      int ft = sd.tokenAtOrAfter(ca.get(i).contentBegin());
      int lt = sd.tokenAtOrAfter(ca.get(i).contentEnd());
      for (int t = ft; t < lt; t++) {
        if (voice[t] == null) {
          voice[t] = claims.get(i).source();
        }
      }
    }
    GoalHolder holders = new GoalHolder(sd, voice);
    Out out = new Out(new ArrayList<>(), new ArrayList<>(), doc.offsets());
    for (Sentence s : sd.sentences) {
      if (s.heading() || sd.lower[s.endToken() - 1].equals("?")) {
        continue;
      }
      // every token is tried, inside a goal too: "talk with the rebels who … in their bid to oust
      // X" holds the rebels' goal within the speaker's; emit() drops a holder's goal inside its own
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        match(sd, holders, voice, s, t, out);
      }
    }
    return doc.with(Layers.GOALS, List.copyOf(out.goals())).with(SpeechLayers.GOAL_ATTRIBUTIONS,
        List.copyOf(out.holders()));
  }

  /** Tries every trigger at {@code t}; returns the token after the goal found, or {@code t}. */
  private static int match(SpeechDoc sd, GoalHolder holders, String[] voice, Sentence s, int t, Out out) {
    List<Lexicon.Trigger> candidates = sd.lex.goalTriggersByFirst.get(sd.lemma[t]);
    if (candidates == null) {
      candidates = sd.lex.goalTriggersByFirst.get(sd.lower[t]);
    }
    if (candidates == null) {
      return t;
    }
    int end = s.endToken();
    for (Lexicon.Trigger trig : candidates) {
      int after = matchAt(sd, trig.lemmas(), t, end);
      if (after < 0 || !kindFits(sd, trig, t, after, voice)) {
        continue;
      }
      int ts = complementStart(sd, trig, t, after, end);
      if (ts < 0) {
        continue;
      }
      GoalHolder.Holder h = holders.find(s, trig, t);
      if (h == null || h.actor() == null) {
        continue;
      }
      boolean negated = trig.negative();
      if (h.end() <= t && sd.hasNegation(h.end(), t)) {
        negated = !negated;
      }
      int te = emit(sd, s, h, trig, t, after, ts, negated, out);
      if (te < 0) {
        continue;
      }
      // "urged X not to withdraw … but to transfer …": the holder wants the second thing too
      while (te + 1 < end && CONTINUATIONS.contains(sd.lower[te])) {
        int k = te + 1;
        boolean neg = trig.negative();
        if (sd.lower[k].equals("not") || sd.lower[k].equals("never")) {
          neg = !neg;
          k++;
        }
        int from;
        if (k + 1 < end && sd.lower[k].equals("to") && sd.pos(k + 1).startsWith("VB")) {
          from = k + 1;
        } else if ((sd.pos(k).equals("VB") || sd.pos(k).equals("VBP")) && te > 0 && bareVerbGoal(sd, out)) {
          from = k; // "to mitigate the damage and sustain the recovery"
        } else {
          break;
        }
        int next = emit(sd, s, h, trig, t, after, from, neg, out);
        if (next < 0) {
          break;
        }
        te = next;
      }
      return te;
    }
    return t;
  }

  /** Whether the last goal found starts with a verb in its base form ("mitigate the damage"). */
  private static boolean bareVerbGoal(SpeechDoc sd, Out out) {
    if (out.holders().isEmpty()) {
      return false;
    }
    int t = sd.tokenAtOrAfter(out.holders().get(out.holders().size() - 1).contentBegin());
    return t < sd.tokens.size() && sd.pos(t).equals("VB");
  }

  /** Adds one goal starting at {@code ts}; returns the token after it, or -1 when it is empty. */
  private static int emit(SpeechDoc sd, Sentence s, GoalHolder.Holder h, Lexicon.Trigger trig, int t, int after,
      int ts, boolean negated, Out out) {
    int end = s.endToken();
    boolean neg = negated;
    int k = ts;
    if (k < end && (sd.lower[k].equals("not") || sd.lower[k].equals("never"))) {
      neg = !neg;
      k++;
      if (k < end && sd.lower[k].equals("to")) {
        k++;
      }
    }
    int avoided = avoidVerb(sd, k, end);
    if (avoided > k) {
      neg = !neg;
      k = avoided;
    }
    while (k < end && sd.isQuoteMark(k)) {
      k++;
    }
    int te = end(sd, s, k, trig.kind().startsWith("noun"));
    if (te <= k) {
      return -1;
    }
    int b = sd.tok(k).begin();
    int e = sd.tok(te - 1).end();
    int cb = out.offsets().toCodePoint(b);
    int ce = out.offsets().toCodePoint(e);
    if (out.goals().stream().anyMatch(g -> g.actor().equals(h.actor()) && g.start() <= cb && ce <= g.end())) {
      return te; // "wants to try to …": one goal of the holder, not two
    }
    String id = "g" + (out.goals().size() + 1);
    out.goals().add(new Goal(id, h.actor(), sd.text.substring(b, e), neg, cb, ce));
    out.holders().add(new Attribution(id, b, e, sd.tok(h.begin()).begin(), sd.tok(h.end() - 1).end(),
        sd.tok(t).begin(), sd.tok(after - 1).end()));
    return te;
  }

  /** The token after trigger words {@code w} matched from {@code t} (quote marks skipped), or -1. */
  private static int matchAt(SpeechDoc sd, String[] w, int t, int end) {
    int k = t;
    for (int i = 0; i < w.length; i++) {
      while (i > 0 && k < end && sd.isQuoteMark(k)) {
        k++;
      }
      if (k >= end || !(sd.lemma[k].equals(w[i]) || sd.lower[k].equals(w[i]))) {
        return -1;
      }
      k++;
    }
    return k;
  }

  private static boolean kindFits(SpeechDoc sd, Lexicon.Trigger trig, int t, int after, String[] voice) {
    String p = sd.pos(t);
    return switch (trig.kind()) {
      case "verb", "verb-obj" -> p.startsWith("VB") && !(p.equals("VBN") && !afterHave(sd, t)
          && !reducedRelative(sd, t, after) && !(trig.kind().equals("verb-obj") && mistaggedPast(sd, t)));
      case "noun", "noun-obj" -> p.startsWith("NN");
      case "modal" -> p.equals("MD") && voice[t] != null;
      case "modal-first" -> p.equals("MD") && voice[t] != null && t > 0
          && (sd.lower[t - 1].equals("we") || sd.lower[t - 1].equals("i"));
      case "purpose" -> !trig.lemmas()[0].equals("to") || t == 0 || !takesInfinitive(sd.pos(t - 1));
      default -> true;
    };
  }

  /** Tags of words that may take a "to" infinitive of their own ("failed to", "the need to"). */
  private static boolean takesInfinitive(String pos) {
    return pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("MD")
        || pos.equals("TO") || pos.equals("NN") || pos.equals("NNS");
  }

  /**
   * "Troops called on villagers to …": a past tense the tagger read as a participle, known by a
   * noun before it and no finite verb earlier in the sentence (the object and infinitive after it
   * are checked by {@link #objectThenTo}).
   */
  static boolean mistaggedPast(SpeechDoc sd, int t) {
    if (t == 0 || !sd.pos(t - 1).startsWith("NN")) {
      return false;
    }
    int first = sd.sentences.get(sd.sentenceOf(t)).firstToken();
    for (int k = first; k < t; k++) {
      if (sd.isFinite(k)) {
        return false;
      }
    }
    return true;
  }

  /** "a circular aimed at …", "a plan designed to …": a participle right after its noun. */
  private static boolean reducedRelative(SpeechDoc sd, int t, int after) {
    return t > 0 && sd.pos(t - 1).startsWith("NN") && after < sd.tokens.size()
        && (sd.lower[after].equals("at") || sd.lower[after].equals("to"));
  }

  private static boolean afterHave(SpeechDoc sd, int t) {
    for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
      if (sd.lemma[k].equals("have")) {
        return true;
      }
      if (!sd.pos(k).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Where the wanted thing starts after the trigger, or -1 when the trigger takes none here. */
  private static int complementStart(SpeechDoc sd, Lexicon.Trigger trig, int t, int after, int end) {
    int ts = after;
    if (trig.kind().equals("verb-obj") || trig.kind().equals("noun-obj")) {
      return objectThenTo(sd, ts, end);
    }
    if (!trig.kind().equals("verb") || trig.lemmas().length > 1) {
      return ts < end ? ts : -1;
    }
    String head = trig.lemmas()[0];
    if (ts + 1 < end && (sd.lower[ts].equals("not") || sd.lower[ts].equals("never"))
        && sd.lower[ts + 1].equals("to")) {
      return ts;
    }
    int k = ts;
    while (k < end && sd.pos(k).startsWith("RB")) {
      k++;
    }
    if (k + 1 < end && sd.lemma[k].equals("be") && sd.lower[k + 1].equals("to") && t > 0
        && sd.pos(t - 1).startsWith("PRP") && t > 1 && sd.lower[t - 2].equals("what")) {
      // "what we want now is to …"
      return k + 2;
    }
    if (ts < end && (sd.lower[ts].equals("to") || sd.lower[ts].equals("for")
        || sd.lower[ts].equals("at") && head.equals("aim")
        || sd.lower[ts].equals("that") && !sd.pos(ts).equals("DT"))) {
      return ts + 1;
    }
    if (!OBJECT_VERBS.contains(head) || ts >= end) {
      return -1;
    }
    String p = sd.pos(ts);
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("CD")
        || p.equals("VBG") || p.equals("VBN") ? ts : -1;
  }

  /** "urged senior officials (not) to …": the infinitive after the addressee, or -1. */
  private static int objectThenTo(SpeechDoc sd, int from, int end) {
    if (from < end && sd.lower[from].equals("that")) {
      return from + 1;
    }
    for (int k = from + 1; k < Math.min(end, from + 30); k++) {
      if (sd.isFinite(k) || sd.isBoundary(k) && !sd.isQuoteMark(k)) {
        return -1;
      }
      if (sd.lower[k].equals("to") && k + 1 < end && sd.pos(k + 1).startsWith("VB")) {
        return sd.lower[k - 1].equals("not") ? k - 1 : k + 1;
      }
    }
    return -1;
  }

  /** After "avoid", "prevent", "head off" …: the index of the avoided thing, else {@code ts}. */
  private static int avoidVerb(SpeechDoc sd, int ts, int end) {
    for (String[] v : sd.lex.avoidVerbs) {
      if (ts + v.length >= end) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < v.length && ok; i++) {
        ok = sd.lemma[ts + i].equals(v[i]) || sd.lower[ts + i].equals(v[i]);
      }
      if (ok && sd.pos(ts).startsWith("VB")) {
        return ts + v.length;
      }
    }
    return ts;
  }

  /** The wanted thing ends at a clause boundary or before a coordinated finite verb. */
  private static int end(SpeechDoc sd, Sentence s, int ts, boolean nominal) {
    int k = ts;
    boolean inQuote = ts < s.endToken() && sd.quoted[ts];
    while (k < s.endToken()) {
      String w = sd.lower[k];
      // a goal begun outside quotes runs through an embedded quotation; one begun inside ends with it
      if (w.equals(",") || sd.isBoundary(k) && !sd.isQuoteMark(k) || inQuote && k > ts && !sd.quoted[k]) {
        break;
      }
      if (nominal && k > ts && sd.isFinite(k)) {
        // "X's refusal to condemn Y has worsened …": the sentence's own verb ends the goal
        break;
      }
      if ((w.equals("and") || w.equals("but") || w.equals("or")) && k + 1 < s.endToken()
          && (sd.isFinite(k + 1) || w.equals("but") || sd.lower[k + 1].equals("to")
              || sd.lower[k + 1].equals("not"))) {
        break;
      }
      k++;
    }
    while (k > ts && sd.isQuoteMark(k - 1)) {
      k--;
    }
    return k;
  }
}
