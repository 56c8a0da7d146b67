package org.dossier.nlp.speech;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.reference.NameLinks;
import org.dossier.nlp.reference.ReferenceWords;
import org.dossier.nlp.reference.References;
import org.dossier.nlp.syntax.Clauses;

/**
 * A per-document view shared by the speech rules: tokens with lower-cased words and lemmas, the
 * actor each token belongs to, the phrase finders (noun phrase left or right of a verb), and the
 * references the shared {@link org.dossier.nlp.reference.ReferenceResolver} resolved. Built once per document and
 * confined to the thread that built it.
 */
final class SpeechDoc {
  private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "\"", "\u201c", "\u201d", "`", "'",
      "\u2018", "\u2019", "\u00ab", "\u00bb");

  final Doc doc;
  final String text;
  final List<Token> tokens;
  final List<Sentence> sentences;
  final Lexicon lex;
  final String[] lower;
  final String[] lemma;
  /** For each token, the actor it names (a linked mention or a surname), or null. */
  final String[] actorOf;
  final Map<String, Actor> actors = new HashMap<>();
  /** The document's resolved pronouns and descriptions (the shared reference resolver's layer). */
  final References refs;
  /** The clause layer (empty for sentences that were not parsed). */
  final Clauses clauses;
  /** Tokens inside quoted content (filled by the components that know the quotes). */
  final boolean[] quoted;
  final NounPhrases phrases = new NounPhrases(this);

  private SpeechDoc(Doc doc) {
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.lex = Lexicon.get();
    int n = tokens.size();
    lower = new String[n];
    lemma = new String[n];
    quoted = new boolean[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lower[i] = t.word().toLowerCase(Locale.ROOT);
      lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
    }
    for (Actor a : doc.find(Layers.ACTORS).orElse(List.of())) {
      actors.put(a.id(), a);
    }
    actorOf = NameLinks.actorOfTokens(doc);
    refs = References.of(doc);
    clauses = Clauses.of(doc);
  }

  static SpeechDoc of(Doc doc) {
    return new SpeechDoc(doc);
  }

  boolean isHonorific(int i) {
    return ReferenceWords.get().isHonorific(lower[i]);
  }

  boolean isOrganization(String actorId) {
    Actor a = actorId == null ? null : actors.get(actorId);
    return a != null && a.type() == ActorType.ORGANIZATION;
  }

  boolean isPerson(String actorId) {
    Actor a = actors.get(actorId);
    return a != null && a.type() == ActorType.PERSON;
  }

  Token tok(int i) {
    return tokens.get(i);
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  boolean isQuoteMark(int i) {
    return QUOTE_MARKS.contains(tokens.get(i).word()) || "``".equals(pos(i)) || "''".equals(pos(i));
  }

  boolean isPunct(int i) {
    String w = tokens.get(i).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
  }

  /** Clause-internal boundary: punctuation that ends a phrase search. */
  boolean isBoundary(int i) {
    String w = lower[i];
    return isQuoteMark(i) || w.equals(".") || w.equals(";") || w.equals("?") || w.equals("!") || w.equals(":")
        || w.equals("\u2014") || w.equals("--");
  }

  boolean isAdverbLike(int i) {
    String p = pos(i);
    return p.startsWith("RB") || "MD".equals(p);
  }

  boolean isAux(int i) {
    String l = lemma[i];
    return (l.equals("be") || l.equals("have") || l.equals("do")) && pos(i).startsWith("VB");
  }

  boolean isFinite(int i) {
    String p = pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /**
   * Whether token {@code i} is a reporting verb used as a finite or auxiliary-supported verb
   * ("said", "has warned", "would say"), not a participle modifier or a noun.
   */
  boolean isCue(int i) {
    return lex.reportingVerbs.containsKey(lemma[i]) && cueForm(i);
  }

  /**
   * Whether token {@code i} is a verb of praise or blame ({@code stance-verbs.tsv}) in the same
   * finite or auxiliary-supported use: a claim's cue, never a quote's.
   */
  boolean isStanceCue(int i) {
    return lex.stanceVerbs.containsKey(lemma[i]) && cueForm(i);
  }

  /** Whether verb {@code i} is finite or supported by an auxiliary or modal. */
  private boolean cueForm(int i) {
    String p = pos(i);
    if (!p.startsWith("VB")) {
      return false;
    }
    if (lemma[i].equals("point")) {
      return i + 1 < tokens.size() && lower[i + 1].equals("out");
    }
    if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
      return true;
    }
    int j = i - 1;
    while (j >= 0 && pos(j).startsWith("RB")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    if (p.equals("VBN")) {
      return lemma[j].equals("have");
    }
    if (p.equals("VB")) {
      return "MD".equals(pos(j)) || lemma[j].equals("do");
    }
    return false;
  }

  /**
   * At a form of "quote" followed within a few words by "as saying": the index of "saying", else -1
   * ("X was quoted by the agency as saying", "the paper quoted X as saying").
   */
  int quotedAsSaying(int t) {
    if (!lemma[t].equals("quote") || !pos(t).startsWith("VB")) {
      return -1;
    }
    for (int k = t + 1; k + 1 < tokens.size() && k <= t + 10; k++) {
      if (isBoundary(k)) {
        return -1;
      }
      if (lower[k].equals("as") && lemma[k + 1].equals("say")) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Whether verb {@code t} is a passive participle after a form of "be". */
  boolean passiveAt(int t) {
    int j = t - 1;
    while (j >= 0 && pos(j).startsWith("RB")) {
      j--;
    }
    return pos(t).equals("VBN") && j >= 0 && lemma[j].equals("be");
  }

  /** A reporting verb, or a verb that introduces quoted speech only ("continued", "shouted"). */
  boolean isSpeechCue(int i) {
    return isCue(i) || pos(i).startsWith("VB") && lex.quoteVerbs.contains(lemma[i]);
  }

  int[] npLeft(int v, int floor) {
    return phrases.left(v, floor);
  }

  int[] npRight(int v, int ceil) {
    return phrases.right(v, ceil);
  }

  boolean isRelativePronoun(int i) {
    return phrases.isRelativePronoun(i);
  }

  int[] antecedent(int rel) {
    return phrases.antecedent(rel);
  }

  /** The phrase to show as a source: a relative pronoun's antecedent, else the phrase itself. */
  String sourceText(int s, int e) {
    if (e - s == 1 && isRelativePronoun(s)) {
      int[] a = antecedent(s);
      if (a != null) {
        return text(a[0], a[1]);
      }
    }
    return text(s, e);
  }

  /** The actor a phrase refers to: the actor of its head word, else a person actor inside it. */
  String actorOfPhrase(int s, int e) {
    int head = e - 1;
    if (pos(head).equals("PRP")) {
      return resolvePronoun(head);
    }
    if (e - s == 1 && isRelativePronoun(head)) {
      int[] a = antecedent(head);
      return a == null ? null : actorOfPhrase(a[0], a[1]);
    }
    for (int p = s + 1; p < e - 1; p++) {
      if (lex.phrasePrepositions.contains(lower[p]) && (pos(p).equals("IN") || pos(p).equals("TO"))
          && pos(p - 1).startsWith("NN") && !tokens.get(p - 1).isProperNoun()) {
        // "a spokesman for the ministry": the one spoken for; "sources in Rome": no actor
        if (actorOf[p - 1] != null) {
          return actorOf[p - 1];
        }
        return lex.speaksForNouns.contains(lemma[p - 1]) ? actorOfPhrase(p + 1, e) : null;
      }
    }
    if (actorOf[head] != null) {
      return actorOf[head];
    }
    String described = refs.resolve(s, e).orElse(null);
    if (described != null) {
      // "the minister": the shared resolver's description
      return described;
    }
    if (head - 1 >= s && Character.isLowerCase(tokens.get(head).word().codePointAt(0)) && pos(head).startsWith("NN")
        && actorOf[head - 1] != null && isOrganization(actorOf[head - 1])) {
      // "the small Greens party", "the Likud bloc": an organisation's name before a common noun
      return actorOf[head - 1];
    }
    // a possessive's owner is not the phrase's referent ("China's foreign ministry")
    for (int t = s; t < e; t++) {
      if (actorOf[t] != null && isPerson(actorOf[t])
          && !(t + 1 < e && pos(t + 1).equals("POS"))) {
        boolean ownedHead = false;
        for (int u = t + 1; u < e; u++) {
          if (pos(u).equals("POS")) {
            ownedHead = true;
          }
        }
        if (!ownedHead) {
          return actorOf[t];
        }
      }
    }
    return null;
  }

  /** Whether the phrase can be a source: an actor, a person pronoun, a proper name or a source noun. */
  boolean plausibleSource(int s, int e) {
    int head = e - 1;
    for (int p = s + 1; p < e - 1; p++) {
      if (lex.phrasePrepositions.contains(lower[p]) && pos(p - 1).startsWith("NN")
          && !tokens.get(p - 1).isProperNoun()) {
        // "military sources in Rome": the noun before the complement heads the phrase
        head = p - 1;
        break;
      }
    }
    if (e - s == 1 && isRelativePronoun(head)) {
      int[] a = antecedent(head);
      return a != null && plausibleSource(a[0], a[1]);
    }
    if (pos(head).equals("PRP")) {
      String w = lower[head];
      // "it" for documents and institutions ("it says the campaign broke the law"), but not the
      // dummy subject of "it is said" or "it seems", whose verb is not a reporting verb anyway
      return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i") || w.equals("we")
          || w.equals("it") && head + 1 < tokens.size() && isCue(head + 1);
    }
    if (actorOf[head] != null || tokens.get(head).isProperNoun()) {
      return true;
    }
    // plural common nouns as subjects of reporting verbs are groups of people or documents
    // ("engineers say", "reports suggest"); singular ones must be known source nouns
    return pos(head).equals("NNS") || lex.sourceNouns.contains(lemma[head]) || lex.sourceNouns.contains(lower[head])
        || lex.findingNouns.contains(lemma[head]);
  }

  /**
   * Whether the phrase is headed by a record or measurement ("the latest polls", "video of the
   * arrest", "a 2014 study by X"): the noun before a complement heads it.
   */
  boolean isFinding(int s, int e) {
    int head = e - 1;
    for (int p = s + 1; p < e - 1; p++) {
      if ((pos(p).equals("IN") || lower[p].equals(",")) && pos(p - 1).startsWith("NN")) {
        head = p - 1;
        break;
      }
    }
    return pos(head).startsWith("NN") && lex.findingNouns.contains(lemma[head]);
  }

  /** The actor pronoun {@code t} refers to, as the shared reference resolver decided, or null. */
  String resolvePronoun(int t) {
    return refs.resolve(t, t + 1).orElse(null);
  }

  /** The subject of the clause containing token {@code t}: the phrase before its first verb. */
  int[] clauseSubject(int from, int t) {
    for (int i = from; i <= t && i < tokens.size(); i++) {
      if (pos(i).startsWith("VB") || pos(i).equals("MD")) {
        return npLeft(i, from);
      }
    }
    return null;
  }

  /** Index of the first token whose begin is at or after char {@code c}. */
  int tokenAtOrAfter(int c) {
    return org.dossier.nlp.doc.TokenSearch.atOrAfter(tokens, c);
  }

  int sentenceOf(int tokenIndex) {
    return tokens.get(tokenIndex).sentence();
  }

  /** The text of tokens {@code [s, e)}. */
  String text(int s, int e) {
    return text.substring(tokens.get(s).begin(), tokens.get(e - 1).end());
  }

  /** Negation words at tokens {@code [s, e)}. */
  boolean hasNegation(int s, int e) {
    for (int i = Math.max(0, s); i < e; i++) {
      String w = lower[i];
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no") && !pos(i).equals("UH")) {
        return true;
      }
    }
    return false;
  }
}
