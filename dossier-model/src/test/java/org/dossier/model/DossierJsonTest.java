package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierJsonTest {
  private static final String TEXT = "Ms. Ana Lee met 😀 Bob in Oslo on Monday, 40 times.";

  private static Dossier sample() {
    DocumentInfo doc = DocumentInfo.of("d1", LocalDate.of(2024, 5, 17), TEXT);
    CodePointIndex idx = CodePointIndex.of(TEXT);
    int bob = TEXT.indexOf("Bob");
    int oslo = TEXT.indexOf("Oslo");
    int monday = TEXT.indexOf("Monday");
    Actor ana = new Actor("a1", "Ana Lee", ActorType.PERSON, null, "NOR", null,
        List.of(new Role("Minister", "Norway", "text", idx.span(4, 11))), List.of(), List.of(idx.span(4, 11)));
    Actor bobActor = new Actor("a2", "Bob", ActorType.PERSON, null, null, null, List.of(), List.of(),
        List.of(idx.span(bob, bob + 3)));
    Actor osloActor = new Actor("a3", "Oslo", ActorType.LOCATION, null, "NOR", null, List.of(), List.of(),
        List.of(idx.span(oslo, oslo + 4)));
    Event meet = new Event("e1", "036", "CONSULT", 1, 4.0, "Express intent to meet or negotiate",
        List.of("a1"), List.of("a2"), "a3", "2024-05-13", "asserted", null, idx.span(0, TEXT.length()));
    TimeMention time = new TimeMention("Monday", "2024-05-13", idx.toCodePoint(monday), idx.toCodePoint(monday + 6));
    int forty = TEXT.indexOf("40 times");
    Amount amount = new Amount("40 times", 40, "times", idx.toCodePoint(forty), idx.toCodePoint(forty + 8));
    return Dossier.builder(doc).actors(List.of(ana, bobActor, osloActor)).events(List.of(meet))
        .times(List.of(time)).amounts(List.of(amount)).build();
  }

  @Test
  void toJson_sample_roundTripsEqual() {
    Dossier dossier = sample();
    Dossier back = DossierJson.fromJson(DossierJson.toJson(dossier));
    assertThat(back.document()).isEqualTo(dossier.document());
    assertThat(back.actors()).isEqualTo(dossier.actors());
    assertThat(back.events()).isEqualTo(dossier.events());
    assertThat(back.times()).isEqualTo(dossier.times());
  }

  @Test
  void toJson_sample_keepsContractFieldOrderAndNulls() {
    String json = DossierJson.toJson(sample());
    assertThat(json).startsWith("{\"schema\":\"dossier/1\",\"document\":{\"id\":\"d1\",\"title\":null,"
        + "\"published\":\"2024-05-17\",\"source\":null,\"url\":null,\"language\":\"en\",\"text\":");
    assertThat(json).contains("\"actors\":[{\"id\":\"a1\",\"name\":\"Ana Lee\",\"type\":\"PERSON\",\"kb\":null,"
        + "\"country\":\"NOR\",\"code\":null,\"roles\":");
    assertThat(json).contains("\"value\":40,\"unit\":\"times\"");
    assertThat(json).doesNotContain("provenance");
  }

  @Test
  void toJson_sample_validAgainstSchema() {
    DossierAssertions.assertValidAgainstSchema(DossierJson.toPrettyJson(sample()));
  }

  @Test
  void span_afterSupplementaryCharacter_countsCodePoints() {
    Dossier dossier = sample();
    Span bob = dossier.actors().get(1).mentions().get(0);
    assertThat(bob.start()).isEqualTo(TEXT.indexOf("Bob") - 1);
    DossierAssertions.assertOffsetsSliceText(dossier);
  }

  @Test
  void toJson_placeWithMetonymy_roundTripsAndValidates() {
    String text = "Moscow said it agreed.";
    CodePointIndex idx = CodePointIndex.of(text);
    Actor russia = new Actor("a1", "Russia", ActorType.COUNTRY, null, "RUS", "RUS", List.of(), List.of("Moscow"),
        List.of(idx.span(0, 6)));
    Actor moscow = new Actor("a2", "Moscow", ActorType.LOCATION, null, "RUS", null, List.of(), List.of(), List.of(),
        new Geo(55.75, 37.62, "PPLC", "RU", "Moscow", 524901L, "city"),
        new Metonymy("a1", List.of(idx.span(0, 6))));
    Dossier d = Dossier.builder(DocumentInfo.of("d2", LocalDate.of(2024, 5, 17), text)).actors(List.of(russia, moscow))
        .build();
    String json = DossierJson.toJson(d);
    assertThat(json).contains("\"metonymy\":{\"standsFor\":\"a1\",\"mentions\":[{\"start\":0,\"end\":6");
    assertThat(DossierJson.fromJson(json).actors()).isEqualTo(d.actors());
    DossierAssertions.assertValidAgainstSchema(json);
    DossierAssertions.assertOffsetsSliceText(d);
  }

  @Test
  void metonymy_noMentions_rejectedWithActorInMessage() {
    assertThatThrownBy(() -> new Metonymy("a7", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a7");
  }

  @Test
  void toJson_actorWithoutMetonymy_omitsField() {
    assertThat(DossierJson.toJson(sample())).doesNotContain("metonymy");
  }

  @Test
  void actor_lowercaseCountry_rejectedWithValueInMessage() {
    assertThatThrownBy(() -> new Actor("a1", "X", ActorType.PERSON, null, "nor", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nor");
  }

  @Test
  void event_unknownMode_rejectedWithValueInMessage() {
    assertThatThrownBy(() -> new Event("e1", "01", null, 1, 0.0, null, null, null, null, null, "maybe", null,
        new Span(0, 1, "x"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
  }

  @Test
  void codePointIndex_surrogatePair_mapsBothHalvesToOneCodePoint() {
    String s = "a😀b";
    CodePointIndex idx = CodePointIndex.of(s);
    assertThat(idx.toCodePoint(0)).isZero();
    assertThat(idx.toCodePoint(1)).isEqualTo(1);
    assertThat(idx.toCodePoint(3)).isEqualTo(2);
    assertThat(idx.toCodePoint(4)).isEqualTo(3);
  }
}
