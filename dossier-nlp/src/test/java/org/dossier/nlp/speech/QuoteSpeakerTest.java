package org.dossier.nlp.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Quote;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quote speakers and kinds on texts written for these tests ({@code quote-speaker-examples.tsv}). */
class QuoteSpeakerTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = QuoteSpeakerTest.class.getResourceAsStream("quote-speaker-examples.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 4) {
          throw new IllegalStateException("quote-speaker-examples.tsv: expected 4 columns: " + line);
        }
        out.add(Arguments.of((Object[]) c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("examples")
  void speaker_example_expectedSpeakerAndKind(String text, String start, String speaker, String kind)
      throws Exception {
    Dossier d = extractor.extract(DocumentInfo.of("quote", LocalDate.of(2024, 5, 17), text + "\n"));
    Quote q = d.quotes().stream().filter(x -> x.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + start + " in " + d.quotes()));
    String name = q.speaker() == null ? "-" : d.actors().stream().filter(a -> a.id().equals(q.speaker()))
        .map(a -> a.name()).findFirst().orElse(q.speaker());
    assertThat(name).as(q.toString()).isEqualTo(speaker);
    assertThat(q.kind()).isEqualTo(kind);
  }
}
