package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.model.DocumentInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ConjunctSubjects} and {@link SourceAffiliation} on the whole pipeline (parse, actors, clause
 * layer, coders), with sentences written for the test.
 */
class EventTargetFiltersTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static List<String> events(String text) throws Exception {
    Dossier d = extractor.extract(DocumentInfo.of("t", LocalDate.of(2024, 5, 17), text));
    Map<String, Actor> actors = d.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    return d.events().stream().map(e -> e.cameo().substring(0, 2) + " " + names(e.source(), actors) + "->"
        + names(e.target(), actors)).toList();
  }

  private static String names(List<String> ids, Map<String, Actor> actors) {
    return ids.stream().map(id -> actors.containsKey(id) ? actors.get(id).name() : id).sorted()
        .collect(Collectors.joining(","));
  }

  @Test
  void filtered_nextConjunctsSubject_isNoTarget() throws Exception {
    List<String> out = events("Japan would send food to the camps, Canada would train the police, and Brazil "
        + "would command the mission.");
    assertThat(out).noneMatch(e -> e.matches(".*->.*(Canada|Brazil).*"));
  }

  @Test
  void filtered_coSubjectsOfAMeeting_stayEachOthersTargets() throws Exception {
    List<String> out = events("Germany and France met in Paris on Monday.");
    assertThat(out).anyMatch(e -> e.startsWith("04 Germany->France"));
  }

  @Test
  void affiliation_countryInsideSourcesSubjectPhrase_isNoTarget() throws Exception {
    List<String> out = events("On a trip to the region in May, Kenya's then foreign minister Amina Odhiambo "
        + "proposed building a new road in Somalia.");
    assertThat(out).noneMatch(e -> e.matches(".*->.*Kenya.*"));
    assertThat(out).anyMatch(e -> e.startsWith("03 Amina Odhiambo->Somalia"));
  }

  @Test
  void affiliation_partiesOfASubjectWithoutActorHead_stay() throws Exception {
    List<String> out = events("Talks between Israel and Syria resumed in Ankara on Monday.");
    assertThat(out).anyMatch(e -> e.startsWith("04 Israel->Syria"));
  }

  @Test
  void affiliation_countryInsideTheObjectPhrase_staysTarget() throws Exception {
    List<String> out = events("Egyptian President Hosni Mubarak met Jordan's King Abdullah in Cairo.");
    assertThat(out).anyMatch(e -> e.startsWith("04 Hosni Mubarak->Jordan"));
  }
}
