package org.dossier.store.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which document actors may become one store actor: the identity keys, on invented rows. */
class ActorResolutionTest {
  @ParameterizedTest(name = "{0} {1}/{2} vs {5} {6}/{7}: same={10}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      d1 | police        | GROUP  | IRQ | IRQCOP | d2 | Iraqi police   | GROUP  | IRQ | IRQCOP | true
      d1 | police        | GROUP  | IRQ | IRQCOP | d2 | police         | GROUP  | PAK | PAKCOP | false
      d1 | police        | GROUP  | -   | COP    | d2 | police         | GROUP  | -   | COP    | false
      d1 | police        | GROUP  | -   | COP    | d1 | police         | GROUP  | -   | COP    | true
      d1 | troops        | GROUP  | ZMB | ZMB    | d2 | troops         | GROUP  | USA | USA    | false
      d1 | Lam Akol      | PERSON | SDN | SDNGOV | d2 | Lam Akol       | PERSON | SDN | SDNGOV | true
      d1 | Shas          | ORGANIZATION | ISR | ISR | d2 | Shas       | ORGANIZATION | - | - | true
      """)
  void identityKey_twoDocumentActors_sameKeyOnlyWhenTheyMayMerge(String doc1, String name1, String type1,
      String country1, String code1, String doc2, String name2, String type2, String country2, String code2,
      boolean same) {
    String k1 = ActorResolution.identityKey(doc1, name1, type1, country1, code1);
    String k2 = ActorResolution.identityKey(doc2, name2, type2, country2, code2);
    assertThat(k1.equals(k2)).isEqualTo(same);
  }
}
