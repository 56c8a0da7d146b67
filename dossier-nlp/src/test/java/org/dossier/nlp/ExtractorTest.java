package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.DossierAssertions;
import org.dossier.model.DossierJson;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private static final String TEXT = "Mayor Ana Lopez of Springfield met Governor Tom Hart in Boston on Monday.\n"
      + "What Lopez Wants\n"
      + "Ms. Lopez wants a new bridge. Mr. Hart said the state would pay for it.\n";
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Dossier extract(String id, String text) throws InputException {
    return extractor.extract(DocumentInfo.of(id, LocalDate.of(2024, 5, 17), text));
  }

  private static Actor actor(Dossier d, String name) {
    return d.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + name + " in " + d.actors()));
  }

  @Test
  void extract_fixture_validSchemaAndExactOffsets() throws InputException {
    Dossier d = extract("fixture", TEXT);
    assertThat(d.document().text()).isEqualTo(TEXT);
    DossierAssertions.assertValidAgainstSchema(DossierJson.toJson(d));
    DossierAssertions.assertOffsetsSliceText(d);
    // every stage runs, linguistic layers first; later issues add components in between
    assertThat(d.provenance().components()).containsSubsequence("paragraphs", "corenlp", "ner-mentions", "actors")
        .contains("quotes", "claims", "goals", "events", "times", "amounts", "geo");
  }

  @Test
  void extract_surnameMentions_joinFullNameAndPersonsStayApart() throws InputException {
    Dossier d = extract("fixture", TEXT);
    Actor lopez = actor(d, "Ana Lopez");
    Actor hart = actor(d, "Tom Hart");
    assertThat(lopez.type()).isEqualTo(ActorType.PERSON);
    assertThat(lopez.mentions()).extracting(m -> m.text()).contains("Ana Lopez", "Lopez");
    assertThat(hart.mentions()).extracting(m -> m.text()).contains("Tom Hart", "Hart");
    assertThat(lopez.mentions()).noneMatch(m -> m.text().contains("Hart"));
    assertThat(lopez.mentions()).noneMatch(m -> m.text().startsWith("Ms"));
  }

  @Test
  void annotate_headingWithoutPunctuation_isItsOwnSentence() throws InputException {
    Doc doc = extractor.annotate(DocumentInfo.of("fixture", null, TEXT));
    List<String> sentences = doc.get(Layers.SENTENCES).stream().map(s -> doc.text(s.begin(), s.end())).toList();
    assertThat(sentences).contains("What Lopez Wants");
    Sentence heading = doc.get(Layers.SENTENCES).get(sentences.indexOf("What Lopez Wants"));
    assertThat(heading.heading()).isTrue();
  }

  @Test
  void extract_textWithEmoji_offsetsCountCodePoints() throws InputException {
    String text = "\uD83D\uDE00\uD83D\uDE00 Governor Tom Hart visited Boston on Monday.";
    Dossier d = extract("emoji", text);
    Actor hart = actor(d, "Tom Hart");
    assertThat(hart.mentions().get(0).start()).isEqualTo(text.indexOf("Tom") - 2);
    DossierAssertions.assertOffsetsSliceText(d);
  }

  @Test
  void extract_organisationInPlaceAndItsFellow_takeThePlacesCountry() throws InputException {
    Dossier d = extract("fellow", "Tom Hart, a senior fellow at the Lakeside Policy Institute in Ohio, said the"
        + " plan would fail.\nHart said the state would pay for it.");
    assertThat(actor(d, "Lakeside Policy Institute").country()).isEqualTo("USA");
    assertThat(actor(d, "Tom Hart").country()).isEqualTo("USA");
  }

  @Test
  void extract_emptyText_rejectedNamingDocument() {
    assertThatThrownBy(() -> extract("empty.txt", "   ")).isInstanceOf(InputException.class)
        .hasMessageContaining("empty.txt");
  }

  @Test
  void extract_parallelThreads_sameResultAsSequential() throws Exception {
    Dossier expected = extract("fixture", TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Dossier>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> extract("fixture", TEXT)));
      }
      for (Future<Dossier> f : futures) {
        assertThat(f.get().actors()).isEqualTo(expected.actors());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
