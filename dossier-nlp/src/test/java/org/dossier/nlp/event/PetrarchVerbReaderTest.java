package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PETRARCH verb dictionary format: paired codes, entries for an inflected form. */
class PetrarchVerbReaderTest {
  private static final ActorType C = ActorType.COUNTRY;

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = ';', nullValues = "null", value = {
      "041:042;042",
      "032:033 ;033",
      "041;null",
      "041:---;null",
      "041:;null"})
  void pairedCode_codeText_secondHalfOrNull(String code, String expected) {
    assertThat(PetrarchVerbReader.pairedCode(code)).isEqualTo(expected);
  }

  @Test
  void read_pairedBlockCode_verbLineInheritsPairPatternWithOwnCodeDoesNot() {
    List<LexEntry> entries = PetrarchVerbReader.read(List.of(
        "--- HAIL [041:042] ---", "HAIL", "- * WARMLY [051]", "- * LOUDLY [043:044]"), "t.txt");
    assertThat(entries).extracting(LexEntry::code).containsExactly("041", "051", "043");
    assertThat(entries).extracting(LexEntry::pairedCode).containsExactly("042", null, "044");
  }

  @Test
  void apply_pairedCode_secondEventFromTargetToSource(@TempDir Path dir) throws Exception {
    EventCoder coder = coder(dir, "--- GREET [041:042] ---", "GREET", "");
    EventFixture f = EventFixture.of("Peru/NNP greeted/VBD/greet Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    List<Event> events = coder.apply(f.build()).get(Layers.EVENTS);
    assertThat(events).extracting(Event::cameo).containsExactlyInAnyOrder("041", "042");
    Event back = events.stream().filter(e -> e.cameo().equals("042")).findFirst().orElseThrow();
    assertThat(back.source()).containsExactly(f.id("Chile"));
    assertThat(back.target()).containsExactly(f.id("Peru"));
  }

  @Test
  void apply_pairedCodeWithoutTarget_noReciprocalEvent(@TempDir Path dir) throws Exception {
    EventCoder coder = coder(dir, "--- GREET [041:042] ---", "GREET", "");
    EventFixture f = EventFixture.of("Peru/NNP greeted/VBD/greet warmly/RB ./.").actor(0, 1, "Peru", C);
    assertThat(codes(coder, f)).doesNotContain("042");
  }

  @Test
  void apply_unpairedCode_oneEvent(@TempDir Path dir) throws Exception {
    EventCoder coder = coder(dir, "--- GREET [041] ---", "GREET", "");
    EventFixture f = EventFixture.of("Peru/NNP greeted/VBD/greet Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    assertThat(codes(coder, f)).containsExactly("041");
  }

  @Test
  void apply_inflectedFormEntry_formCodedApartFromLemma(@TempDir Path dir) throws Exception {
    EventCoder coder = coder(dir, "--- LEAVE [012] ---", "LEAVE", "", "--- LEFT [032] ---", "LEFT", "");
    EventFixture left = EventFixture.of("Peru/NNP left/VBD/leave Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    EventFixture leaves = EventFixture.of("Peru/NNP leaves/VBZ/leave Chile/NNP ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    assertThat(codes(coder, left)).containsExactly("032");
    assertThat(codes(coder, leaves)).containsExactly("012");
  }

  @Test
  void apply_inflectedFormOfReportingVerb_readByLemma(@TempDir Path dir) throws Exception {
    EventCoder coder = coder(dir, "--- SAID [023] ---", "SAID", "");
    EventFixture f = EventFixture.of("Peru/NNP said/VBD/say Chile/NNP was/VBD/be wrong/JJ ./.")
        .actor(0, 1, "Peru", C).actor(2, 3, "Chile", C);
    assertThat(codes(coder, f)).doesNotContain("023");
  }

  /** The CAMEO codes of the events {@code coder} finds in {@code f}'s sentence. */
  private static List<String> codes(EventCoder coder, EventFixture f) {
    return coder.apply(f.build()).get(Layers.EVENTS).stream().map(Event::cameo).toList();
  }

  private static EventCoder coder(Path dir, String... lines) throws Exception {
    Path dict = dir.resolve("verbs.txt");
    Files.writeString(dict, String.join("\n", lines));
    return EventCoder.withPetrarchDictionaries(List.of(dict));
  }
}
