package org.dossier.nlp.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.text.QuoteMarks;

/**
 * One document's reference resolution, token by token in text order (see
 * {@link ReferenceResolver} for the policy). Confined to the thread that runs it.
 */
final class Resolution {
  /** How far back (in sentences) an antecedent is looked for. */
  private static final int MAX_SENTENCES_BACK = 8;
  /** How far back (in sentences) the previous speaker still speaks in "…,” he said. */
  private static final int SPEAKER_SENTENCES = 3;
  /** Modifiers allowed between "the" and a role noun ("the prime minister", "the state prosecutor"). */
  private static final int MAX_DESCRIPTION_MODIFIERS = 6;
  /** How far back (in sentences) "the group" or "the country" looks for its actor. */
  private static final int CLASS_SENTENCES_BACK = 3;

  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final String[] lower;
  private final String[] actorOf;
  private final String[] resolved;
  private final boolean[] quoted;
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Character> gender = new HashMap<>();
  private final ReferenceWords words = ReferenceWords.get();
  /** Subject head token to the clauses it is the (own, not controlled) subject of. */
  private final Map<Integer, List<Clause>> subjectOf = new HashMap<>();
  /** Speech clauses by the token after which their speaker is known: max(predicate, subject). */
  private final TreeMap<Integer, Integer> speechAt = new TreeMap<>();
  private final Set<String> speechVerbs;
  private final Map<Integer, Clause> clauseById = new HashMap<>();

  private String lastSpeaker;
  private int lastSpeakerSentence = -10;
  private int lastSpeakerEnd;

