package org.dossier.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;

/**
 * Turns the NER labels on tokens into mentions: maximal runs of one label within a sentence.
 * Honorifics and titles are not part of names: a leading "Mr." or "President" that the tagger
 * labelled is left out of the mention.
 *
 * <p>Stateless and thread-safe.
 */
public final class NerMentions implements Component {
  private static final Set<String> LEADING_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame",
      "president", "prime", "minister", "gen", "general", "sen", "senator", "rep", "gov", "governor",
      "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "secretary", "lt", "col",
      "capt", "adm", "prof", "rev", "mayor", "judge", "justice", "ambassador", "chairman", "sheikh");

  @Override
  public String name() {
    return "ner-mentions";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      int i = s.firstToken();
      while (i < s.endToken()) {
        String label = tokens.get(i).ner();
        if ("O".equals(label)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.endToken() && tokens.get(j).ner().equals(label)) {
          j++;
        }
        int from = i;
        if ("PERSON".equals(label)) {
          while (from < j - 1 && LEADING_TITLES.contains(normalize(tokens.get(from).word()))) {
            from++;
          }
        }
        int b = tokens.get(from).begin();
        int e = tokens.get(j - 1).end();
        mentions.add(new Mention(b, e, from, j, doc.text(b, e), label, "ner"));
        i = j;
      }
    }
    return doc.with(Layers.MENTIONS, List.copyOf(trimHeadingMentions(doc, tokens, mentions)));
  }

  /**
   * In title-cased headings the tagger takes ordinary words for names ("What Lopez Wants" gives
   * "Lopez Wants"). A heading mention keeps only the edge words that a body mention also uses;
   * if none is left, it is dropped.
   */
  private static List<Mention> trimHeadingMentions(Doc doc, List<Token> tokens, List<Mention> mentions) {
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    java.util.Set<String> bodyWords = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (!sentences.get(tokens.get(m.firstToken()).sentence()).heading()) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          bodyWords.add(tokens.get(t).word());
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!sentences.get(tokens.get(m.firstToken()).sentence()).heading()) {
        out.add(m);
        continue;
      }
      int from = m.firstToken();
      int to = m.endToken();
      while (from < to && !bodyWords.contains(tokens.get(from).word())) {
        from++;
      }
      while (to > from && !bodyWords.contains(tokens.get(to - 1).word())) {
        to--;
      }
      if (from < to) {
        int b = tokens.get(from).begin();
        int e = tokens.get(to - 1).end();
        out.add(new Mention(b, e, from, to, doc.text(b, e), m.label(), m.source()));
      }
    }
    return out;
  }

  private static String normalize(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
  }
}
