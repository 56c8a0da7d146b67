package org.dossier.nlp.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared reference resolver on texts written for these tests ({@code reference-examples.tsv}). */
class ReferenceResolverTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Doc annotate(String text) throws Exception {
    return extractor.annotate(DocumentInfo.of("refs", LocalDate.of(2024, 5, 17), text + "\n"));
  }

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = ReferenceResolverTest.class.getResourceAsStream("reference-examples.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 4) {
          throw new IllegalStateException("reference-examples.tsv: expected 4 columns: " + line);
        }
        out.add(Arguments.of(c[0], c[1], Integer.parseInt(c[2]), c[3]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1}#{2} in: {0}")
  @MethodSource("examples")
  void resolve_example_expectedActor(String text, String phrase, int occurrence, String expected)
      throws Exception {
    Doc doc = annotate(text);
    int[] span = find(doc, phrase, occurrence);
    String actor = ReferenceResolver.resolve(doc, span[0], span[1]).map(id -> name(doc, id)).orElse("-");
    assertThat(actor).as(References.of(doc).all().toString()).isEqualTo(expected);
  }

  @Test
  void resolve_headNotAReference_empty() throws Exception {
    Doc doc = annotate("Governor Tom Hart said his brother would run for mayor.");
    int[] his = find(doc, "his", 1);
    assertThat(ReferenceResolver.resolve(doc, his[0], his[1])).map(id -> name(doc, id)).contains("Tom Hart");
    // "his brother" is headed by "brother", which is not a reference
    assertThat(ReferenceResolver.resolve(doc, his[0], his[1] + 1)).isEmpty();
  }

  @Test
  void gender_pronounAfterName_learnedForLaterPronouns() throws Exception {
    Doc doc = annotate("Tom Hart said he would run. Ana Lopez said she would not.");
    String hart = doc.get(Layers.ACTORS).stream().filter(a -> a.name().equals("Tom Hart")).findFirst()
        .orElseThrow().id();
    assertThat(References.of(doc).gender(hart)).contains('M');
  }

  @Test
  void resolve_documentWithoutLayer_empty() throws Exception {
    Doc doc = annotate("Tom Hart said he would run.");
    Doc bare = Doc.of(doc.info());
    assertThat(ReferenceResolver.resolve(bare, 0, 1)).isEmpty();
  }

  private static String name(Doc doc, String id) {
    return doc.get(Layers.ACTORS).stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst()
        .orElse(id);
  }

  /** The token span of the {@code occurrence}-th match of {@code phrase}'s words. */
  private static int[] find(Doc doc, String phrase, int occurrence) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    String[] words = phrase.split(" ");
    int seen = 0;
    for (int i = 0; i + words.length <= tokens.size(); i++) {
      boolean match = true;
      for (int k = 0; k < words.length && match; k++) {
        match = tokens.get(i + k).word().equals(words[k]);
      }
      if (match && ++seen == occurrence) {
        return new int[] {i, i + words.length};
      }
    }
    throw new AssertionError("no " + phrase + " #" + occurrence);
  }
}
