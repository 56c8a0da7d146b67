package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the example sentences of every event rule file ({@code # +ex:} and {@code # -ex:} lines of
 * {@code lexicon.tsv}, {@code nominal.tsv}, {@code constructions.tsv} and {@code event-words.tsv}) through the whole
 * pipeline: parse, actors, clause layer, coder.
 */
class EventRulesTest {
  private static final List<String> FILES = List.of("lexicon.tsv", "nominal.tsv", "constructions.tsv",
      "event-words.tsv");
  private static final Pattern EXAMPLE = Pattern.compile(
      "^# ([+-])ex:\\s*(.+?)\\s*=>\\s*(\\d{2})(?:\\s+([^-]*?)\\s*->\\s*(.*?))?\\s*$");
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    for (String file : FILES) {
      String[] lines = read(file).split("\n");
      for (int i = 0; i < lines.length; i++) {
        Matcher m = EXAMPLE.matcher(lines[i].strip());
        if (m.matches()) {
          out.add(Arguments.of(file + ":" + (i + 1), m.group(1).equals("+"), m.group(2), m.group(3),
              m.group(4) == null ? "" : m.group(4).strip(), m.group(5) == null ? "" : m.group(5).strip()));
        }
      }
    }
    return out.stream();
  }

  @Test
  void examples_everyRuleFile_hasPositiveAndNegativeExamples() {
    for (String file : FILES) {
      List<Arguments> of = examples().filter(a -> ((String) a.get()[0]).startsWith(file)).toList();
      assertThat(of).as(file).anyMatch(a -> (boolean) a.get()[1]).anyMatch(a -> !(boolean) a.get()[1]);
    }
  }

  @Test
  void examples_lexicon_coverAllTwentyRoots() {
    Set<String> roots = examples().filter(a -> (boolean) a.get()[1]).map(a -> (String) a.get()[3])
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(roots).hasSize(20);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void code_exampleSentence_givesExpectedRoot(String where, boolean positive, String sentence, String root,
      String source, String target) throws Exception {
    Dossier d = extractor.extract(DocumentInfo.of("ex", LocalDate.of(2024, 5, 17), sentence));
    Map<String, Actor> actors = d.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    List<Event> ofRoot = d.events().stream().filter(e -> e.cameo().startsWith(root)).toList();
    String shown = d.events().stream().map(e -> e.cameo() + " " + names(e.source(), actors) + "->"
        + names(e.target(), actors) + " " + e.mode()).toList().toString();
    if (!positive) {
      // a negative example states no such event: a negated or hypothetical reading may stand, marked so
      assertThat(ofRoot).as(where + " events " + shown)
          .allMatch(e -> e.mode().equals("negated") || e.mode().equals("hypothetical"));
      return;
    }
    assertThat(ofRoot).as(where + " events " + shown)
        .anyMatch(e -> matches(e.source(), source, actors) && matches(e.target(), target, actors));
  }

  private static boolean matches(List<String> ids, String word, Map<String, Actor> actors) {
    return word.isEmpty() || ids.stream().map(actors::get).anyMatch(a -> a != null && a.name().contains(word));
  }

  private static List<String> names(List<String> ids, Map<String, Actor> actors) {
    return ids.stream().map(id -> actors.containsKey(id) ? actors.get(id).name() : id).toList();
  }

  private static String read(String resource) {
    try (InputStream in = EventRulesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
