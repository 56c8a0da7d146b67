package org.dossier.nlp.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-document bound of the selective parse. */
class DependencyParserTest {
  private static Doc doc;

  @BeforeAll
  static void annotate() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("The minister said the army attacked the village on Monday. ");
    }
    doc = Extractor.create(DossierConfig.defaults())
        .annotate(DocumentInfo.of("budget", LocalDate.of(2024, 5, 17), text.toString()));
  }

  private static Set<Integer> parsedSentences(Doc d) {
    List<Sentence> sentences = d.get(Layers.SENTENCES);
    Set<Integer> out = new TreeSet<>();
    for (Dependency dep : d.get(Layers.DEPENDENCIES)) {
      for (Sentence s : sentences) {
        if (dep.dependent() >= s.firstToken() && dep.dependent() < s.endToken()) {
          out.add(s.index());
        }
      }
    }
    return out;
  }

  @Test
  void apply_defaultBudget_parsesEveryChosenSentence() {
    assertThat(parsedSentences(doc)).hasSize(12);
  }

  @Test
  void apply_documentOverBudget_parsesOnlyTheFirstSentencesThatFit() {
    int perSentence = doc.get(Layers.SENTENCES).get(0).size();
    DependencyParser bounded = new DependencyParser(
        ParseSelector.withSpeechTriggers(List.of("attack")), 100, perSentence * 3);
    assertThat(parsedSentences(bounded.apply(doc))).containsExactly(0, 1, 2);
  }

  @Test
  void constructor_nonPositiveBudget_isRejected() {
    assertThatThrownBy(() -> new DependencyParser(ParseSelector.withSpeechTriggers(List.of()), 100, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
