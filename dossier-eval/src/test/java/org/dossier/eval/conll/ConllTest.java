package org.dossier.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.dossier.eval.score.TypedSpan;
import org.junit.jupiter.api.Test;

class ConllTest {
  // written for this test: two documents, IOB1 tags
  private static final String FILE = """
      -DOCSTART- -X- O O

      Mara NNP I-NP I-PER
      Quell NNP I-NP I-PER
      left VBD I-VP O
      Brindle NNP I-NP I-LOC
      . . O O

      Zeta NNP I-NP I-ORG
      Corp NNP I-NP I-ORG
      B-test NNP I-NP B-ORG

      -DOCSTART- -X- O O

      Ovarian JJ I-NP I-MISC
      """;

  @Test
  void read_docstartAndBlankLines_giveDocumentsAndSentences() throws IOException {
    List<ConllReader.Document> docs = ConllReader.read(new BufferedReader(new StringReader(FILE)), "test");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).words()).containsExactly("Mara", "Quell", "left", "Brindle", ".");
    assertThat(docs.get(0).sentences().get(1).tags()).containsExactly("I-ORG", "I-ORG", "B-ORG");
  }

  @Test
  void of_document_rebuildsTextWithGoldTokenSpans() throws IOException {
    ConllReader.Document d = ConllReader.read(new BufferedReader(new StringReader(FILE)), "test").get(0);
    ConllText t = ConllText.of(d);
    assertThat(t.text()).isEqualTo("Mara Quell left Brindle .\n\nZeta Corp B-test");
    assertThat(t.gold()).containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"),
        new TypedSpan(5, 7, "ORG"), new TypedSpan(7, 8, "ORG"));
    // a predicted char span "Zeta Corp" maps onto gold tokens 5..7
    int b = t.text().indexOf("Zeta");
    assertThat(t.aligner().tokens(b, b + "Zeta Corp".length(), "ORG")).isEqualTo(new TypedSpan(5, 7, "ORG"));
  }

  @Test
  void of_dossierLabels_mapToConllTypes() {
    assertThat(ConllTypes.of("PERSON")).isEqualTo("PER");
    assertThat(ConllTypes.of("ORGANIZATION")).isEqualTo("ORG");
    assertThat(ConllTypes.of("COUNTRY")).isEqualTo("LOC");
    assertThat(ConllTypes.of("LOCATION")).isEqualTo("LOC");
    assertThat(ConllTypes.of("GROUP")).isEqualTo("MISC");
    assertThat(ConllTypes.of("MISC")).isEqualTo("MISC");
    assertThat(ConllTypes.of("DATE")).isNull();
    assertThat(ConllTypes.of(null)).isNull();
  }
}
