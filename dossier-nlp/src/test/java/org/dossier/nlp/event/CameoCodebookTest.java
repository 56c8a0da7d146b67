package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  @Test
  void find_hostAVisit_consultQuadOneGoldstein() {
    CameoCode c = CameoCodebook.standard().find("043").orElseThrow();
    assertThat(c.plover()).isEqualTo("CONSULT");
    assertThat(c.quad()).isEqualTo(1);
    assertThat(c.goldstein()).isEqualTo(2.8);
    assertThat(c.label()).isEqualTo("Host a visit");
    assertThat(c.root()).isEqualTo("04");
  }

  @Test
  void find_statementRoot_ploverDropped() {
    assertThat(CameoCodebook.standard().find("010").orElseThrow().plover()).isNull();
  }

  @Test
  void resolve_localSubCode_fallsBackToParent() {
    assertThat(CameoCodebook.standard().resolve("1717").orElseThrow().code()).isEqualTo("171");
    assertThat(CameoCodebook.standard().resolve("903")).isEmpty();
  }

  @Test
  void standard_everyRootAndQuadClassConsistent() {
    Set<String> roots = new TreeSet<>();
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      CameoCode c = CameoCodebook.standard().find(root + "0").orElseThrow();
      int quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
      assertThat(c.quad()).as(root).isEqualTo(quad);
      roots.add(root);
    }
    assertThat(roots).hasSize(20);
    assertThat(CameoCodebook.standard().size()).isGreaterThan(280);
  }

  @Test
  void constructor_badCode_rejectedWithValue() {
    assertThatThrownBy(() -> new CameoCode("7a", 1, 0, null, "x")).hasMessageContaining("7a");
  }
}
