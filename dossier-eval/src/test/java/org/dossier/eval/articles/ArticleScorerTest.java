package org.dossier.eval.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The port of score.py on small articles written for these tests. Expected counts follow
 * score.py's definitions (and were checked against it on the same inputs).
 */
class ArticleScorerTest {
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private static final String TEXT = "Velmora's foreign minister Ana Petrov said on Monday that talks would resume. "
      + "\"We will not give up,\" Petrov said. Ostrana rejected the proposal on Tuesday. "
      + "The council wants a ceasefire, officials said.\n";

  private static final String GOLD = """
      {'doc': 'T1', 'input': 'corpus.jsonl#1', 'published': '2020-03-04',
       'actors': [
         {'name': 'Ana Petrov', 'aliases': ['Petrov'], 'type': 'PERSON', 'country': 'VLM',
          'role': ['foreign minister'], 'must': true},
         {'name': 'Velmora', 'aliases': [], 'type': 'COUNTRY', 'country': 'VLM', 'must': true},
         {'name': 'Ostrana', 'aliases': [], 'type': 'COUNTRY', 'country': 'OST', 'must': true},
         {'name': 'the council', 'aliases': [], 'type': 'ORGANIZATION', 'country': null, 'must': false}],
       'quotes': [{'anchor': 'We will not give up', 'speaker': 'Ana Petrov', 'must': true}],
       'not_speech_by_single_speaker': ['talks'],
       'events': [
         {'id': 'E1', 'src': ['OST'], 'tgt': ['VLM', null], 'roots': ['12'], 'symmetric': false,
          'date': '2020-03-03', 'anchor': 'rejected the proposal', 'must': true},
         {'id': 'E2', 'src': ['VLM'], 'tgt': ['OST'], 'roots': ['04'], 'symmetric': true,
          'anchor': 'talks would resume', 'also': ['Ostrana rejected'], 'must': true}],
       'times': [
         {'anchor': 'said on Monday', 'text': 'Monday', 'value': '2020-03-02', 'must': true},
         {'anchor': 'proposal on Tuesday', 'text': 'Tuesday', 'value': '2020-03-03', 'accept': ['2020-03'],
          'must': true}],
       'claims': [{'anchor': 'talks would resume', 'source': ['Petrov'], 'certainty': ['reported', 'asserted'],
          'must': true}],
       'goals': [{'actor': 'the council', 'anchor': 'wants a ceasefire', 'must': true}]}
      """;

  private static int at(String s) {
    int i = TEXT.indexOf(s);
    assertThat(i).as(s).isGreaterThanOrEqualTo(0);
    return i;
  }

  /** {'start': S, 'end': E} of {@code s} in the text. */
  private static String span(String s) {
    return "'start': " + at(s) + ", 'end': " + (at(s) + s.length());
  }

  /** An output with everything right. */
  private static String perfect() {
    return """
        {'schema': 'dossier/1', 'document': {'id': '1'},
         'actors': [
           {'id': 'a1', 'name': 'Ana Petrov', 'type': 'PERSON', 'country': 'vlm',
            'roles': [{'title': 'Foreign Minister', 'of': 'Velmora'}], 'mentions': [{'text': 'Petrov'}]},
           {'id': 'a2', 'name': 'Velmora', 'type': 'COUNTRY', 'country': 'VLM', 'code': 'VLM'},
           {'id': 'a3', 'name': 'Ostrana', 'type': 'COUNTRY', 'country': 'OST', 'code': 'OST'},
           {'id': 'a4', 'name': 'The council', 'type': 'ORGANIZATION'}],
         'quotes': [{%s, 'text': 'We will not give up,', 'speaker': 'a1', 'kind': 'direct'}],
         'events': [
           {'cameo': '120', 'source': ['a3'], 'target': ['a2'], 'date': '2020-03-03',
            'evidence': {%s, 'text': 'Ostrana rejected the proposal'}},
           {'cameo': '0431', 'source': ['a3'], 'target': ['a2'], 'evidence': {%s}}],
         'times': [{%s, 'value': '2020-03-02'}, {%s, 'value': '2020-03'}],
         'claims': [{%s, 'certainty': 'reported', 'sourceText': 'Ana Petrov'}],
         'goals': [{'actor': 'a4', %s}]}
        """.formatted(span("We will not give up"), span("Ostrana rejected the proposal"),
        span("Ostrana rejected"), span("Monday"), span("Tuesday"), span("talks would resume"),
        span("a ceasefire"));
  }

  private static ArticleScore score(String out) throws Exception {
    return ArticleScorer.score(JSON.readTree(GOLD), TEXT, JSON.readTree(out));
  }

  private static List<Miss.Kind> kinds(ArticleScore s) {
    return s.misses().stream().map(Miss::kind).toList();
  }

  @Test
  void score_everythingRight_fullCountsAndNoMiss() throws Exception {
    ArticleScore s = score(perfect());
    assertThat(s.line()).isEqualTo("T1: actors 3/3 person_precision 1/1 person_splits 0 roles 1/1 countries 3/3"
        + " quotes 1/1 speakers 1/1 term_as_speech 0 events 2/2 event_precision 2/2 event_dates 1/1 times 2/2"
        + " claims 1/1 goals 1/1");
    assertThat(s.misses()).isEmpty();
  }

