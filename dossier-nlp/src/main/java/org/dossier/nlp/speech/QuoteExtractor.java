package org.dossier.nlp.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.CodePointIndex;
import org.dossier.model.Quote;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Paragraph;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.pipeline.Component;
import org.dossier.nlp.reference.References;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.text.QuoteMarks;
import org.dossier.nlp.text.QuoteMarks.Span;

/**
 * Finds quoted text and who said it. Straight, curly and guillemet double quotation marks are
 * paired within a paragraph; a paragraph that ends inside a quote continues into the next one when
 * that one opens with a quotation mark (the newspaper convention for multi-paragraph quotes).
 *
 * <p>Each quote gets a kind: {@code direct} for quoted clauses, {@code partial} for fragments
 * embedded in reported speech, {@code term} for scare quotes, coined terms and titles (never a
 * speaker). Speakers come from the reporting clause next to the quote ("…,” X said / said X /
 * X told reporters), from the clause that introduces it (X said: “…”, according to X), from the
 * neighbouring sentence, or from the previous quote of an unbroken run; pronouns and descriptions
 * are resolved by the shared {@link org.dossier.nlp.reference.ReferenceResolver}. Quote offsets cover the content without the marks.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor implements Component {
  /** Dashes between a quote and its speaker: "“…” ― Jane Doe". */
  private static final Set<String> DASHES = Set.of("\u2014", "\u2015", "\u2013", "--", "-");
  private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "at", "during", "on", "while",
      "after", "before", "speaking", "via", "through");

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS, Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS, Layers.ACTOR_MENTIONS,
        Layers.CLAUSES, References.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.QUOTES, SpeechLayers.QUOTE_ATTRIBUTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    SpeechDoc sd = SpeechDoc.of(doc);
    List<Span> spans = scan(doc.text(), doc.get(Layers.PARAGRAPHS));
    List<Quote> quotes = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    if (sd.tokens.isEmpty()) {
      return doc.with(Layers.QUOTES, List.of()).with(SpeechLayers.QUOTE_ATTRIBUTIONS, List.of());
    }
    for (Span s : spans) {
      int ft = sd.tokenAtOrAfter(s.begin());
      int lt = sd.tokenAtOrAfter(s.end());
      for (int t = ft; t < lt; t++) {
        sd.quoted[t] = true;
      }
    }
    CodePointIndex offsets = doc.offsets();
    String lastSpeaker = null;
    int lastQuoteParagraph = -10;
    int lastSpeakerSentence = -10;
    // the speaker phrase as written of the last quote attributed in its own sentence ("…,” she said)
    int[] lastPhrase = null;
    int lastPhraseSentence = -10;
    for (Span s : spans) {
      int ft = sd.tokenAtOrAfter(s.begin());
      int lt = sd.tokenAtOrAfter(s.end());
      if (ft >= lt || ft >= sd.tokens.size()) {
        continue;
      }
      Found f = analyse(sd, s, ft, lt);
      String id = "q" + (quotes.size() + 1);
      String speaker = null;
      int srcB = -1;
      int srcE = -1;
      if (!f.kind.equals("term")) {
        if (f.np == null) {
          f.np = transcriptLabel(sd, ft, lt);
        }
        if (f.np != null) {
          // a pronoun ("…,” she said) is the shared resolver's, which keeps a run's speaker
          speaker = sd.actorOfPhrase(f.np[0], f.np[1]);
          srcB = sd.tok(f.np[0]).begin();
          srcE = sd.tok(f.np[1] - 1).end();
        } else if (f.kind.equals("direct") && paragraphOf(sd, ft) - lastQuoteParagraph <= 1) {
          // an unattributed quote continuing a run of quotes by one speaker: that speaker, and the
          // phrase that named it ("“…,” she said. “…”" is hers even when "she" stays unresolved)
          if (lastSpeaker != null && sd.sentenceOf(ft) - lastSpeakerSentence <= 3) {
            speaker = lastSpeaker;
          }
          if (lastPhrase != null && sd.sentenceOf(ft) - lastPhraseSentence <= 3
              && (speaker == null || lastPhraseSentence == lastSpeakerSentence)) {
            srcB = lastPhrase[0];
            srcE = lastPhrase[1];
          }
        }
      }
      String verb = f.kind.equals("term") || f.cue < 0 ? null : sd.tok(f.cue).word();
      String occasion = f.kind.equals("term") || f.cue < 0 ? null : occasion(sd, f);
      quotes.add(new Quote(id, doc.text(s.begin(), s.end()), speaker, f.kind, verb,
          offsets.toCodePoint(s.begin()), offsets.toCodePoint(s.end()), occasion));
      int cueB = f.cue < 0 ? -1 : sd.tok(f.cue).begin();
      int cueE = f.cue < 0 ? -1 : sd.tok(f.cue).end();
      attributions.add(new Attribution(id, s.begin(), s.end(), srcB, srcE, cueB, cueE));
      if (!f.kind.equals("term") && f.np != null) {
        lastPhrase = new int[] {srcB, srcE};
        lastPhraseSentence = sd.sentenceOf(lt - 1);
      }
      if (!f.kind.equals("term") && speaker != null && sd.isPerson(speaker)) {
        lastSpeaker = speaker;
        lastSpeakerSentence = sd.sentenceOf(lt - 1);
      }
      if (f.kind.equals("direct")) {
        lastQuoteParagraph = paragraphOf(sd, lt - 1);
      }
    }
    return doc.with(Layers.QUOTES, List.copyOf(quotes))
        .with(SpeechLayers.QUOTE_ATTRIBUTIONS, List.copyOf(attributions));
  }

  /** "“PENCE: And that is why …”": a transcript's speaker label opening the quote, or null. */
  private static int[] transcriptLabel(SpeechDoc sd, int ft, int lt) {
    int k = ft;
    while (k < Math.min(lt, ft + 3) && sd.tok(k).isProperNoun() && sd.tok(k).isCapitalized()) {
      k++;
    }
    return k > ft && k + 1 < lt && sd.lower[k].equals(":") ? new int[] {ft, k} : null;
  }

  private static int paragraphOf(SpeechDoc sd, int token) {
    return sd.sentences.get(sd.sentenceOf(token)).paragraph();
  }

  /** What the context of one quote says: its kind, its speaker phrase and cue verb. */
  static final class Found {
    String kind = "term";
    int[] np;
    int cue = -1;
  }

  private static Found analyse(SpeechDoc sd, Span s, int ft, int lt) {
    Found f = new Found();
    int om = ft - 1 >= 0 && sd.isQuoteMark(ft - 1) ? ft - 1 : ft;
    int cm = lt < sd.tokens.size() && sd.isQuoteMark(lt) ? lt : lt - 1;
    Sentence so = sd.sentences.get(sd.sentenceOf(om));
    Sentence sc = sd.sentences.get(sd.sentenceOf(Math.max(om, Math.min(cm, sd.tokens.size() - 1))));
    int words = 0;
    boolean finite = false;
    boolean allCaps = true;
    for (int t = ft; t < lt; t++) {
      if (!sd.isPunct(t)) {
        words++;
        finite |= sd.isFinite(t);
        if (!sd.tok(t).isCapitalized() && !sd.pos(t).equals("DT") && !sd.pos(t).equals("IN")
            && !sd.pos(t).equals("CC") && !sd.pos(t).equals("TO")) {
          allCaps = false;
        }
      }
    }
    String last = sd.lower[lt - 1];
    boolean endPunct = last.equals(",") || last.equals(".") || last.equals("?") || last.equals("!")
        || last.equals("\u2026");
    boolean multiSentence = sd.sentenceOf(ft) != sd.sentenceOf(lt - 1);
    boolean atStart = om == so.firstToken() || (om - 1 >= so.firstToken() && sd.isBoundary(om - 1));
    boolean afterColon = om - 1 >= so.firstToken() && sd.lower[om - 1].equals(":");

    // reporting clause after the quote: "…,” X said / said X; a quote ending in "!" or "?" may
    // have been split from it ("…!” exclaimed X.")
    Sentence tail = tailSentence(sd, sc, cm);
    int after = cm + 1;
    while (after < tail.endToken() && (sd.lower[after].equals(",") || isDash(sd.lower[after]))) {
      after++;
    }
    boolean attachedAfter = endPunct || (cm + 1 < tail.endToken() && (sd.lower[cm + 1].equals(",")
        || isDash(sd.lower[cm + 1])));
    if (attachedAfter) {
      for (int t = after; t < Math.min(tail.endToken(), after + 30); t++) {
        if (sd.isBoundary(t) && t > after) {
          break;
        }
        int said = sd.quotedAsSaying(t);
        if (said >= 0) {
          // "X was quoted as saying" (X speaks) / "the paper quoted X as saying" (X speaks)
          int[] np = sd.passiveAt(t) ? sd.npLeft(t, after) : sd.npRight(t, tail.endToken());
          if (np != null && np[0] >= after) {
            f.np = np;
            f.cue = said;
          }
          break;
        }
        if (sd.isSpeechCue(t)) {
          int[] np = t == after ? sd.npRight(t, tail.endToken()) : sd.npLeft(t, after);
          if (np != null && np[0] >= after) {
            f.np = np;
            f.cue = t;
          }
          break;
        }
      }
    }
    // "“…” by June, said Jane Doe": a postposed "said X" later in the sentence
    if (f.cue < 0 && atStart) {
      for (int t = cm + 2; t < tail.endToken(); t++) {
        if (sd.quoted[t] || sd.isBoundary(t) && !sd.isQuoteMark(t)) {
          break;
        }
        if (sd.lower[t - 1].equals(",") && sd.isSpeechCue(t)) {
          int[] np = sd.npRight(t, tail.endToken());
          if (np != null && sd.plausibleSource(np[0], np[1])) {
            f.np = np;
            f.cue = t;
          }
          break;
        }
      }
    }
    // "…,” Jane Doe.: a name alone after the quote
    if (attachedAfter && f.cue < 0 && after < tail.endToken()) {
      String a = sd.actorOf[after];
      int k = after;
      while (k < tail.endToken() && a != null && a.equals(sd.actorOf[k])) {
        k++;
      }
      if (a != null && sd.isPerson(a) && (k == tail.endToken() || k + 1 == tail.endToken() && sd.isPunct(k)
          || lineEndsAfter(sd, k - 1))) {
        f.np = new int[] {after, k};
      }
    }
    // introducing clause before the quote: X said: “…” / X said that “…” / according to X, “…”
    if (f.cue < 0 && f.np == null && om > so.firstToken()) {
      QuoteIntroductions.introduce(sd, f, so.firstToken(), om);
    }
    boolean clauseLevel = atStart || afterColon || multiSentence
        || (om - 1 >= so.firstToken() && sd.lower[om - 1].equals(",") && f.cue >= 0);
    if (clauseLevel && (words >= 3 || f.cue >= 0 || multiSentence)) {
      f.kind = "direct";
    } else if (isModifier(sd, cm, sc) && words <= 6) {
      f.kind = "term";
    } else if (f.cue >= 0 && words >= 2) {
      f.kind = "partial";
    } else if (allCaps && words <= 8 && !endPunct) {
      f.kind = "term";
    } else if (words <= 5 && !finite) {
      f.kind = QuoteIntroductions.cueBefore(sd, so.firstToken(), om) >= 0 && words >= 2 ? "partial" : "term";
    } else {
      f.kind = "partial";
    }
    // ("called the plan a “win-win” deal": the words modify a noun, a term of the writer's)
    int naming = f.kind.equals("term") && !multiSentence && !isModifier(sd, cm, sc)
        ? namingVerb(sd, so.firstToken(), om) : -1;
    if (naming >= 0) {
      // "X called the election a “milestone”": X's word for it, a partial quote of X
      f.kind = "partial";
      f.cue = naming;
      f.np = sd.npLeft(naming, so.firstToken());
    }
    if (isNickname(sd, ft, lt)) {
      f.kind = "term"; // 'said "Old Fox"': the quoted words are a person's name, not speech
    }
    if (f.kind.equals("term")) {
      f.np = null;
      f.cue = -1;
      return f;
    }
    if (f.kind.equals("partial") && f.cue < 0) {
      int c = QuoteIntroductions.cueBefore(sd, so.firstToken(), om);
      if (c >= 0) {
        f.cue = c;
        f.np = sd.npLeft(c, so.firstToken());
      } else {
        // "X met observers, saying the vote will “…”": the main clause's subject
        for (int t = om - 1; t > so.firstToken(); t--) {
          if (sd.pos(t).equals("VBG") && sd.lower[t - 1].equals(",") && sd.lex.reportingVerbs.containsKey(sd.lemma[t])) {
            f.cue = t;
            f.np = sd.clauseSubject(so.firstToken(), t - 1);
            break;
          }
        }
      }
    }
    if (f.kind.equals("direct") && f.np == null) {
      QuoteIntroductions.neighbours(sd, f, so, sc, cm);
    }
    if (f.np != null && !sd.plausibleSource(f.np[0], f.np[1])) {
      f.np = null;
    }
    if (f.np == null) {
      clauseSpeaker(sd, f, so, sc, om, cm);
    }
    return f;
  }

  /**
   * "X called the election a “milestone”": the naming verb (see {@code naming-verbs.txt}) whose
   * object the quote, just before {@code om}, names; -1 when none.
   */
  private static int namingVerb(SpeechDoc sd, int from, int om) {
    int k = om - 1;
    while (k >= from && (sd.lower[k].equals("as") || sd.pos(k).equals("DT") || sd.pos(k).startsWith("JJ"))) {
      k--;
    }
    int objectEnd = k;
    while (k >= from && objectEnd - k < 6 && (sd.phrases.npInternal(k) || sd.pos(k).equals("PRP"))) {
      k--;
    }
    if (k < from || k == objectEnd || !sd.pos(k).startsWith("VB") || sd.quoted[k]
        || !sd.lex.namingVerbs.contains(sd.lemma[k])) {
      return -1;
    }
    return k;
  }

  /**
   * When the token rules found no speaker: the speech verb of the clause layer outside the quote,
   * after the closing mark in its sentence or before the opening mark in its own, nearest to the
   * quote, whose subject lies outside quotes ("“…,” Jane Doe, who heads “The Greens”, said").
   */
  private static void clauseSpeaker(SpeechDoc sd, Found f, Sentence so, Sentence sc, int om, int cm) {
    int bestCue = -1;
    int bestSubject = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int si = so.index(); si <= sc.index(); si++) {
      for (Clause c : sd.clauses.clausesOf(si)) {
        int p = c.predicate();
        boolean afterQuote = si == sc.index() && p > cm;
        boolean beforeQuote = si == so.index() && p < om;
        if (!(afterQuote || beforeQuote) || c.kind() != Clause.Kind.VERB || c.controlled()
            || c.subjects().isEmpty() || sd.quoted[p] || !sd.isSpeechCue(p)) {
          continue;
        }
        int subject = c.subjects().get(0);
        int distance = afterQuote ? p - cm : om - p;
        if (!sd.quoted[subject] && distance < bestDistance) {
          bestCue = p;
          bestSubject = subject;
          bestDistance = distance;
        }
      }
    }
    if (bestCue < 0) {
      return;
    }
    int[] np = sd.clauses.argumentSpan(bestSubject);
    for (int k = bestSubject + 1; k < np[1]; k++) {
      if (sd.isPunct(k)) {
        // the subject phrase as written, without the apposition or relative clause after a comma
        np[1] = k;
        break;
      }
    }
    if (sd.plausibleSource(np[0], np[1])) {
      f.np = np;
      f.cue = bestCue;
    }
  }

  /**
   * The sentence holding the reporting clause after closing mark {@code cm}: its own, or the next
   * one of the paragraph when the splitter cut right after the mark and the next short sentence
   * holds a speech verb before any other quote or opens with a dash before a name.
   */
  private static Sentence tailSentence(SpeechDoc sd, Sentence sc, int cm) {
    if (cm + 1 < sc.endToken() || sc.index() + 1 >= sd.sentences.size()) {
      return sc;
    }
    Sentence n = sd.sentences.get(sc.index() + 1);
    if (n.paragraph() != sc.paragraph() || n.firstToken() != cm + 1) {
      return sc;
    }
    if (isDash(sd.lower[n.firstToken()])) {
      return n; // "“…” ― Jane Doe": the name after a dash
    }
    if (n.size() > 12) {
      return sc;
    }
    for (int t = n.firstToken(); t < n.endToken() && !sd.isQuoteMark(t); t++) {
      if (sd.isSpeechCue(t)) {
        return n;
      }
    }
    return sc;
  }

  /** A dash, or a closing mark glued to one ("”―"), between a quote and its speaker. */
  private static boolean isDash(String w) {
    return DASHES.contains(w) || w.length() == 2 && (w.charAt(0) == '\u201d' || w.charAt(0) == '"')
        && DASHES.contains(w.substring(1));
  }

  /** Whether a line break follows token {@code t} (perhaps after one punctuation mark). */
  private static boolean lineEndsAfter(SpeechDoc sd, int t) {
    int end = sd.tok(t).end();
    if (t + 1 < sd.tokens.size() && sd.isPunct(t + 1) && !sd.isQuoteMark(t + 1)) {
      end = sd.tok(t + 1).end();
    }
    int i = end;
    while (i < sd.text.length() && sd.text.charAt(i) != '\n' && sd.text.charAt(i) != '\r'
        && (Character.isWhitespace(sd.text.charAt(i)) || Character.isSpaceChar(sd.text.charAt(i)))) {
      i++;
    }
    return i >= sd.text.length() || sd.text.charAt(i) == '\n' || sd.text.charAt(i) == '\r';
  }

  /** Whether the quoted tokens {@code [ft, lt)} are exactly one person's name. */
  private static boolean isNickname(SpeechDoc sd, int ft, int lt) {
    String a = sd.actorOf[ft];
    if (a == null || !sd.isPerson(a) || ft > 0 && a.equals(sd.actorOf[ft - 1])) {
      return false;
    }
    for (int t = ft; t < lt; t++) {
      if (!a.equals(sd.actorOf[t])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the closing mark is followed by a noun it modifies (a “no limits” partnership). */
  private static boolean isModifier(SpeechDoc sd, int cm, Sentence sc) {
    int n = cm + 1;
    if (n >= sc.endToken()) {
      return false;
    }
    String p = sd.pos(n);
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("HYPH");
  }

  private static String occasion(SpeechDoc sd, Found f) {
    Sentence s = sd.sentences.get(sd.sentenceOf(f.cue));
    int p = f.cue + 1;
    if (f.np != null && f.np[0] > f.cue) {
      p = f.np[1];
    }
    // "told reporters" and the like: skip the addressee
    while (p < s.endToken() && (sd.pos(p).startsWith("NN") || sd.pos(p).startsWith("RB")
        || sd.pos(p).equals("DT") || sd.pos(p).equals("JJ") || sd.pos(p).equals("PRP"))) {
      p++;
    }
    if (p >= s.endToken() || !OCCASION_PREPOSITIONS.contains(sd.lower[p])) {
      return null;
    }
    boolean named = false;
    for (int t = p + 1; t < Math.min(s.endToken(), p + 6); t++) {
      if (sd.lex.occasionNouns.contains(sd.lower[t])) {
        named = true;
        break;
      }
    }
    if (!named) {
      return null;
    }
    int e = p + 1;
    while (e < s.endToken() && !sd.lower[e].equals(",") && !sd.isBoundary(e)) {
      e++;
    }
    return sd.text(p, e);
  }

  /** Pairs quotation marks paragraph by paragraph; see {@link QuoteMarks}. */
  static List<Span> scan(String text, List<Paragraph> paragraphs) {
    return QuoteMarks.scan(text, paragraphs);
  }
}
