package org.dossier.nlp.speech;

import java.util.Set;
import org.dossier.nlp.doc.Sentence;

/**
 * Finds who wants a goal: the phrase that holds a goal trigger and the actor it names. The holder
 * of a verb or adjective trigger is its subject (the first of two coordinated verbs' subject, the
 * antecedent of "who", the main clause's subject for ", trying to …", the modified noun or the
 * main clause's subject for a reduced relative "a resolution calling for …"); of a nominal
 * trigger its possessor ("X's bid to", "his drive to") or, for an object ("stepped up efforts
 * to"), the clause's subject; of a purpose phrase ("in a bid to", "in order to") the clause's
 * subject. First-person pronouns inside someone's words resolve to whoever speaks them.
 *
 * <p>Confined to the thread of its {@link SpeechDoc}.
 */
final class GoalHolder {
  private static final Set<String> HOLDER_CONJUNCTIONS = Set.of("and", "but", "or");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");

  /** A holder phrase {@code [begin, end)} and the actor it names (null when none). */
  record Holder(int begin, int end, String actor) {}

  private final SpeechDoc sd;
  /** For each token, the actor whose words (quote or claim content) contain it, or null. */
  private final String[] voice;

  GoalHolder(SpeechDoc sd, String[] voice) {
    this.sd = sd;
    this.voice = voice;
  }

  /** The holder of trigger {@code trig} at token {@code t}, or null when no actor holds it. */
  Holder find(Sentence s, Lexicon.Trigger trig, int t) {
    int from = clauseFloor(s, t);
    switch (trig.kind()) {
      case "noun", "noun-obj" -> {
        int k = t - 1;
        while (k >= from && (sd.pos(k).startsWith("JJ") || sd.isQuoteMark(k))) {
          k--;
        }
        if (k >= from && sd.pos(k).equals("PRP$")) {
          return of(k, k + 1);
        }
        if (k - 1 >= from && sd.pos(k).equals("POS")) {
          int[] np = sd.npLeft(k, from);
          return np == null ? null : of(np[0], np[1]);
        }
        if (k >= from && k == t - 1 && sd.pos(k).startsWith("NN") && sd.actorOf[k] != null) {
          // "US efforts to …", "police recommendations that …": the actor naming the nominal
          return of(k, k + 1);
        }
        // "X stepped up efforts to …", "made a call for …": the nominal is the verb's object
        return nearestSubject(from, t);
      }
      case "purpose" -> {
        Holder h = nearestSubject(from, t);
        if (h == null || h.actor() == null) {
          // "So that we can …" in someone's words: the speaker wants it
          String v = voice[t];
          return v == null ? null : new Holder(t, t + 1, v);
        }
        return h;
      }
      case "modal", "modal-first" -> {
        // "the soldiers should be on the ground", "we will triple …": what the speaker wants
        return voice[t] == null ? null : new Holder(t, t + 1, voice[t]);
      }
      default -> {
        return verbHolder(from, t);
      }
    }
  }

  private Holder verbHolder(int from, int t) {
    int j = t - 1;
    while (j >= from && (sd.isAdverbLike(j) || sd.isAux(j))) {
      j--;
    }
    if (j >= from && HOLDER_CONJUNCTIONS.contains(sd.lower[j])) {
      // coordinated verb phrases share the first one's subject
      return subject(from, j);
    }
    if (j >= from && sd.lower[j].equals("who") && j - 1 > from && sd.lower[j - 1].equals(",")) {
      int[] np = sd.npLeft(j - 1, from);
      return np == null ? null : of(np[0], np[1]);
    }
    String p = sd.pos(t);
    if ((p.equals("VBG") || p.equals("VBN") && !GoalExtractor.mistaggedPast(sd, t)) && j >= from && j == t - 1) {
      if (sd.lower[j].equals(",")) {
        // "…, trying to gain concessions": the main clause's subject
        return nearestSubject(from, j);
      }
      if (sd.pos(j).startsWith("NN")) {
        // a reduced relative: "a resolution calling for …" — the noun if it is an actor, else
        // whoever issued it, the clause's subject
        Holder h = of(j, j + 1);
        return h != null && h.actor() != null ? h : nearestSubject(from, j);
      }
    }
    int[] np = sd.npLeft(t, from);
    if (np == null) {
      return null;
    }
    return of(np[0], np[1]);
  }

  /** The subject of a modal: the noun phrase just before it. */
  private Holder modalSubject(int from, int t) {
    int[] np = sd.npLeft(t, from);
    return np == null ? null : of(np[0], np[1]);
  }

  /** The subject of the clause around {@code t}: the phrase before its first verb outside quotes. */
  Holder subject(int from, int t) {
    for (int i = from; i < t; i++) {
      String p = sd.pos(i);
      if (!(p.startsWith("VB") || p.equals("MD")) || sd.quoted[i] && !sd.quoted[t]) {
        continue;
      }
      int[] np = sd.npLeft(i, from);
      return np == null ? null : of(np[0], np[1]);
    }
    return null;
  }

  /**
   * The subject of the verb nearest before {@code t} outside quotes: the clause a nominal or
   * purpose phrase belongs to ("Natsios arrived in Khartoum in a bid to …").
   */
  Holder nearestSubject(int from, int t) {
    for (int i = t - 1; i >= from; i--) {
      String p = sd.pos(i);
      if (!(p.startsWith("VB") || p.equals("MD")) || sd.quoted[i] && !sd.quoted[t]) {
        continue;
      }
      int k = i;
      while (k - 1 >= from && (sd.isAux(k - 1) || sd.isAdverbLike(k - 1))) {
        k--;
      }
      int[] np = sd.npLeft(k, from);
      if (np == null && k - 1 >= from && HOLDER_CONJUNCTIONS.contains(sd.lower[k - 1])) {
        return subject(from, k - 1);
      }
      if (np == null && k - 1 >= from && sd.pos(k - 1).startsWith("VB") && sd.pos(i).equals("VBG")) {
        i = k; // "forces began deploying … to …": the subject of the verb before the gerund
        continue;
      }
      return np == null ? null : of(np[0], np[1]);
    }
    return null;
  }

  /** The holder phrase {@code [b, e)} with the actor it names. */
  private Holder of(int b, int e) {
    if (b < 0 || e <= b) {
      return null;
    }
    int head = e - 1;
    String actor;
    if (e - b == 1 && FIRST_PERSON.contains(sd.lower[head])) {
      actor = voice[head];
    } else if (e - b == 1 && sd.pos(head).equals("PRP$")) {
      actor = sd.resolvePronoun(head);
    } else {
      actor = sd.actorOfPhrase(b, e);
    }
    return new Holder(b, e, actor);
  }

  /** The clause floor: the sentence start, or just after a ";" before {@code t}. */
  private int clauseFloor(Sentence s, int t) {
    for (int k = t - 1; k > s.firstToken(); k--) {
      if (sd.lower[k].equals(";")) {
        return k + 1;
      }
    }
    return s.firstToken();
  }
}