  @Test
  void score_actorAbsentAndCountryWrong_actorMissingAndCountryWrong() throws Exception {
    String out = perfect().replace("{'id': 'a3', 'name': 'Ostrana', 'type': 'COUNTRY', 'country': 'OST', 'code': 'OST'}",
        "{'id': 'a3', 'name': 'Ostrania', 'type': 'COUNTRY', 'code': 'OST'}")
        .replace("'country': 'VLM', 'code': 'VLM'", "'country': 'OST', 'code': 'VLM'");
    ArticleScore s = score(out);
    assertThat(s.found(Measure.ACTORS)).isEqualTo(2);
    assertThat(s.found(Measure.COUNTRIES)).isEqualTo(1);
    assertThat(s.wanted(Measure.COUNTRIES)).isEqualTo(2);
    assertThat(kinds(s)).containsExactly(Miss.Kind.COUNTRY_WRONG, Miss.Kind.ACTOR_MISSING);
    // the event keys come from the code, so the events still match
    assertThat(s.found(Measure.EVENTS)).isEqualTo(2);
  }

  @Test
  void score_roleTitleElsewhere_roleMissing() throws Exception {
    ArticleScore s = score(perfect().replace("'title': 'Foreign Minister'", "'title': 'envoy'"));
    assertThat(s.found(Measure.ROLES)).isZero();
    assertThat(s.misses()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(Miss.Kind.ROLE_MISSING);
      assertThat(m.detail()).contains("envoy velmora");
    });
  }

  @Test
  void score_personSplitAndStrangerPerson_splitCountedPrecisionLowered() throws Exception {
    String out = perfect().replace("{'id': 'a2',", "{'id': 'a5', 'name': 'Mr. Ana Petrov', 'type': 'person'},"
        + " {'id': 'a6', 'name': 'Bo Lind', 'type': 'PERSON'}, {'id': 'a2',");
    ArticleScore s = score(out);
    assertThat(s.found(Measure.PERSON_SPLITS)).isEqualTo(1);
    assertThat(s.found(Measure.PERSON_PRECISION)).isEqualTo(2);
    assertThat(s.wanted(Measure.PERSON_PRECISION)).isEqualTo(3);
    assertThat(kinds(s)).containsExactly(Miss.Kind.PERSON_SPLIT, Miss.Kind.PERSON_NOT_IN_GOLD);
  }

  @Test
  void score_quoteByOtherActorAndTermAsSpeech_speakerWrongTermCounted() throws Exception {
    String term = "{'start': " + at("talks") + ", 'end': " + (at("talks") + 5) + ", 'text': '\u201ctalks\u201d',"
        + " 'speaker': 'a2', 'kind': 'direct'}";
    String out = perfect().replace("'speaker': 'a1', 'kind': 'direct'}]", "'speaker': 'a4', 'kind': 'direct'}, " + term + "]");
    ArticleScore s = score(out);
    assertThat(s.found(Measure.QUOTES)).isEqualTo(1);
    assertThat(s.found(Measure.SPEAKERS)).isZero();
    assertThat(s.found(Measure.TERM_AS_SPEECH)).isEqualTo(1);
    assertThat(kinds(s)).containsExactly(Miss.Kind.SPEAKER_WRONG, Miss.Kind.TERM_AS_SPEECH);
    assertThat(score(out.replace("'speaker': 'a2', 'kind': 'direct'", "'speaker': 'a2', 'kind': 'term'"))
        .found(Measure.TERM_AS_SPEECH)).isZero();
  }

  @Test
  void score_wrongRootAndWrongDate_eventMissingSpuriousAndDateWrong() throws Exception {
    String out = perfect().replace("'cameo': '0431'", "'cameo': '190'").replace("'date': '2020-03-03'", "'date': '2020-04'");
    ArticleScore s = score(out);
    assertThat(s.found(Measure.EVENTS)).isEqualTo(1);
    assertThat(s.found(Measure.EVENT_PRECISION)).isEqualTo(1);
    assertThat(s.wanted(Measure.EVENT_PRECISION)).isEqualTo(2);
    assertThat(s.found(Measure.EVENT_DATES)).isZero();
    assertThat(s.wanted(Measure.EVENT_DATES)).isEqualTo(1);
    assertThat(kinds(s)).containsExactly(Miss.Kind.EVENT_DATE_WRONG, Miss.Kind.EVENT_MISSING, Miss.Kind.SPURIOUS_EVENT);
  }

  @Test
  void score_eventDatePrefix_consistentEitherWay() throws Exception {
    assertThat(score(perfect().replace("'date': '2020-03-03'", "'date': '2020-03'")).found(Measure.EVENT_DATES)).isEqualTo(1);
    assertThat(score(perfect().replace("'date': '2020-03-03'", "'date': null")).found(Measure.EVENT_DATES)).isZero();
  }

  @Test
  void score_nonSymmetricReversed_notMatched() throws Exception {
    // E1 is not symmetric: VLM -> OST does not match OST -> VLM
    String out = perfect().replace("{'cameo': '120', 'source': ['a3'], 'target': ['a2']",
        "{'cameo': '120', 'source': ['a2'], 'target': ['a3']");
    ArticleScore s = score(out);
    assertThat(s.found(Measure.EVENTS)).isEqualTo(1);
    assertThat(s.misses()).extracting(Miss::detail).contains("E1");
  }

  @Test
  void score_goldTargetMayBeNone_eventWithoutTargetMatches() throws Exception {
    String out = perfect().replace("{'cameo': '120', 'source': ['a3'], 'target': ['a2']",
        "{'cameo': '120', 'source': ['a3'], 'target': []");
    assertThat(score(out).found(Measure.EVENTS)).isEqualTo(2);
  }

  @Test
  void score_timeValueWrongOrAbsent_timeWrong() throws Exception {
    ArticleScore s = score(perfect().replace("'value': '2020-03-02'", "'value': '2020-03-09'")
        .replace("'value': '2020-03'}", "'value': null}"));
    assertThat(s.found(Measure.TIMES)).isZero();
    assertThat(kinds(s)).containsExactly(Miss.Kind.TIME_WRONG, Miss.Kind.TIME_WRONG);
  }

  @Test
  void score_claimCertaintyOrSourceWrong_claimWrong() throws Exception {
    assertThat(score(perfect().replace("'certainty': 'reported'", "'certainty': 'possible'")).found(Measure.CLAIMS)).isZero();
    assertThat(score(perfect().replace("'sourceText': 'Ana Petrov'", "'sourceText': 'officials'")).found(Measure.CLAIMS)).isZero();
    assertThat(score(perfect().replace("'sourceText': 'Ana Petrov'", "'source': 'a1'")).found(Measure.CLAIMS)).isEqualTo(1);
  }

  @Test
  void score_goalOfOtherActor_goalMissing() throws Exception {
    ArticleScore s = score(perfect().replace("'goals': [{'actor': 'a4'", "'goals': [{'actor': 'a3'"));
    assertThat(s.found(Measure.GOALS)).isZero();
    assertThat(kinds(s)).containsExactly(Miss.Kind.GOAL_MISSING);
  }

  @Test
  void score_anchorNotInText_missedAndReported() throws Exception {
    JsonNode gold = JSON.readTree(GOLD.replace("'anchor': 'wants a ceasefire'", "'anchor': 'wants peace'"));
    ArticleScore s = ArticleScorer.score(gold, TEXT, JSON.readTree(perfect()));
    assertThat(s.found(Measure.GOALS)).isZero();
    assertThat(kinds(s)).containsExactly(Miss.Kind.ANCHOR_NOT_FOUND, Miss.Kind.GOAL_MISSING);
  }

  @Test
  void score_outputTextDiffers_anchorsSearchedInOutputText() throws Exception {
    String out = perfect().replace("'document': {'id': '1'}", "'document': {'id': '1', 'text': " + JSON.writeValueAsString(TEXT)
        .replace("'", "\\'") + "}");
    assertThat(ArticleScorer.score(JSON.readTree(GOLD), "unrelated", JSON.readTree(out)).misses()).isEmpty();
  }

  @Test
  void score_noSchemaTag_throws() {
    assertThatThrownBy(() -> score("{'actors': []}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void totalLine_sums_ratiosWithPercentThenCounts() throws Exception {
    ArticleScore a = score(perfect());
    ArticleScore b = score(perfect().replace("'cameo': '0431'", "'cameo': '190'"));
    ArticleScore empty = new ArticleScore("E", Map.of(), List.of());
    assertThat(ArticleScore.sum(List.of(a, b, empty)).totalLine(3)).isEqualTo("TOTAL 3 articles: actors 6/6 (100%)"
        + " person_precision 2/2 (100%) roles 2/2 (100%) countries 6/6 (100%) quotes 2/2 (100%) speakers 2/2 (100%)"
        + " events 3/4 (75%) event_precision 3/4 (75%) event_dates 2/2 (100%) times 4/4 (100%) claims 2/2 (100%)"
        + " goals 2/2 (100%) person_splits 0 term_as_speech 0");
    assertThat(empty.totalLine(1)).startsWith("TOTAL 1 articles: actors [0, 0] person_precision [0, 0]");
  }

  @Test
  void errors_misses_groupedLargestFirst() {
    List<Miss> misses = List.of(new Miss(Miss.Kind.GOAL_MISSING, "A", "g1"), new Miss(Miss.Kind.COUNTRY_WRONG, "A", "c1"),
        new Miss(Miss.Kind.COUNTRY_WRONG, "B", "c2"), new Miss(Miss.Kind.ACTOR_MISSING, "B", "x"));
    assertThat(ArticlesSuite.errors(misses)).containsExactly("misses by kind (4):", "country wrong (2)", "  A: c1",
        "  B: c2", "actor missing (1)", "  B: x", "goal missing (1)", "  A: g1");
  }
}
