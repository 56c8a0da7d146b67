package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Goal;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.pipeline.Component;

/**
 * Finds what actors want: a goal trigger from the lexicon ("wants", "seeks", "is trying to", "is
 * keen to", "is under pressure to", "has long sought", "X's bid to" …), its holder (the subject
 * actor, a pronoun resolved to the nearest compatible person, the possessor of a nominal trigger,
 * or the subject of the first of two coordinated verb phrases), and the wanted thing up to the end
 * of its phrase. Wanting to avoid something ("to avoid further alienating X"), refusing or not
 * wanting makes the goal {@code negated}. Goals whose holder is no actor are not reported.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoalExtractor implements Component {
  /** Verb triggers that may take a noun-phrase object as the wanted thing ("sought more help"). */
  private static final Set<String> OBJECT_VERBS = Set.of("want", "seek", "demand", "desire", "crave", "push",
      "press", "lobby", "call", "fight", "long", "hope", "aim", "wish", "plan");
  private static final Set<String> HOLDER_CONJUNCTIONS = Set.of("and", "but", "or");

  @Override
  public String name() {
    return "goals";
  }

  @Override
  public Set<Layer<?>> requires() {
    return SpeechLayers.AFTER_QUOTES;
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.GOALS, SpeechLayers.GOAL_ATTRIBUTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    SpeechDoc sd = SpeechDoc.of(doc);
    for (Attribution a : doc.get(SpeechLayers.QUOTE_ATTRIBUTIONS)) {
      int ft = sd.tokenAtOrAfter(a.contentBegin());
      int lt = sd.tokenAtOrAfter(a.contentEnd());
      for (int t = ft; t < lt; t++) {
        sd.quoted[t] = true;
      }
    }
    CodePointIndex offsets = doc.offsets();
    List<Goal> goals = new ArrayList<>();
    List<Attribution> holders = new ArrayList<>();
    for (Sentence s : sd.sentences) {
      if (s.heading()) {
        continue;
      }
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        if (sd.quoted[t]) {
          continue;
        }
        int next = match(sd, s, t, goals, holders, offsets);
        if (next > t) {
          t = next - 1;
        }
      }
    }
    return doc.with(Layers.GOALS, List.copyOf(goals)).with(SpeechLayers.GOAL_ATTRIBUTIONS, List.copyOf(holders));
  }

  /** Tries every trigger at {@code t}; returns the token after the goal found, or {@code t}. */
  private static int match(SpeechDoc sd, Sentence s, int t, List<Goal> goals, List<Attribution> holders,
      CodePointIndex offsets) {
    List<Lexicon.Trigger> candidates = sd.lex.goalTriggersByFirst.get(sd.lemma[t]);
    if (candidates == null) {
      candidates = sd.lex.goalTriggersByFirst.get(sd.lower[t]);
    }
    if (candidates == null) {
      return t;
    }
    for (Lexicon.Trigger trig : candidates) {
      String[] w = trig.lemmas();
      if (t + w.length > s.endToken()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < w.length && ok; i++) {
        ok = sd.lemma[t + i].equals(w[i]) || sd.lower[t + i].equals(w[i]);
      }
      if (!ok || !kindFits(sd, trig, t)) {
        continue;
      }
      int ts = t + w.length;
      String head = w[0];
      if (trig.kind().equals("verb") && w.length == 1) {
        if (ts + 1 < s.endToken() && (sd.lower[ts].equals("not") || sd.lower[ts].equals("never"))
            && sd.lower[ts + 1].equals("to")) {
          // "vowed not to …": handled with the negation below
        } else if (ts < s.endToken() && (sd.lower[ts].equals("to") || sd.lower[ts].equals("for")
            || sd.lower[ts].equals("at") && head.equals("aim")
            || sd.lower[ts].equals("that") && (head.equals("hope") || head.equals("wish")))) {
          ts++;
        } else if (!OBJECT_VERBS.contains(head) || ts >= s.endToken()
            || !(sd.pos(ts).startsWith("NN") || sd.pos(ts).startsWith("JJ") || sd.pos(ts).equals("DT")
                || sd.pos(ts).equals("PRP$") || sd.pos(ts).equals("CD"))) {
          continue;
        }
      }
      int[] holder = holder(sd, s, trig, t);
      if (holder == null) {
        continue;
      }
      String actor = holder[0] == -2 ? sd.resolvePronoun(holder[1]) : sd.actorOfPhrase(holder[0], holder[1]);
      if (actor == null) {
        continue;
      }
      boolean negated = trig.negative();
      if (holder[0] >= 0 && sd.hasNegation(holder[1], t) || holder[0] == -2 && sd.hasNegation(holder[1] + 1, t)) {
        negated = !negated;
      }
      if (ts < s.endToken() && (sd.lower[ts].equals("not") || sd.lower[ts].equals("never"))) {
        negated = !negated;
        ts++;
        if (ts < s.endToken() && sd.lower[ts].equals("to")) {
          ts++;
        }
      }
      int avoided = avoidVerb(sd, ts, s.endToken());
      if (avoided > ts) {
        negated = !negated;
        ts = avoided;
      }
      int te = end(sd, s, ts, trig.kind().equals("noun"));
      if (te <= ts) {
        continue;
      }
      int b = sd.tok(ts).begin();
      int e = sd.tok(te - 1).end();
      String id = "g" + (goals.size() + 1);
      goals.add(new Goal(id, actor, sd.text.substring(b, e), negated, offsets.toCodePoint(b), offsets.toCodePoint(e)));
      int hb = holder[0] == -2 ? holder[1] : holder[0];
      int he = holder[0] == -2 ? holder[1] + 1 : holder[1];
      holders.add(new Attribution(id, b, e, sd.tok(hb).begin(), sd.tok(he - 1).end(),
          sd.tok(t).begin(), sd.tok(t + w.length - 1).end()));
      return te;
    }
    return t;
  }

  private static boolean kindFits(SpeechDoc sd, Lexicon.Trigger trig, int t) {
    String p = sd.pos(t);
    return switch (trig.kind()) {
      case "verb" -> p.startsWith("VB") && !(p.equals("VBN") && !afterHave(sd, t));
      case "noun" -> p.startsWith("NN");
      default -> true;
    };
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

  /**
   * The holder phrase: {@code {start, end}} of a noun phrase, or {@code {-2, pronounIndex}} for a
   * possessive pronoun owner ("his bid to"), or null.
   */
  private static int[] holder(SpeechDoc sd, Sentence s, Lexicon.Trigger trig, int t) {
    int from = s.firstToken();
    if (trig.kind().equals("noun")) {
      int k = t - 1;
      while (k >= from && sd.pos(k).startsWith("JJ")) {
        k--;
      }
      if (k >= from && sd.pos(k).equals("PRP$")) {
        return new int[] {-2, k};
      }
      if (k - 1 >= from && sd.pos(k).equals("POS")) {
        return sd.npLeft(k, from);
      }
      return null;
    }
    int j = t - 1;
    while (j >= from && (sd.isAdverbLike(j) || sd.isAux(j))) {
      j--;
    }
    if (j >= from && HOLDER_CONJUNCTIONS.contains(sd.lower[j])) {
      // coordinated verb phrases share the first one's subject
      return sd.clauseSubject(from, j);
    }
    if (j >= from && sd.lower[j].equals("who") && j - 1 > from && sd.lower[j - 1].equals(",")) {
      return sd.npLeft(j - 1, from);
    }
    return sd.npLeft(t, from);
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
    while (k < s.endToken()) {
      String w = sd.lower[k];
      if (w.equals(",") || sd.isBoundary(k) || sd.quoted[k] && k > ts) {
        break;
      }
      if (nominal && k > ts && sd.isFinite(k)) {
        // "X's refusal to condemn Y has worsened …": the sentence's own verb ends the goal
        break;
      }
      if ((w.equals("and") || w.equals("but") || w.equals("or")) && k + 1 < s.endToken()
          && (sd.isFinite(k + 1) || w.equals("but"))) {
        break;
      }
      k++;
    }
    return k;
  }
}
