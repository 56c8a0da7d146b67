package org.dossier.nlp.text;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.doc.Paragraph;

/**
 * Pairs quotation marks: straight, curly, guillemet and doubled-apostrophe double marks within a
 * paragraph; a paragraph that ends inside a quote continues into the next one when that one opens
 * with a quotation mark. Stateless. Read by the quote extractor and the reference resolver (which
 * does not take a quoted name as the antecedent of a pronoun outside the quote).
 */
public final class QuoteMarks {
  /** Quoted content in chars, with the chars of its opening and closing marks (-1 when absent). */
  public record Span(int begin, int end, int open, int close) {}

  private QuoteMarks() {}

  /** The quoted spans of {@code text}, paragraph by paragraph. */
  public static List<Span> scan(String text, List<Paragraph> paragraphs) {
    List<Span> out = new ArrayList<>();
    int pendingBegin = -1;
    int pendingEnd = -1;
    for (Paragraph p : paragraphs) {
      int open = -1;
      char openMark = 0;
      int begin = -1;
      if (pendingBegin >= 0) {
        int first = firstNonSpace(text, p.begin(), p.end());
        if (first < p.end() && isOpening(text.charAt(first))) {
          // the quote runs on into this paragraph
          open = first;
          openMark = text.charAt(first);
          begin = pendingBegin;
        } else {
          add(out, text, pendingBegin, pendingEnd, pendingBegin - 1, -1);
        }
        pendingBegin = -1;
      }
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        if (c == '\'' && i + 1 < p.end() && text.charAt(i + 1) == '\'') {
          // a doubled apostrophe stands for a straight double quotation mark in some wire copy
          if (open < 0 && i + 2 < p.end() && !Character.isWhitespace(text.charAt(i + 2))) {
            open = i + 1;
            openMark = '"';
            begin = i + 2;
            i++;
            continue;
          } else if (open >= 0 && openMark == '"') {
            add(out, text, begin, i, begin - 2, i);
            open = -1;
            begin = -1;
            i++;
            continue;
          }
        }
        if (open < 0) {
          if (c == '\u201c' || c == '\u00ab' || c == '\u201e'
              // a closing curly mark typed for an opening one at the start of a line: ”Fear. …”
              || c == '\u201d' && (i == p.begin() || text.charAt(i - 1) == '\n') && i + 1 < p.end()
                  && Character.isLetter(text.charAt(i + 1))
              || c == '"' && i + 1 < p.end() && !Character.isWhitespace(text.charAt(i + 1))
                  && (i == p.begin() || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
            open = i;
            openMark = c;
            begin = i + 1;
          }
        } else if (i == open) {
          continue;
        } else if (c == '\u201d' && openMark != '"' || c == '\u00bb' && openMark == '\u00ab'
            || c == '"' && (openMark == '"' || openMark == '\u201e' || openMark == '\u201c')
            || c == '\u201c' && openMark == '\u201e') {
          add(out, text, begin, i, begin - 1, i);
          open = -1;
          begin = -1;
        }
      }
      if (open >= 0) {
        pendingBegin = begin;
        pendingEnd = p.end();
      }
    }
    if (pendingBegin >= 0) {
      add(out, text, pendingBegin, pendingEnd, pendingBegin - 1, -1);
    }
    return out;
  }

  private static void add(List<Span> out, String text, int begin, int end, int open, int close) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Span(b, e, open, close));
    }
  }

  private static boolean isOpening(char c) {
    return c == '\u201c' || c == '"' || c == '\u00ab' || c == '\u201e';
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

}
