package org.dossier.nlp.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.DossierAssertions;
import org.dossier.model.DossierJson;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Paragraph;
import org.dossier.model.DocumentInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpeechComponentsTest {
  private static final String TEXT = "Mayor Ana Lopez of Springfield met Governor Tom Hart in Boston on Monday.\n"
      + "\u201cWe will build the bridge this year, and nobody will stop us,\u201d Ms. Lopez said at a news "
      + "conference on Monday.\n"
      + "\u201cThe budget cannot carry it,\u201d said Tom Hart, who leads the state.\n"
      + "The two leaders called the plan a \u201cwin-win\u201d deal and praised their \u201cold\u201d friendship.\n"
      + "Officials say the bridge could cost more than expected.\n"
      + "Ms. Lopez likely wants federal money for the project. It is unclear whether Mr. Hart will agree.\n"
      + "Mr. Hart is keen to cut taxes, but he is also under pressure to avoid angering voters.\n"
      + "Engineers warned that the old bridge would not survive another winter.\n";
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create(DossierConfig.defaults());
  }

  private static Dossier extract(String text) throws InputException {
    return extractor.extract(DocumentInfo.of("speech", LocalDate.of(2024, 5, 17), text));
  }

  private static String name(Dossier d, String actorId) {
    return d.actors().stream().filter(a -> a.id().equals(actorId)).map(a -> a.name()).findFirst().orElse(null);
  }

  private static Quote quote(Dossier d, String text) {
    return d.quotes().stream().filter(q -> q.text().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote " + text + " in " + d.quotes()));
  }

  private static Claim claim(Dossier d, String text) {
    return d.claims().stream().filter(c -> c.text().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + text + " in " + d.claims()));
  }

  private static Goal goal(Dossier d, String text) {
    return d.goals().stream().filter(g -> g.text().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no goal " + text + " in " + d.goals()));
  }

  @Test
  void extract_fixture_validSchemaAndOffsets() throws InputException {
    Dossier d = extract(TEXT);
    DossierAssertions.assertValidAgainstSchema(DossierJson.toJson(d));
    DossierAssertions.assertOffsetsSliceText(d);
  }

  @Test
  void quotes_speakerAfterQuote_directWithSpeakerVerbAndOccasion() throws InputException {
    Dossier d = extract(TEXT);
    Quote q = quote(d, "We will build");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(name(d, q.speaker())).isEqualTo("Ana Lopez");
    assertThat(q.verb()).isEqualTo("said");
    assertThat(q.occasion()).isEqualTo("at a news conference on Monday");
    assertThat(q.text()).doesNotContain("\u201c").doesNotContain("\u201d");
  }

  @Test
  void quotes_invertedSaidName_speakerIsTheName() throws InputException {
    Dossier d = extract(TEXT);
    Quote q = quote(d, "The budget");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(name(d, q.speaker())).isEqualTo("Tom Hart");
  }

  @Test
  void quotes_scareQuotes_areTermsWithoutSpeaker() throws InputException {
    Dossier d = extract(TEXT);
    for (String t : List.of("win-win", "old")) {
      Quote q = quote(d, t);
      assertThat(q.kind()).isEqualTo("term");
      assertThat(q.speaker()).isNull();
    }
  }

  @Test
  void quotes_pronounSpeakerAfterColon_resolvesToPerson() throws InputException {
    Dossier d = extract("Governor Tom Hart met Mayor Ana Lopez on Monday.\n"
        + "Ms. Lopez left early. Mr. Hart stayed.\n"
        + "He told reporters: \u201cOur state cannot pay for a bridge this year.\u201d\n");
    Quote q = quote(d, "Our state");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(name(d, q.speaker())).isEqualTo("Tom Hart");
    assertThat(q.verb()).isEqualTo("told");
  }

  @Test
  void quotes_paragraphWithoutClosingMark_continuesIntoNextOpeningParagraph() throws InputException {
    Dossier d = extract("Mayor Ana Lopez spoke on Monday.\n"
        + "\u201cThe first part of the plan is done.\n"
        + "\u201cThe second part starts next year,\u201d said Ana Lopez.\n");
    assertThat(d.quotes()).hasSize(1);
    Quote q = d.quotes().get(0);
    assertThat(q.text()).startsWith("The first part").endsWith("next year,");
    assertThat(name(d, q.speaker())).isEqualTo("Ana Lopez");
  }

  @Test
  void quotes_straightMarks_pairedAndAttributed() throws InputException {
    Dossier d = extract("\"We are ready for the storm,\" Tom Hart said on Tuesday.\n");
    Quote q = quote(d, "We are ready");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(name(d, q.speaker())).isEqualTo("Tom Hart");
  }

  @Test
  void scan_curlyStraightAndDoubledApostrophes_contentWithoutMarks() {
    String text = "A \u201cb c\u201d d \"e f\" g ''h i'' j.";
    List<org.dossier.nlp.text.QuoteMarks.Span> spans = QuoteExtractor.scan(text, List.of(new Paragraph(0, 0, text.length(), false)));
    assertThat(spans).extracting(s -> text.substring(s.begin(), s.end())).containsExactly("b c", "e f", "h i");
  }

  @Test
  void claims_genericPluralSource_sourceTextAndModalCertainty() throws InputException {
    Dossier d = extract(TEXT);
    Claim c = claim(d, "the bridge could cost");
    assertThat(c.sourceText()).isEqualTo("Officials");
    assertThat(c.source()).isNull();
    assertThat(c.certainty()).isEqualTo("possible");
  }

  @Test
  void claims_authorHedge_noSourceAndProbable() throws InputException {
    Dossier d = extract(TEXT);
    Claim c = claim(d, "Ms. Lopez likely wants");
    assertThat(c.source()).isNull();
    assertThat(c.sourceText()).isNull();
    assertThat(c.certainty()).isEqualTo("probable");
  }

  @Test
  void claims_itIsUnclearWhether_uncertainContent() throws InputException {
    Dossier d = extract(TEXT);
    Claim c = claim(d, "Mr. Hart will agree");
    assertThat(c.certainty()).isEqualTo("uncertain");
    assertThat(c.source()).isNull();
  }

  @Test
  void claims_warnedThatNot_reportedAndNegated() throws InputException {
    Dossier d = extract(TEXT);
    Claim c = claim(d, "the old bridge would not survive");
    assertThat(c.sourceText()).isEqualTo("Engineers");
    assertThat(c.certainty()).isEqualTo("reported");
    assertThat(c.negated()).isTrue();
  }

  @Test
  void goals_wantsAndKeenTo_holderIsSubjectActor() throws InputException {
    Dossier d = extract(TEXT);
    Goal money = goal(d, "federal money");
    assertThat(name(d, money.actor())).isEqualTo("Ana Lopez");
    assertThat(money.negated()).isFalse();
    Goal taxes = goal(d, "cut taxes");
    assertThat(name(d, taxes.actor())).isEqualTo("Tom Hart");
  }

  @Test
  void goals_pronounUnderPressureToAvoid_negatedGoalOfPerson() throws InputException {
    Dossier d = extract(TEXT);
    Goal g = goal(d, "angering voters");
    assertThat(name(d, g.actor())).isEqualTo("Tom Hart");
    assertThat(g.negated()).isTrue();
  }

  @Test
  void extract_emptyAndOddInput_noCrash() throws InputException {
    Dossier d = extract("\u201c\n\" \" \u201d ''\n\u201cUnclosed quote at the end");
    assertThat(d.quotes()).allMatch(q -> q.end() >= q.start());
    DossierAssertions.assertOffsetsSliceText(d);
  }

  @Test
  void claims_relativePronounSource_sourceIsTheAntecedent() throws InputException {
    Dossier d = extract("The council met on Monday with Sarah Klein, who has long argued that the harbour "
        + "needs a new sea wall.\n");
    Claim c = claim(d, "the harbour needs");
    assertThat(name(d, c.source())).isEqualTo("Sarah Klein");
    assertThat(c.sourceText()).isEqualTo("Sarah Klein");
  }

  @Test
  void claims_appositionBeforeVerb_sourceIsTheNamedPerson() throws InputException {
    Dossier d = extract("Paul Meyer, a senior adviser to the council, said the ferry would stop running "
        + "in March.\n");
    Claim c = claim(d, "the ferry would stop");
    assertThat(name(d, c.source())).isEqualTo("Paul Meyer");
  }

  @Test
  void claims_partyLabelInParentheses_sourceBeforeIt() throws InputException {
    Dossier d = extract("Rep. Linda Park (D-Ore.) said the budget would be approved within a week.\n");
    Claim c = claim(d, "the budget would");
    assertThat(name(d, c.source())).isEqualTo("Linda Park");
  }

  @Test
  void claims_sayingAfterComma_sourceIsTheMainSubject() throws InputException {
    Dossier d = extract("Governor Tom Hart rejected the proposal on Friday, saying that the state could not "
        + "afford a second tunnel.\n");
    Claim c = claim(d, "the state could not");
    assertThat(name(d, c.source())).isEqualTo("Tom Hart");
  }
}
