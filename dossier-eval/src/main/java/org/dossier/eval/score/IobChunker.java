package org.dossier.eval.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Chunks a tag sequence the way conlleval does, so that IOB1 (CoNLL-2003: {@code I-} opens a chunk,
 * {@code B-} only separates two adjacent chunks of one type) and IOB2 (every chunk opens with
 * {@code B-}) both give the chunks conlleval counts. Tags are {@code O}, {@code B-TYPE} or
 * {@code I-TYPE}; anything else is an error.
 *
 * <p>Stateless and thread-safe.
 */
public final class IobChunker {
  private IobChunker() {}

  /** The chunks of one sentence, as token spans. */
  public static List<TypedSpan> chunks(List<String> tags) {
    List<TypedSpan> out = new ArrayList<>();
    String prefix = "O";
    String type = "";
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String p;
      String t;
      if ("O".equals(tag)) {
        p = "O";
        t = "";
      } else if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        p = tag.substring(0, 1);
        t = tag.substring(2);
      } else {
        throw new IllegalArgumentException("tag at " + i + " must be O, B-TYPE or I-TYPE, got: " + tag);
      }
      if (start >= 0 && endOfChunk(prefix, p, type, t)) {
        out.add(new TypedSpan(start, i, type));
        start = -1;
      }
      if (startOfChunk(prefix, p, type, t)) {
        start = i;
      }
      prefix = p;
      type = t;
    }
    return out;
  }

  private static boolean endOfChunk(String prev, String tag, String prevType, String type) {
    if ("O".equals(prev)) {
      return false;
    }
    return "O".equals(tag) || "B".equals(tag) || !prevType.equals(type);
  }

  private static boolean startOfChunk(String prev, String tag, String prevType, String type) {
    if ("O".equals(tag)) {
      return false;
    }
    return "B".equals(tag) || "O".equals(prev) || !prevType.equals(type);
  }
}
