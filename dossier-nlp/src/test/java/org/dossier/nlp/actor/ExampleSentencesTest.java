package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Role;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example sentences of the word tables: {@code role-examples.tsv} (each must, or must not, give
 * its person the role), {@code entity/place-nouns-examples.tsv} (a name before a place noun is no person)
 * {@code entity/name-repairs-examples.tsv} (a portfolio or a pair of persons is no organisation) and
 * {@code entity/group-nouns-examples.tsv} (which group nouns are actors, with which sector) and
 * {@code actor-words-examples.tsv} (when a capital stands for its country's government).
 */
class ExampleSentencesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() throws URISyntaxException {
    extractor = Extractor.create(DossierConfig.defaults().withKbFiles(List.of(fixture("countries.tsv"),
        fixture("entities.tsv"), fixture("roles.tsv"))));
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ExampleSentencesTest.class.getResource(name).toURI());
  }

  private static Stream<Arguments> rows(String resource) throws IOException, URISyntaxException {
    return Files.readAllLines(fixture(resource), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("sentence\t"))
        .map(l -> Arguments.of((Object[]) l.split("\t")));
  }

  static Stream<Arguments> roles() throws IOException, URISyntaxException {
    return rows("role-examples.tsv");
  }

  static Stream<Arguments> places() throws IOException, URISyntaxException {
    return rows("/org/dossier/nlp/entity/place-nouns-examples.tsv");
  }

  static Stream<Arguments> repairs() throws IOException, URISyntaxException {
    return rows("/org/dossier/nlp/entity/name-repairs-examples.tsv");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("repairs")
  void apply_titleOfPortfolioOrPersonPair_actorTypedAsListed(String sentence, String name, String type)
      throws InputException {
    Dossier d = extractor.extract(DocumentInfo.of("t", LocalDate.of(2006, 5, 17), sentence + "\n"));
    List<String> types = d.actors().stream().filter(a -> a.name().equals(name)).map(a -> a.type().name()).toList();
    assertThat(types).as(sentence).isEqualTo("none".equals(type) ? List.of() : List.of(type));
  }

  static Stream<Arguments> groups() throws IOException, URISyntaxException {
    return rows("/org/dossier/nlp/entity/group-nouns-examples.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void apply_groupNoun_actorAndCodeAsListed(String sentence, String name, String codeEnd) throws InputException {
    Dossier d = extractor.extract(DocumentInfo.of("t", LocalDate.of(2006, 5, 17), sentence + "\n"));
    List<Actor> named = d.actors().stream().filter(a -> a.name().equalsIgnoreCase(name)).toList();
    if ("none".equals(codeEnd)) {
      assertThat(named).as(sentence).isEmpty();
    } else {
      assertThat(named).as(sentence).singleElement()
          .satisfies(a -> assertThat(a.code()).endsWith(codeEnd));
    }
  }

  static Stream<Arguments> capitals() throws IOException, URISyntaxException {
    return rows("actor-words-examples.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("capitals")
  void apply_capitalActingOrAPlace_countryActorAsListed(String sentence, String country, String actor)
      throws InputException {
    assertThat(hasActor(sentence, country, ActorType.COUNTRY)).as(sentence).isEqualTo(Boolean.parseBoolean(actor));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void apply_nameBeforePlaceNoun_noPerson(String sentence, String name, String person) throws InputException {
    assertThat(hasActor(sentence, name, ActorType.PERSON)).as(sentence).isEqualTo(Boolean.parseBoolean(person));
  }

  /** Whether the extract of {@code sentence} has an actor named {@code name} of {@code type}. */
  private static boolean hasActor(String sentence, String name, ActorType type) throws InputException {
    Dossier d = extractor.extract(DocumentInfo.of("t", LocalDate.of(2006, 5, 17), sentence + "\n"));
    return d.actors().stream().anyMatch(a -> a.name().equals(name) && a.type() == type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  void apply_exampleSentence_roleAsListed(String sentence, String person, String title, String of)
      throws InputException {
    String[] row = {sentence, person, title, of};
    Dossier d = extractor.extract(DocumentInfo.of("t", LocalDate.of(2006, 5, 17), row[0] + "\n"));
    Actor a = d.actors().stream().filter(x -> x.name().equals(row[1])).findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + row[1] + " in " + d.actors()));
    if ("-".equals(row[2])) {
      assertThat(a.roles()).as(row[0]).extracting(Role::source).doesNotContain("text");
      return;
    }
    assertThat(a.roles()).as(row[0]).anySatisfy(r -> {
      assertThat(r.title()).isEqualTo(row[2]);
      assertThat(r.source()).isEqualTo("text");
      if (!"-".equals(row[3])) {
        assertThat(r.of()).contains(row[3]);
      }
    });
  }
}
