package org.dossier.nlp.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Goal;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the example sentences that document the speech lexicons (goal triggers and phrases,
 * reporting verbs, hedges and hedge frames, source nouns): each positive example must yield its
 * goal or claim, each negative one must not.
 */
class SpeechLexiconExamplesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Dossier extract(String text) throws InputException {
    return extractor.extract(DocumentInfo.of("example", LocalDate.of(2024, 5, 17), text + "\n"));
  }

  private static String name(Dossier d, String actorId) {
    return d.actors().stream().filter(a -> a.id().equals(actorId)).map(a -> a.name()).findFirst().orElse(null);
  }

  static Stream<Arguments> goalExamples() throws IOException {
    return rows("goal-examples.tsv", 5);
  }

  static Stream<Arguments> claimExamples() throws IOException {
    return rows("claim-examples.tsv", 5);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("goalExamples")
  void goals_lexiconExample_foundOrNot(String polarity, String sentence, String holder, String start,
      String negated) throws InputException {
    Dossier d = extract(sentence);
    List<Goal> matching = d.goals().stream().filter(g -> g.text().startsWith(start)).toList();
    if (polarity.equals("-")) {
      assertThat(matching).as("goals of: " + sentence).isEmpty();
      return;
    }
    assertThat(matching).as("goals of: " + sentence + " -> " + d.goals()).isNotEmpty();
    assertThat(matching).anySatisfy(g -> {
      assertThat(name(d, g.actor())).isEqualTo(holder);
      assertThat(g.negated()).isEqualTo(negated.equals("yes"));
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("claimExamples")
  void claims_lexiconExample_foundOrNot(String polarity, String sentence, String start, String source,
      String certainty) throws InputException {
    Dossier d = extract(sentence);
    List<Claim> matching = d.claims().stream().filter(c -> c.text().startsWith(start)).toList();
    if (polarity.equals("-")) {
      assertThat(matching).as("claims of: " + sentence).isEmpty();
      return;
    }
    assertThat(matching).as("claims of: " + sentence + " -> " + d.claims()).isNotEmpty();
    assertThat(matching).anySatisfy(c -> {
      String written = c.sourceText() != null ? c.sourceText() : c.source() == null ? "-" : name(d, c.source());
      if (source.equals("-")) {
        assertThat(c.source()).isNull();
        assertThat(c.sourceText()).isNull();
      } else {
        assertThat(written).isEqualTo(source);
      }
      assertThat(c.certainty()).isEqualTo(certainty);
    });
  }

  private static Stream<Arguments> rows(String file, int columns) throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = SpeechLexiconExamplesTest.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + file);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != columns) {
          throw new IllegalStateException(file + ": expected " + columns + " columns: " + line);
        }
        out.add(Arguments.of((Object[]) c));
      }
    }
    return out.stream();
  }
}
