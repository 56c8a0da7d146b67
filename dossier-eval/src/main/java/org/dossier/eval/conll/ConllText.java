package org.dossier.eval.conll;

import java.util.ArrayList;
import java.util.List;
import org.dossier.eval.score.IobChunker;
import org.dossier.eval.score.TokenAligner;
import org.dossier.eval.score.TypedSpan;

/**
 * A CoNLL document rebuilt as text for the pipeline: tokens joined by single spaces, every
 * sentence its own block (a blank line between sentences, so no sentence is merged or split by
 * the reader), with the gold chunks as document-level token spans.
 *
 * @param text    the rebuilt text
 * @param aligner char spans to gold tokens
 * @param gold    gold chunks (token spans, CoNLL types)
 */
record ConllText(String text, TokenAligner aligner, List<TypedSpan> gold) {

  static ConllText of(ConllReader.Document doc) {
    StringBuilder sb = new StringBuilder();
    List<Integer> begins = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<TypedSpan> gold = new ArrayList<>();
    for (ConllReader.Sentence s : doc.sentences()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      int offset = begins.size();
      for (int i = 0; i < s.words().size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        begins.add(sb.length());
        sb.append(s.words().get(i));
        ends.add(sb.length());
      }
      for (TypedSpan c : IobChunker.chunks(s.tags())) {
        gold.add(new TypedSpan(c.begin() + offset, c.end() + offset, c.type()));
      }
    }
    int[] b = begins.stream().mapToInt(Integer::intValue).toArray();
    int[] e = ends.stream().mapToInt(Integer::intValue).toArray();
    return new ConllText(sb.toString(), new TokenAligner(b, e), List.copyOf(gold));
  }
}
