package org.dossier.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

/**
 * A sentence as the time and amount grammars read it: tokens with hyphenated compounds that the
 * tokenizer split ("two", "-", "day") joined back into one word ("two-day"), lower-cased, with the
 * final period of abbreviations dropped ("Sept." reads "sept").
 *
 * <p>Immutable after construction; not shared between threads.
 */
public final class Words {
  private final String[] lower;
  private final String[] raw;
  private final String[] pos;
  private final int[] firstToken;
  private final int[] endToken;
  private final int[] begin;
  private final int[] end;

  private Words(int n) {
    lower = new String[n];
    raw = new String[n];
    pos = new String[n];
    firstToken = new int[n];
    endToken = new int[n];
    begin = new int[n];
    end = new int[n];
  }

  /** The words of sentence {@code s}. */
  public static Words of(String text, List<Token> tokens, Sentence s) {
    List<int[]> groups = new ArrayList<>();
    int i = s.firstToken();
    int last = Math.min(s.endToken(), tokens.size());
    while (i < last) {
      int j = i + 1;
      // join X - Y when written without spaces: "two-day", "third-quarter", "mid-March"
      while (j + 1 < last && isHyphen(tokens.get(j).word()) && tokens.get(j).begin() == tokens.get(j - 1).end()
          && tokens.get(j + 1).begin() == tokens.get(j).end()) {
        j += 2;
      }
      groups.add(new int[] {i, j});
      i = j;
    }
    Words w = new Words(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      Token first = tokens.get(groups.get(g)[0]);
      Token lastTok = tokens.get(groups.get(g)[1] - 1);
      String r = text.substring(first.begin(), lastTok.end());
      w.raw[g] = r;
      String l = r.toLowerCase(Locale.ROOT);
      if (l.length() > 1 && l.endsWith(".") && l.indexOf('.') == l.length() - 1) {
        l = l.substring(0, l.length() - 1);
      }
      w.lower[g] = l.replace('\u2019', '\'');
      w.pos[g] = lastTok.pos() == null ? "" : lastTok.pos();
      w.firstToken[g] = first.index();
      w.endToken[g] = lastTok.index() + 1;
      w.begin[g] = first.begin();
      w.end[g] = lastTok.end();
    }
    return w;
  }

  private static boolean isHyphen(String word) {
    return "-".equals(word) || "\u2010".equals(word) || "\u2011".equals(word);
  }

  /** Number of words. */
  public int size() {
    return lower.length;
  }

  /** Lower-cased word {@code i}, or "" outside the sentence. */
  public String w(int i) {
    return i >= 0 && i < lower.length ? lower[i] : "";
  }

  /** The word as written, or "" outside the sentence. */
  public String raw(int i) {
    return i >= 0 && i < raw.length ? raw[i] : "";
  }

  /** POS tag of the word's last token, or "" outside the sentence. */
  public String pos(int i) {
    return i >= 0 && i < pos.length ? pos[i] : "";
  }

  /** Whether word {@code i} starts with an upper-case letter. */
  public boolean cap(int i) {
    String r = raw(i);
    return !r.isEmpty() && Character.isUpperCase(r.charAt(0));
  }

  /** Index of the word's first token. */
  public int firstToken(int i) {
    return firstToken[i];
  }

  /** Index after the word's last token. */
  public int endToken(int i) {
    return endToken[i];
  }

  /** First char of the word. */
  public int begin(int i) {
    return begin[i];
  }

  /** Char after the word. */
  public int end(int i) {
    return end[i];
  }
}
