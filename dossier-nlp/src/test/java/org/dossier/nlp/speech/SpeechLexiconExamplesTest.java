package org.dossier.nlp.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
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

  /**
   * A "-" example: nothing found matches; a "+" one: something found matches and one of those meets
   * {@code requirement}.
   */
  private static <T> void expect(String polarity, String what, List<T> found, Predicate<T> matches,
      Consumer<T> requirement) {
    List<T> matching = found.stream().filter(matches).toList();
    if (polarity.equals("-")) {
      assertThat(matching).as(what).isEmpty();
      return;
    }
    assertThat(matching).as(what + " -> " + found).isNotEmpty();
    assertThat(matching).anySatisfy(requirement::accept);
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
    expect(polarity, "goals of: " + sentence, d.goals(), g -> g.text().startsWith(start), g -> {
      assertThat(name(d, g.actor())).isEqualTo(holder);
      assertThat(g.negated()).isEqualTo(negated.equals("yes"));
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("claimExamples")
  void claims_lexiconExample_foundOrNot(String polarity, String sentence, String start, String source,
      String certainty) throws InputException {
    Dossier d = extract(sentence);
    expect(polarity, "claims of: " + sentence, d.claims(), c -> c.text().startsWith(start), c -> {
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
