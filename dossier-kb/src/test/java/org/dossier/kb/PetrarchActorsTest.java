package org.dossier.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.dossier.model.ActorType;
import org.junit.jupiter.api.Test;

class PetrarchActorsTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(PetrarchActorsTest.class.getResource("tiny.actors.txt").toURI());
  }

  private static PetrarchActors.Import parse(String text) throws IOException {
    return PetrarchActors.read("dict.txt", new StringReader(text), Map.of("USA", "USA", "CHN", "CHN")::get);
  }

  @Test
  void read_fixture_importsRecordsSynonymsAndDatedCodes() throws Exception {
    PetrarchActors.Import imp = PetrarchActors.read(fixture());
    assertThat(imp.entities()).extracting(KbEntity::id).containsExactly("petrarch:freedonia",
        "petrarch:rufus-t-firefly", "petrarch:trentino-ambassador", "petrarch:international-duck-soup-fund");
    KbEntity firefly = imp.entities().get(1);
    assertThat(firefly.name()).isEqualTo("Rufus T Firefly");
    assertThat(firefly.type()).isEqualTo(ActorType.PERSON);
    assertThat(firefly.code()).isEqualTo("USAELI");
    assertThat(firefly.country()).isEqualTo("USA");
    assertThat(firefly.aliases()).containsExactly("R. T. Firefly");
    assertThat(imp.entities().get(3).type()).isEqualTo(ActorType.ORGANIZATION);
    assertThat(imp.entities().get(3).country()).isNull();
    assertThat(imp.warnings()).anyMatch(w -> w.contains("tiny.actors.txt:14") && w.contains("not a date"))
        .anyMatch(w -> w.contains("NO CODE HERE"));
  }

  @Test
  void read_restrictions_becomeDatedRoles() throws Exception {
    PetrarchActors.Import imp = PetrarchActors.read(fixture());
    assertThat(imp.roles()).filteredOn(r -> r.personId().equals("petrarch:rufus-t-firefly"))
        .extracting(KbRole::code, KbRole::validFrom, KbRole::validTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("USAELI", LocalDate.of(1930, 1, 1), LocalDate.of(1933, 11, 16)),
            org.assertj.core.groups.Tuple.tuple("USAGOV", LocalDate.of(1933, 11, 17), null));
    assertThat(imp.roles()).filteredOn(r -> r.personId().equals("petrarch:trentino-ambassador"))
        .extracting(KbRole::validFrom, KbRole::validTo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2001, 3, 15), LocalDate.of(2005, 12, 31)),
            org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(1989, 12, 31)));
  }

  @Test
  void withPetrarchDictionary_lookupAndDatedRoles_work() throws Exception {
    KnowledgeBase kb = KnowledgeBase.withPetrarchDictionary(fixture());
    assertThat(kb.lookup("R. T. Firefly")).extracting(KbEntity::id).containsExactly("petrarch:rufus-t-firefly");
    assertThat(kb.rolesOn("petrarch:rufus-t-firefly", LocalDate.of(1934, 1, 1)))
        .extracting(KbRole::code, KbRole::title).containsExactly(
            org.assertj.core.groups.Tuple.tuple("USAGOV", "Government official"));
    assertThat(kb.lookup("NATO")).extracting(KbEntity::id).containsExactly("org:nato");
  }

  @Test
  void read_synonymBeforeRecord_failsNamingFileAndLine() {
    assertThatThrownBy(() -> parse("# header\n+ORPHAN_\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dict.txt:2:");
    assertThatThrownBy(() -> parse("\n\t[USAGOV >20090120]\n")).hasMessageStartingWith("dict.txt:2:");
  }

  @Test
  void date_twoAndFourDigitYears_parse() {
    assertThat(PetrarchActors.date("090120")).isEqualTo(LocalDate.of(2009, 1, 20));
    assertThat(PetrarchActors.date("450703")).isEqualTo(LocalDate.of(1945, 7, 3));
    assertThat(PetrarchActors.date("20090120")).isEqualTo(LocalDate.of(2009, 1, 20));
    assertThatThrownBy(() -> PetrarchActors.date("2004017")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PetrarchActors.date("20091340")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void titleCase_keepsDottedTokens() {
    assertThat(PetrarchActors.titleCase("BAN KI-MOON")).isEqualTo("Ban Ki-Moon");
    assertThat(PetrarchActors.titleCase("U.N. SECRETARY GENERAL")).isEqualTo("U.N. Secretary General");
  }
}