  Resolution(Doc doc, Set<String> speechVerbs) {
    this.speechVerbs = speechVerbs;
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    int n = tokens.size();
    lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
    actorOf = NameLinks.actorOfTokens(doc);
    resolved = new String[n];
    quoted = new boolean[n];
    for (QuoteMarks.Span s : QuoteMarks.scan(doc.text(), doc.get(Layers.PARAGRAPHS))) {
      for (int t = tokenAtOrAfter(s.begin()); t < n && tokens.get(t).begin() < s.end(); t++) {
        quoted[t] = true;
      }
    }
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
    }
    for (int i = 0; i + 1 < n; i++) {
      String next = actorOf[i + 1];
      if (next != null && actorOf[i] == null && isType(next, ActorType.PERSON)) {
        words.genderOf(lower[i]).ifPresent(g -> gender.putIfAbsent(next, g));
      }
    }
    for (Clause c : doc.get(Layers.CLAUSES)) {
      clauseById.put(c.id(), c);
    }
    for (Clause c : doc.get(Layers.CLAUSES)) {
      if (c.controlled()) {
        continue;
      }
      for (int s : c.subjects()) {
        subjectOf.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
        if (c.kind() == Clause.Kind.VERB && speechVerbs.contains(c.lemma()) && !quoted[c.predicate()]) {
          speechAt.put(Math.max(c.predicate(), s), s);
        }
      }
    }
  }

  References run() {
    List<Reference> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Optional<ReferenceWords.Pronoun> p = actorOf[t] == null ? words.pronoun(lower[t]) : Optional.empty();
      if (p.isPresent() && tokens.get(t).pos().startsWith("PRP")) {
        Reference r = pronoun(t, p.get());
        if (r != null) {
          out.add(r);
          resolved[t] = r.actorId();
        }
      } else if (lower[t].equals("the") && actorOf[t] == null) {
        Reference r = description(t);
        if (r != null) {
          out.add(r);
          t = r.head();
          resolved[t] = r.actorId();
        }
      }
      Integer subject = speechAt.get(t);
      if (subject != null) {
        String speaker = actorAt(subject);
        if (speaker != null && isType(speaker, ActorType.PERSON)) {
          lastSpeaker = speaker;
          lastSpeakerSentence = tokens.get(t).sentence();
          lastSpeakerEnd = t + 1;
        }
      }
    }
    return new References(out, gender);
  }

  private Reference pronoun(int t, ReferenceWords.Pronoun p) {
    if (p.subjectOnly() && !subjectOfVerb(t)) {
      return null;
    }
    int si = tokens.get(t).sentence();
    int sentenceStart = sentences.get(si).firstToken();
    // "…, he said" after the words reported: names in those words are not the speaker
    boolean postposed = speaks(t) && t > sentenceStart && (lower[t - 1].equals(",") || quoted[t - 1]
        || isQuoteMark(t - 1));
    int searchEnd = postposed ? sentenceStart : t;
    if (lastSpeaker != null && speaks(t) && si - lastSpeakerSentence <= SPEAKER_SENTENCES
        && compatible(lastSpeaker, p) && !otherPersonBetween(lastSpeakerEnd, Math.max(lastSpeakerEnd, searchEnd),
            lastSpeaker)) {
      // "…,” she said after a run of her quotes: the speaker goes on
      learnGender(lastSpeaker, p, lastSpeakerEnd - 1, si);
      return new Reference(t, t + 1, lastSpeaker, Reference.Kind.PRONOUN, lastSpeakerEnd - 1);
    }
    // in its own sentence a person pronoun takes the first person (subjects come first: "X told Y
    // he …"), a pronoun of groups and organisations the nearest ("talks with the rebels … in their
    // bid to …")
    int found = p.types().contains(ActorType.PERSON) ? first(sentenceStart, searchEnd, p)
        : nearest(sentenceStart, searchEnd, p);
    for (int back = 1; found < 0 && back <= MAX_SENTENCES_BACK && si - back >= 0; back++) {
      Sentence s = sentences.get(si - back);
      found = first(s.firstToken(), s.endToken(), p);
    }
    if (found < 0) {
      return null;
    }
    String actor = actorAt(found);
    learnGender(actor, p, found, si);
    return new Reference(t, t + 1, actor, Reference.Kind.PRONOUN, found);
  }

  /** "X said she …": a pronoun resolved within its sentence tells X's gender to the pronouns after it. */
  private void learnGender(String actor, ReferenceWords.Pronoun p, int antecedent, int sentence) {
    if (p.gender() != '-' && tokens.get(antecedent).sentence() == sentence) {
      gender.putIfAbsent(actor, p.gender());
    }
  }

  /** The last token in {@code [from, to)} outside quotes naming an actor compatible with {@code p}. */
  private int nearest(int from, int to, ReferenceWords.Pronoun p) {
    for (int i = to - 1; i >= from; i--) {
      String a = actorOf[i];
      if (a != null && !quoted[i] && compatible(a, p)) {
        return i;
      }
    }
    return -1;
  }

  /** The first token in {@code [from, to)} outside quotes naming an actor compatible with {@code p}. */
  private int first(int from, int to, ReferenceWords.Pronoun p) {
    for (int i = from; i < to; i++) {
      String a = actorOf[i];
      if (a != null && !quoted[i] && compatible(a, p)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "the minister said": the one person actor named before {@code t} whose role title ends with
   * the description's head noun, or null when none or several do.
   */
  private Reference description(int t) {
    // "the minister", "the 53-year-old state prosecutor": modifiers, then a singular common noun
    int k = t + 1;
    while (k + 1 < tokens.size() && k - t - 1 < MAX_DESCRIPTION_MODIFIERS && actorOf[k] == null
        && (isModified(k) || tokens.get(k).pos().equals("CD")) && isModified(k + 1)) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).pos().equals("NN") || actorOf[k] != null
        || k + 1 < tokens.size() && (tokens.get(k + 1).isNoun() || tokens.get(k + 1).pos().equals("POS"))) {
      return null;
    }
    String head = tokens.get(k).lemma() == null ? lower[k] : tokens.get(k).lemma().toLowerCase(Locale.ROOT);
    Set<ActorType> kind = words.classNoun(head);
    if (!kind.isEmpty()) {
      int at = nearestOfType(t, kind);
      return at < 0 ? null : new Reference(t, k + 1, actorOf[at], Reference.Kind.DESCRIPTION, at);
    }
    String found = null;
    int at = -1;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < t; i++) {
      String a = actorOf[i];
      if (a == null || !seen.add(a) || !isType(a, ActorType.PERSON)) {
        continue;
      }
      for (Role r : actors.get(a).roles()) {
        String title = r.title().toLowerCase(Locale.ROOT);
        if (title.equals(head) || title.endsWith(" " + head)) {
          if (found != null && !found.equals(a)) {
            return null;
          }
          found = a;
          at = i;
        }
      }
    }
    return found == null ? null : new Reference(t, k + 1, found, Reference.Kind.DESCRIPTION, at);
  }

  /**
   * "the Islamic group", "the country": the nearest earlier mention outside quotes of an actor of
   * one of {@code types}, at most {@link #CLASS_SENTENCES_BACK} sentences back; -1 when none.
   */
  private int nearestOfType(int t, Set<ActorType> types) {
    int floor = sentences.get(Math.max(0, tokens.get(t).sentence() - CLASS_SENTENCES_BACK)).firstToken();
    for (int i = t - 1; i >= floor; i--) {
      String a = actorOf[i];
      if (a != null && !quoted[i] && actors.containsKey(a) && types.contains(actors.get(a).type())) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token {@code k} can continue a description after a modifier. */
  private boolean isModified(int k) {
    String pos = tokens.get(k).pos();
    return pos.startsWith("JJ") || pos.equals("NN") || pos.equals("HYPH");
  }

  /** The actor token {@code i} names or, for a resolved pronoun, refers to. */
  private String actorAt(int i) {
    return actorOf[i] != null ? actorOf[i] : resolved[i];
  }

  private boolean compatible(String actorId, ReferenceWords.Pronoun p) {
    Actor a = actors.get(actorId);
    if (a == null || !p.types().contains(a.type())) {
      return false;
    }
    if (a.type() != ActorType.PERSON || p.gender() == '-') {
      return true;
    }
    Character g = gender.get(actorId);
    return g == null || g == p.gender();
  }

  private boolean isType(String actorId, ActorType type) {
    Actor a = actors.get(actorId);
    return a != null && a.type() == type;
  }

  /**
   * Whether {@code t} is the subject of a verb that is not a copula ("it said", not "it is unclear"),
   * or of a predicate with an infinitive reported by a verb of speech ("X says it is willing to ...";
   * the expletive "it" of "X said it was unclear whether ..." stays unresolved).
   */
  private boolean subjectOfVerb(int t) {
    for (Clause c : subjectOf.getOrDefault(t, List.of())) {
      if (c.kind() == Clause.Kind.VERB && !c.lemma().equals("be")) {
        return true;
      }
      Clause parent = clauseById.get(c.parent());
      if (parent != null && parent.kind() == Clause.Kind.VERB && speechVerbs.contains(parent.lemma())
          && hasInfinitive(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code c} has an infinitive complement ("it is willing to withdraw", "ready to talk"),
   * which an expletive "it is unclear whether ..." has not.
   */
  private boolean hasInfinitive(Clause c) {
    for (int id : c.complements()) {
      Clause k = clauseById.get(id);
      if (k != null && "xcomp".equals(k.relation())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is the subject of a verb of speech ("he said", "said he"). */
  private boolean speaks(int t) {
    for (Clause c : subjectOf.getOrDefault(t, List.of())) {
      if (c.kind() == Clause.Kind.VERB && speechVerbs.contains(c.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person other than {@code speaker} is named outside quotes in tokens {@code [from, to)}. */
  private boolean otherPersonBetween(int from, int to, String speaker) {
    for (int t = from; t < to; t++) {
      String a = actorOf[t];
      if (a != null && !quoted[t] && !a.equals(speaker) && isType(a, ActorType.PERSON)) {
        return true;
      }
    }
    return false;
  }

  private boolean isQuoteMark(int i) {
    String pos = tokens.get(i).pos();
    return pos.equals("''") || pos.equals("``") || lower[i].equals("\"");
  }

  private int tokenAtOrAfter(int c) {
    return org.dossier.nlp.doc.TokenSearch.atOrAfter(tokens, c);
  }
}
