package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.text.DataFile;
import org.dossier.nlp.text.ReportingVerbs;

/**
 * Persons known by a quoted nickname: 'a netizen named "Blue Sky" wrote', '"Old Fox" wrote: …',
 * '"…," said "Old Fox".' The quoted words (one to four capitalised tokens tagged as proper nouns)
 * become a {@code PERSON} mention when a cue of {@code nickname-cues.tsv} stands right before the
 * opening mark, when a reporting verb (the one list, {@code speech/reporting-verbs.tsv}) follows
 * the closing mark, or when the name follows a reporting verb that itself follows a quotation.
 * Without such a context a quoted capitalised phrase is a title or a coined term, not a person.
 *
 * <p>Immutable and thread-safe.
 */
final class Nicknames {
  private static final int MAX_TOKENS = 4;
  /** {@link #cueBefore} of a cue that needs no reporting verb. */
  private static final int ALONE = -1;
  private static final List<String[]> CUES = new ArrayList<>();
  private static final List<Boolean> CUE_ALONE = new ArrayList<>();

  static {
    for (DataFile.Row r : DataFile.tableRows(Nicknames.class, "nickname-cues.tsv")) {
      if (r.fields().length < 2 || !(r.fields()[1].equals("alone") || r.fields()[1].equals("speech"))) {
        throw new IllegalStateException("nickname-cues.tsv:" + r.line() + ": expected cue<TAB>alone|speech");
      }
      CUES.add(r.fields()[0].trim().toLowerCase(Locale.ROOT).split(" "));
      CUE_ALONE.add(r.fields()[1].equals("alone"));
    }
  }
  private static final Set<String> REPORTING = ReportingVerbs.lemmas();

  private Nicknames() {}

  /**
   * Mentions {@code found} of sentence {@code s} with its nicknames added: a nickname replaces the
   * mentions inside it and is skipped when a mention straddles its edge.
   */
  static List<Mention> add(Doc doc, List<Token> tokens, Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found);
    for (int o = s.firstToken(); o + 2 < s.endToken(); o++) {
      if (!isQuote(tokens.get(o))) {
        continue;
      }
      int c = o + 1;
      while (c < s.endToken() && c - o - 1 <= MAX_TOKENS && !isQuote(tokens.get(c))) {
        c++;
      }
      if (c >= s.endToken() || c == o + 1 || c - o - 1 > MAX_TOKENS || !capitalisedName(tokens, o + 1, c)) {
        continue;
      }
      int cue = cueBefore(tokens, s, o);
      boolean speech = reporting(tokens, c + 1, s) || afterQuotedSpeech(tokens, s, o);
      if (cue > 0 && !speech) {
        // '…," said a reader named "Old Fox"': the reporting verb just before the cue's noun
        int v = o - cue - 1;
        while (v > s.firstToken() && v >= o - cue - 3 && nounPhraseWord(tokens.get(v))) {
          v--;
        }
        String p = tokens.get(v).pos();
        speech = v < o - cue - 1 && isReporting(tokens.get(v)) && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"));
      }
      if (cue == ALONE || speech) {
        int b = tokens.get(o + 1).begin();
        int e = tokens.get(c - 1).end();
        // a mention the tagger found inside the nickname ("Fox" of "Old Fox") gives way to it
        if (out.stream().allMatch(m -> m.end() <= b || e <= m.begin() || m.begin() >= b && m.end() <= e)) {
          out.removeIf(m -> m.begin() >= b && m.end() <= e);
          out.add(new Mention(b, e, o + 1, c, doc.text(b, e), "PERSON", "nickname"));
        }
      }
      o = c;
    }
    return out;
  }

  private static boolean capitalisedName(List<Token> tokens, int from, int to) {
    boolean proper = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isCapitalized() || !Character.isLetter(t.word().codePointAt(0))) {
        return false;
      }
      proper |= t.isProperNoun();
    }
    return proper;
  }

  /**
   * The cue right before the opening mark at {@code open}: {@link #ALONE} for a cue that is enough
   * alone, else its length in tokens; 0 when there is none.
   */
  private static int cueBefore(List<Token> tokens, Sentence s, int open) {
    for (int c = 0; c < CUES.size(); c++) {
      String[] cue = CUES.get(c);
      int from = open - cue.length;
      if (from < s.firstToken()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < cue.length && ok; i++) {
        ok = tokens.get(from + i).word().toLowerCase(Locale.ROOT).equals(cue[i]);
      }
      if (ok) {
        return CUE_ALONE.get(c) ? ALONE : cue.length;
      }
    }
    return 0;
  }

  /** A reporting verb at {@code k}, maybe after one adverb ('"Old Fox" also wrote'). */
  private static boolean reporting(List<Token> tokens, int k, Sentence s) {
    if (k < s.endToken() && tokens.get(k).pos().startsWith("RB")) {
      k++;
    }
    return k < s.endToken() && isReporting(tokens.get(k));
  }

  private static boolean nounPhraseWord(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN");
  }

  private static boolean isReporting(Token t) {
    return t.pos().startsWith("VB") && REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** '"…," said "Old Fox"': a reporting verb before the name, right after a quotation's comma. */
  private static boolean afterQuotedSpeech(List<Token> tokens, Sentence s, int open) {
    int v = open - 1;
    if (v - 2 < s.firstToken() || !isReporting(tokens.get(v))) {
      return false;
    }
    return isQuote(tokens.get(v - 1)) || tokens.get(v - 1).word().equals(",") && isQuote(tokens.get(v - 2));
  }

  private static boolean isQuote(Token t) {
    String w = t.word();
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || "``".equals(t.pos()) || "''".equals(t.pos());
  }
}
