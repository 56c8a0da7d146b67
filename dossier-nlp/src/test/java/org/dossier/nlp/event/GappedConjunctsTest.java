package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gapped conjuncts ("Greece promised 700 troops, Turkey 500") on the whole pipeline (issue 18). */
class GappedConjunctsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ghana has pledged 300 peacekeepers, Nigeria 500 and Senegal 200.|03|Ghana,Nigeria,Senegal|",
      "Spain is expected to provide 900 soldiers; Greece has promised up to 700 troops; Turkey, 500; Romania, 400."
          + "|03|Greece,Turkey,Romania|",
      // no number after the actor: no gapped conjunct, and no event for Nigeria
      "Ghana has pledged 300 peacekeepers, Nigeria said on Monday.|03|Ghana|Nigeria",
  })
  void code_gappedList_everyListedActorIsASource(String sentence, String root, String sources, String absent)
      throws Exception {
    Dossier d = extractor.extract(DocumentInfo.of("ex", LocalDate.of(2024, 5, 17), sentence));
    Map<String, Actor> actors = d.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    List<String> found = d.events().stream().filter(e -> e.cameo().startsWith(root))
        .flatMap(e -> e.source().stream()).map(id -> actors.get(id).name()).distinct().toList();
    assertThat(found).as(d.events().toString()).containsAll(List.of(sources.split(",")));
    if (absent != null) {
      assertThat(found).doesNotContain(absent);
    }
  }
}
