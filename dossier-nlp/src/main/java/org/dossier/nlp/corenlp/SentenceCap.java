package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator run right after {@code ssplit}: a sentence of more than {@code NAME.maxTokens}
 * tokens is cut into consecutive sentences of near-equal length, none longer than that. CoreNLP's
 * NER decoding ({@code ExactBestSequenceFinder}) does work proportional to the whole sentence's length
 * for every token — quadratic in one sentence: a text that never ends a sentence (a million nested
 * quote marks) took minutes. No real sentence comes near the cap, so news text is untouched.
 *
 * <p>The cut is by tokens, not characters: pieces keep at least half the cap, so that, with the
 * cap more than twice the POS tagger's and parser's longest sentence, a piece of an overlong sentence is
 * still too long to be tagged or parsed, as the whole one was (tagging many pieces of made-up or
 * 200-character tokens cost far more than the decoding it saves).
 *
 * <p>Registered through CoreNLP's {@code customAnnotatorClass.NAME} property; stateless and
 * thread-safe.
 */
public final class SentenceCap implements Annotator {
  /** The property, after the annotator's name and a dot, that holds the most tokens a sentence keeps. */
  public static final String MAX_TOKENS = "maxTokens";

  private final int maxTokens;

  /**
   * The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}.
   *
   * @throws IllegalArgumentException when {@code NAME.maxTokens} is missing or below 2
   */
  public SentenceCap(String name, Properties props) {
    this(Integer.parseInt(props.getProperty(name + "." + MAX_TOKENS, "0")));
  }

  SentenceCap(int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be at least 2, got: " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  /**
   * Where a sentence of {@code n} tokens is cut: the start of every piece, then {@code n}. Fewer than
   * {@code maxTokens + 1} tokens stay whole; otherwise the fewest pieces of at most {@code maxTokens},
   * whose lengths differ by one at most (so each has at least {@code maxTokens / 2}).
   */
  static int[] cuts(int n, int maxTokens) {
    int pieces = Math.max(1, (n + maxTokens - 1) / maxTokens);
    int[] cuts = new int[pieces + 1];
    for (int i = 0; i <= pieces; i++) {
      cuts[i] = (int) ((long) n * i / pieces);
    }
    return cuts;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null
        || sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxTokens)) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    int tokenOffset = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxTokens) {
        renumber(s, tokens, out.size(), tokenOffset);
        out.add(s);
        tokenOffset += tokens.size();
        continue;
      }
      int[] cuts = cuts(tokens.size(), maxTokens);
      for (int i = 0; i + 1 < cuts.length; i++) {
        List<CoreLabel> part = new ArrayList<>(tokens.subList(cuts[i], cuts[i + 1]));
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        Annotation piece = new Annotation(text.substring(begin, end));
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        piece.set(CoreAnnotations.TokensAnnotation.class, part);
        copy(CoreAnnotations.DocIDAnnotation.class, s, piece);
        renumber(piece, part, out.size(), tokenOffset);
        out.add(piece);
        tokenOffset += part.size();
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /** As {@code ssplit} numbers them: the sentence's index and token range, each token's 1-based index. */
  private static void renumber(CoreMap sentence, List<CoreLabel> tokens, int index, int tokenOffset) {
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
    int i = 1;
    for (CoreLabel token : tokens) {
      token.setIndex(i++);
      token.setSentIndex(index);
    }
  }

  private static <V> void copy(Class<? extends CoreAnnotation<V>> key, CoreMap from, CoreMap to) {
    V value = from.get(key);
    if (value != null) {
      to.set(key, value);
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's interface
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes") // CoreNLP's interface
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
