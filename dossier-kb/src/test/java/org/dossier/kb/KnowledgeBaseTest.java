package org.dossier.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.ActorType;
import org.junit.jupiter.api.Test;

/** Behaviour of the built-in knowledge base: lookups, date-dependent roles, load time. */
class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.builtIn();

  private static List<String> titlesOn(String personId, String date) {
    return KB.rolesOn(personId, LocalDate.parse(date)).stream()
        .map(r -> r.title() + " of " + r.of()).toList();
  }

  @Test
  void rolesOn_putin2009_isPrimeMinister() {
    assertThat(titlesOn("person:putin-vladimir", "2009-06-01"))
        .containsExactly("Prime Minister of Russia");
  }

  @Test
  void rolesOn_putin2022_isPresident() {
    assertThat(titlesOn("person:putin-vladimir", "2022-03-01")).containsExactly("President of Russia");
    assertThat(KB.rolesOn("person:putin-vladimir", LocalDate.parse("2022-03-01")).get(0).code()).isEqualTo("RUSGOV");
  }

  @Test
  void holders_presidentOfUnitedStates_followsTheDate() {
    assertThat(KB.holders("President", "United States", LocalDate.parse("2024-05-17")))
        .extracting(KbEntity::name).containsExactly("Joe Biden");
    assertThat(KB.holders("President", "USA", LocalDate.parse("2025-06-01")))
        .extracting(KbEntity::name).containsExactly("Donald Trump");
    assertThat(KB.rolesOn("person:biden-joe", LocalDate.parse("2025-06-01"))).isEmpty();
    assertThat(KB.holders("president", "U.S.", LocalDate.parse("2010-01-01")))
        .extracting(KbEntity::id).containsExactly("person:obama-barack");
  }

  @Test
  void rolesOn_exampleArticleDate_givesCurrentOffices() {
    String d = "2024-05-17";
    assertThat(titlesOn("person:lavrov-sergey", d)).containsExactly("Foreign Minister of Russia");
    assertThat(titlesOn("person:belousov-andrei", d)).containsExactly("Defense Minister of Russia");
    assertThat(titlesOn("person:novak-alexander", d)).containsExactly("Deputy Prime Minister of Russia");
    assertThat(titlesOn("person:blinken-antony", d)).containsExactly("Secretary of State of United States");
    assertThat(titlesOn("person:xi-jinping", d)).contains("President of China");
    assertThat(titlesOn("person:shoigu-sergei", d)).containsExactly("Secretary of the Security Council of Russia");
    assertThat(titlesOn("person:belousov-andrei", "2024-05-13")).containsExactly("First Deputy Prime Minister of Russia");
  }

  @Test
  void rolesOn_monthPrecisionEnd_coversTheWholeMonth() {
    assertThat(titlesOn("person:liu-kun", "2024-10-31")).containsExactly("Finance Minister of China");
    assertThat(titlesOn("person:liu-kun", "2024-11-01")).isEmpty();
  }

  @Test
  void lookup_aliasesAcronymsAndInitials_findTheEntity() {
    assertThat(KB.lookup("Vladimir V. Putin")).extracting(KbEntity::id).containsExactly("person:putin-vladimir");
    assertThat(KB.lookup("Vladimir Vladimirovich Putin")).extracting(KbEntity::id)
        .containsExactly("person:putin-vladimir");
    assertThat(KB.lookup("NATO")).extracting(KbEntity::code).containsExactly("IGOWSTNAT");
    assertThat(KB.lookup("North Atlantic Treaty Organization")).extracting(KbEntity::id).containsExactly("org:nato");
    assertThat(KB.lookup("U.S.")).extracting(KbEntity::id).containsExactly("country:USA");
    assertThat(KB.lookup("Secretary of State Antony J. Blinken")).isEmpty();
    assertThat(KB.lookup("Antony J. Blinken")).extracting(KbEntity::type).containsExactly(ActorType.PERSON);
    assertThat(KB.lookup("the Shanghai Cooperation Organization")).extracting(KbEntity::code).containsExactly("IGOCAS");
    assertThat(KB.lookup("Gazprom")).extracting(KbEntity::country).containsExactly("RUS");
  }

  @Test
  void countryLookups_demonymSeatAndName_resolve() {
    assertThat(KB.countryByDemonym("Russian")).map(KbCountry::iso3).hasValue("RUS");
    assertThat(KB.countryByDemonym("Americans")).map(KbCountry::iso3).hasValue("USA");
    assertThat(KB.countryBySeat("the Kremlin")).map(KbCountry::iso3).hasValue("RUS");
    assertThat(KB.countryBySeat("Beijing")).map(KbCountry::iso3).hasValue("CHN");
    assertThat(KB.countryBySeat("the Élysée")).map(KbCountry::iso3).hasValue("FRA");
    assertThat(KB.countryBySeat("Brussels")).isEmpty();
    assertThat(KB.lookup("Brussels")).extracting(KbEntity::id).containsExactly("org:eu");
    assertThat(KB.countryByName("the United States")).map(KbCountry::iso3).hasValue("USA");
    assertThat(KB.country("xkx")).map(KbCountry::cameo).hasValue("KSV");
  }

  @Test
  void normalize_variants_collapseToOneKey() {
    assertThat(TsvKnowledgeBase.normalize("  The  U.S. ")).isEqualTo("u s");
    assertThat(TsvKnowledgeBase.normalize("Vladimir V. Putin")).isEqualTo("vladimir putin");
    assertThat(TsvKnowledgeBase.normalize("Côte d’Ivoire")).isEqualTo("côte d'ivoire");
    assertThat(TsvKnowledgeBase.normalize("the")).isEqualTo("the");
    assertThat(TsvKnowledgeBase.normalize("")).isEmpty();
  }

  @Test
  void load_builtIn_isFastAndComplete() {
    long t0 = System.nanoTime();
    KnowledgeBase kb = KbLoader.load(List.of());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    int roles = kb.countries().size();
    System.out.printf("built-in KB: %d countries, %d roles of Putin; loaded in %d ms (cold, first load)%n",
        roles, kb.roles("person:putin-vladimir").size(), ms);
    assertThat(ms).isLessThan(1000);
    assertThat(kb.countries()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(kb.asOf()).isEqualTo("2026-11-01");
  }
}
