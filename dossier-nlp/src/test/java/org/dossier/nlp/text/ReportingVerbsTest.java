package org.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingVerbsTest {

  @Test
  void contains_speechVerbAndOtherVerb_onlySpeechVerb() {
    assertThat(ReportingVerbs.contains("say")).isTrue();
    assertThat(ReportingVerbs.contains("attack")).isFalse();
  }

  @Test
  void certainties_everyLemma_hasACertainty() {
    assertThat(ReportingVerbs.certainties()).isNotEmpty();
    assertThat(ReportingVerbs.certainties().keySet()).isEqualTo(ReportingVerbs.lemmas());
    assertThat(ReportingVerbs.certainties().values()).allSatisfy(c -> assertThat(c).isNotBlank());
  }
}
