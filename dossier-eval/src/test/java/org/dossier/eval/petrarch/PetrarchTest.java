package org.dossier.eval.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchTest {
  // written for this test, in the unit-test file's layout
  private static final String XML = """
      <Validation><Sentences>
      <Sentence date="20010203" id="T-01" category="X">
      <!-- comment -->
      <EventCoding sourcecode="VEL" targetcode="OST" eventcode="042"></EventCoding>
      <EventCoding sourcecode="OST" targetcode="VEL" eventcode="043"></EventCoding>
      <Text>
      Velmora hosted
        Ostrana.
      </Text>
      <Parse>(ROOT (S))</Parse>
      </Sentence>
      <Sentence date="20010204" id="T-02">
      <EventCoding noevents = "True"></EventCoding>
      <Text>Nothing happened.</Text>
      </Sentence>
      </Sentences></Validation>
      """;

  @Test
  void parse_recordsWithCodingsDatesAndText() throws Exception {
    List<PetrarchRecords.Record> r = PetrarchRecords.parse(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).date()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(r.get(0).text()).isEqualTo("Velmora hosted Ostrana.");
    assertThat(r.get(0).codings()).containsExactly(new PetrarchRecords.Coding("VEL", "OST", "042"),
        new PetrarchRecords.Coding("OST", "VEL", "043"));
    assertThat(r.get(1).codings()).isEmpty();
  }

  @Test
  void score_exactAndRootLevel() {
    List<PetrarchRecords.Coding> expected = List.of(new PetrarchRecords.Coding("VEL", "OST", "042"),
        new PetrarchRecords.Coding("OST", "VEL", "043"), new PetrarchRecords.Coding("VEL", "KES", "190"));
    List<PetrarchRecords.Coding> produced = List.of(new PetrarchRecords.Coding("VEL", "OST", "042"),
        new PetrarchRecords.Coding("OST", "VEL", "040"), new PetrarchRecords.Coding("KES", "VEL", "190"));
    assertThat(CodingScorer.score(expected, produced)).containsExactly(3, 1, 2);
  }

  @Test
  void score_unknownCountryPlaceholder_equalsSectorCodeAlone() {
    List<PetrarchRecords.Coding> expected = List.of(new PetrarchRecords.Coding("---REB", "ABC", "190"),
        new PetrarchRecords.Coding("---", "ABC", "190"));
    List<PetrarchRecords.Coding> produced = List.of(new PetrarchRecords.Coding("REB", "ABC", "190"),
        new PetrarchRecords.Coding("ABCGOV", "ABC", "190"));
    assertThat(CodingScorer.score(expected, produced)).containsExactly(2, 1, 1);
    assertThat(CodingScorer.actor("---")).isEqualTo("---");
    assertThat(CodingScorer.actor("---GOV")).isEqualTo("GOV");
  }
}
