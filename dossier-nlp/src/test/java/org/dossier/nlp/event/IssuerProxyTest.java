package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clauses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link IssuerProxy} on real parses of sentences written for these tests. */
class IssuerProxyTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults().withParse(true));
  }

  /** sentence, document noun, expected issuer head words (comma-joined; "" for none). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("The prime minister issued a directive urging officials to keep secrets.", "directive",
            "minister"),
        Arguments.of("The king signed a decree ordering the troops to withdraw.", "decree", "king"),
        Arguments.of("A decree was signed by the king on Monday.", "decree", "king"),
        Arguments.of("The council passed a resolution adopted by the assembly last year.", "resolution", "council"),
        Arguments.of("The directive urging officials to keep secrets was read on the radio.", "directive", ""),
        Arguments.of("The prime minister read a report urging officials to keep secrets.", "report", ""),
        Arguments.of("The prime minister criticised a directive urging officials to keep secrets.", "directive",
            ""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void issuerOf_documentNoun_isSubjectOfIssuingVerb(String sentence, String noun, String expected) throws Exception {
    Doc doc = extractor.annotate(DocumentInfo.of("issuer", LocalDate.of(2024, 5, 17), sentence));
    List<Token> tokens = doc.get(Layers.TOKENS);
    int head = tokens.stream().filter(t -> t.word().equals(noun)).findFirst().orElseThrow().index();
    IssuerProxy proxy = new IssuerProxy(Clauses.of(doc), tokens, EventWords.get());
    String got = proxy.issuerOf(head).stream().map(i -> tokens.get(i).word()).collect(Collectors.joining(","));
    assertThat(got).isEqualTo(expected);
  }
}
