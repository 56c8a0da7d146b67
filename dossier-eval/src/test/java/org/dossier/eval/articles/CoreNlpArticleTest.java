package org.dossier.eval.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dossier.eval.baseline.CoreNlpBaseline;
import org.junit.jupiter.api.Test;

class CoreNlpArticleTest {
  private static final String TEXT = "\ud83d\ude00 Ana Petrov met Bo Lind in Velmora on Monday. "
      + "\"We agree,\" Petrov said. Ana Petrov left.";

  private static CoreNlpBaseline.Span entity(String s, int from, String label) {
    int i = TEXT.indexOf(s, from);
    return new CoreNlpBaseline.Span(i, i + s.length(), label, null);
  }

  @Test
  void document_entitiesTimesQuotes_scorableDossierShape() throws Exception {
    int quote = TEXT.indexOf("\"We agree,\"");
    int speaker = TEXT.indexOf("Petrov said");
    JsonNode doc = CoreNlpArticle.document(TEXT, LocalDate.of(2020, 3, 4),
        List.of(entity("Ana Petrov", 0, "PERSON"), entity("Bo Lind", 0, "PERSON"), entity("Velmora", 0, "LOCATION"),
            entity("Ana Petrov", 20, "PERSON"), entity("Monday", 0, "MISC")),
        List.of(new CoreNlpBaseline.Span(TEXT.indexOf("Monday"), TEXT.indexOf("Monday") + 6, "DATE", "2020-03-02")),
        new CoreNlpBaseline.FullResult(20, List.of(
            new CoreNlpBaseline.QuoteSpan(quote, quote + 11, speaker, speaker + 6, null))));
    // one actor per distinct entity (MISC is none; both "Ana Petrov" occurrences are mentions of one),
    // then the speaker's
    assertThat(doc.get("actors")).hasSize(4);
    assertThat(doc.get("actors").get(2).get("name").asText()).isEqualTo("Velmora");
    assertThat(doc.get("actors").get(0).get("mentions")).hasSize(2);
    // offsets in code points: the emoji before the text counts once
    assertThat(doc.get("times").get(0).get("start").asInt()).isEqualTo(TEXT.indexOf("Monday") - 1);
    JsonNode q = doc.get("quotes").get(0);
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    // the speaker "Petrov" is no entity name: an untyped actor of its own, which is no person
    JsonNode sp = doc.get("actors").get(3);
    assertThat(q.get("speaker").asText()).isEqualTo(sp.get("id").asText());
    assertThat(sp.get("type").isNull()).isTrue();
    assertThat(new ObjectMapper().writeValueAsString(doc)).contains("\"schema\":\"dossier/1\"");
  }

  @Test
  void document_canonicalSpeakerOfEntity_speakerIsThatActor() {
    int quote = TEXT.indexOf("\"We agree,\"");
    JsonNode doc = CoreNlpArticle.document(TEXT, null, List.of(entity("Ana Petrov", 0, "PERSON")), List.of(),
        new CoreNlpBaseline.FullResult(20, List.of(new CoreNlpBaseline.QuoteSpan(quote, quote + 11, -1, -1, "Ana Petrov"))));
    assertThat(doc.get("quotes").get(0).get("speaker").asText()).isEqualTo(doc.get("actors").get(0).get("id").asText());
    assertThat(doc.get("actors")).hasSize(1);
  }
}
