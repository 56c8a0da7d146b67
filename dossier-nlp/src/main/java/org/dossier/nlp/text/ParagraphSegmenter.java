package org.dossier.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Paragraph;
import org.dossier.nlp.pipeline.Component;

/**
 * Splits the text into paragraphs and headings, the blocks no sentence may cross.
 *
 * <p>News text arrives either one paragraph per line or hard-wrapped with blank lines between
 * paragraphs. A blank line always ends a block. A line break ends a block unless the line reads as
 * wrapped prose: it lacks final punctuation and either the next line starts in lower case, or the
 * line ends in a comma, hyphen or similar, or it is a long line that is not title-cased. A short
 * line without final punctuation is therefore a heading ("What Putin Wants") and never merges
 * into the next sentence — CoreNLP's splitter would merge it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParagraphSegmenter implements Component {
  private static final int HEADING_MAX_WORDS = 14;

  @Override
  public String name() {
    return "paragraphs";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Doc apply(Doc doc) {
    return doc.with(Layers.PARAGRAPHS, segment(doc.text()));
  }

  /** Splits {@code text} into blocks; visible for tests. */
  public static List<Paragraph> segment(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r'
          || text.charAt(i) == '\u2029') {
        lines.add(new int[] {start, i});
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    List<Paragraph> blocks = new ArrayList<>();
    int blockBegin = -1;
    int blockEnd = -1;
    boolean blockIsHeading = false;
    for (int li = 0; li < lines.size(); li++) {
      int[] line = trim(text, lines.get(li));
      if (line[0] >= line[1]) {
        if (blockBegin >= 0) {
          blocks.add(new Paragraph(blocks.size(), blockBegin, blockEnd, blockIsHeading));
          blockBegin = -1;
        }
        continue;
      }
      if (blockBegin < 0) {
        blockBegin = line[0];
        blockIsHeading = looksLikeHeading(text, line);
      } else {
        blockIsHeading = false;
      }
      blockEnd = line[1];
      int[] next = li + 1 < lines.size() ? trim(text, lines.get(li + 1)) : null;
      boolean nextBlank = next == null || next[0] >= next[1];
      if (!nextBlank && !continuesOnNextLine(text, line, next)) {
        blocks.add(new Paragraph(blocks.size(), blockBegin, blockEnd, blockIsHeading && isSingleLine(blockBegin, line)));
        blockBegin = -1;
      }
    }
    if (blockBegin >= 0) {
      blocks.add(new Paragraph(blocks.size(), blockBegin, blockEnd, blockIsHeading));
    }
    if (blocks.size() == 1 && blocks.get(0).heading()) {
      // a heading heads something: a text of one short unpunctuated line is its own content
      // ("Rebels seize the airport"), read as a sentence like any other
      Paragraph only = blocks.get(0);
      return List.of(new Paragraph(0, only.begin(), only.end(), false));
    }
    return List.copyOf(blocks);
  }

  private static boolean isSingleLine(int blockBegin, int[] line) {
    return blockBegin == line[0];
  }

  private static int[] trim(String text, int[] line) {
    int b = line[0];
    int e = line[1];
    while (b < e && isSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {b, e};
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** Whether a line break after {@code line} is a soft wrap inside one paragraph. */
  static boolean continuesOnNextLine(String text, int[] line, int[] next) {
    char last = text.charAt(line[1] - 1);
    if (endsSentence(last)) {
      return false;
    }
    if (last == ',' || last == '-' || last == '\u2013' || last == '\u2014' || last == '(' || last == '/') {
      return true;
    }
    int firstOfNext = text.codePointAt(next[0]);
    if (Character.isLowerCase(firstOfNext) || Character.isDigit(firstOfNext)) {
      return true;
    }
    String s = text.substring(line[0], line[1]);
    String[] words = s.split("\\s+");
    return words.length > HEADING_MAX_WORDS || (words.length >= 8 && !isTitleCase(words));
  }

  private static boolean looksLikeHeading(String text, int[] line) {
    char last = text.charAt(line[1] - 1);
    if (endsSentence(last) || last == ',') {
      return false;
    }
    return text.substring(line[0], line[1]).split("\\s+").length <= HEADING_MAX_WORDS;
  }

  private static boolean endsSentence(char c) {
    return ".!?:;\"'\u201d\u2019)]\u2026".indexOf(c) >= 0;
  }

  private static boolean isTitleCase(String[] words) {
    int content = 0;
    int capitalized = 0;
    for (String w : words) {
      if (w.length() >= 4) {
        content++;
        if (Character.isUpperCase(w.codePointAt(0))) {
          capitalized++;
        }
      }
    }
    return content > 0 && capitalized * 10 >= content * 7;
  }
}
