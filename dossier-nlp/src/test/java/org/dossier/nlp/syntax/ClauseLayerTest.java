package org.dossier.nlp.syntax;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The clause layer on real parses of sentences written for these tests. */
class ClauseLayerTest {
  private static Extractor full;
  private static Extractor selective;

  @BeforeAll
  static void load() {
    full = Extractor.create(DossierConfig.defaults().withParse(true));
    selective = Extractor.create(DossierConfig.defaults());
  }

  private static Doc annotate(Extractor e, String text) throws Exception {
    return e.annotate(DocumentInfo.of("clauses", LocalDate.of(2024, 5, 17), text));
  }

  /** sentence, predicate word, what to read, expected value (argument head words, comma-joined). */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("The minister accused the rebels of stealing aid.", "accused", "subj", "minister"),
        Arguments.of("The minister accused the rebels of stealing aid.", "accused", "obj", "rebels"),
        Arguments.of("Eight observers were held for two days by an angry crowd.", "held", "voice", "PASSIVE"),
        Arguments.of("Eight observers were held for two days by an angry crowd.", "held", "subj", "observers"),
        Arguments.of("Eight observers were held for two days by an angry crowd.", "held", "agent", "crowd"),
        Arguments.of("Germany, France and Italy met in Rome on Monday.", "met", "subj", "Germany,France,Italy"),
        Arguments.of("Germany, France and Italy met in Rome on Monday.", "met", "obl:in", "Rome"),
        Arguments.of("Germany, France and Italy met in Rome on Monday.", "met", "obl:on", "Monday"),
        Arguments.of("The president returned to the capital and declared a state of emergency.", "declared",
            "subj", "president"),
        Arguments.of("The president returned to the capital and declared a state of emergency.", "declared",
            "obj", "state"),
        Arguments.of("The rebels refused to sign the agreement.", "sign", "subj", "rebels"),
        Arguments.of("The rebels refused to sign the agreement.", "sign", "controlled", "true"),
        Arguments.of("The rebels refused to sign the agreement.", "sign", "parent", "refused"),
        Arguments.of("The minister urged the rebels to lay down their arms.", "lay", "subj", "rebels"),
        Arguments.of("The rebels vowed to lay down their arms.", "lay", "subj", "rebels"),
        Arguments.of("Smith threatened to quit the government.", "quit", "subj", "Smith"),
        Arguments.of("Smith threatened to quit the government.", "quit", "obj", "government"),
        Arguments.of("The army did not attack the village.", "attack", "neg", "true"),
        Arguments.of("The army attacked the village.", "attacked", "neg", "false"),
        Arguments.of("The leaders will meet in Geneva next week.", "meet", "aux", "will"),
        Arguments.of("Police said the protesters must leave the square.", "leave", "aux", "must"),
        Arguments.of("Police said the protesters must leave the square.", "leave", "parent", "said"),
        Arguments.of("Police said that the protesters had left the square.", "left", "mark", "that"),
        Arguments.of("The attack on the convoy by the rebels killed ten soldiers.", "attack", "obl:on", "convoy"),
        Arguments.of("The attack on the convoy by the rebels killed ten soldiers.", "attack", "agent", "rebels"),
        Arguments.of("Rebel groups who refused to sign the deal attacked the town.", "refused", "subj", "groups"),
        Arguments.of("The council adopted a resolution calling for a ceasefire.", "calling", "subj",
            "resolution"),
        Arguments.of("The ministers were due to meet on Friday.", "meet", "subj", "ministers"),
        Arguments.of("Ten soldiers were killed in the clashes.", "killed", "subj", "soldiers"),
        Arguments.of("Ten soldiers were killed in the clashes.", "killed", "agent", ""),
        Arguments.of("The government imposed sanctions against the company.", "imposed", "obl:against",
            "company"),
        Arguments.of("The two presidents signed and ratified the treaty.", "ratified", "subj", "presidents"),
        // a reduced relative after the object, misparsed as a loose clause, is repaired (ParseRepairs)
        Arguments.of("A doctor from Peru who visited the hostages held in the Japanese embassy said they were well.",
            "visited", "obj", "hostages"),
        Arguments.of("A doctor from Peru who visited the hostages held in the Japanese embassy said they were well.",
            "held", "voice", "PASSIVE"),
        Arguments.of("Rebel groups refused to sign the peace deal reached between Khartoum and the JEM.", "sign",
            "obj", "deal"),
        Arguments.of("Rebel groups refused to sign the peace deal reached between Khartoum and the JEM.",
            "reached", "subj", "deal"));
  }

  @ParameterizedTest(name = "{0} / {1} {2}")
  @MethodSource("cases")
  void clauseOf_sentence_hasExpectedArgument(String sentence, String predicate, String what, String expected)
      throws Exception {
    Doc doc = annotate(full, sentence);
    assertThat(read(doc, predicate, what)).isEqualTo(expected);
  }

  @Test
  void selectiveParse_sentenceWithTriggerAndActor_readsTheSameAsTheFullParse() throws Exception {
    String text = "The minister urged the rebels to lay down their arms.";
    assertThat(read(annotate(selective, text), "lay", "subj")).isEqualTo("rebels");
  }

  @Test
  void selectiveParse_sentenceWithoutTrigger_isNotParsed() throws Exception {
    Doc doc = annotate(selective, "The weather was mild in Paris.\nThe minister urged the rebels to lay down arms.");
    assertThat(doc.get(Layers.CLAUSES)).allMatch(c -> c.sentence() == 1).isNotEmpty();
  }

  @Test
  void clausesOf_unparsedDocument_isEmpty() throws Exception {
    Doc doc = annotate(selective, "The weather was mild in Paris.");
    Clauses clauses = Clauses.of(doc);
    assertThat(clauses.all()).isEmpty();
    assertThat(clauses.enclosing(0)).isEmpty();
  }

  @Test
  void argumentSpan_relativeClause_stopsAtTheNoun() throws Exception {
    Doc doc = annotate(full, "Rebel groups who refused to sign the deal attacked the town.");
    Clauses clauses = Clauses.of(doc);
    Clause attacked = clause(doc, "attacked");
    int[] span = clauses.argumentSpan(attacked.subjects().get(0));
    assertThat(words(doc, span)).isEqualTo("Rebel groups");
  }

  private static Clause clause(Doc doc, String predicate) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    return doc.get(Layers.CLAUSES).stream().filter(c -> tokens.get(c.predicate()).word().equals(predicate))
        .findFirst().orElseThrow(() -> new AssertionError("no clause " + predicate + " in "
            + doc.get(Layers.CLAUSES) + " deps " + doc.get(Layers.DEPENDENCIES)));
  }

  private static String read(Doc doc, String predicate, String what) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Clause> all = doc.get(Layers.CLAUSES);
    Clause c = clause(doc, predicate);
    return switch (what) {
      case "subj" -> heads(tokens, c.subjects());
      case "obj" -> heads(tokens, c.objects());
      case "agent" -> heads(tokens, c.agents());
      case "voice" -> c.voice().name();
      case "neg" -> Boolean.toString(c.negated());
      case "controlled" -> Boolean.toString(c.controlled());
      case "aux" -> String.join(",", c.auxiliaries());
      case "mark" -> String.valueOf(c.mark());
      case "parent" -> c.parent() < 0 ? "-" : tokens.get(all.get(c.parent()).predicate()).word();
      default -> what.startsWith("obl:") ? heads(tokens, c.oblique(what.substring(4)))
          : "unknown field " + what;
    };
  }

  private static String heads(List<Token> tokens, List<Integer> heads) {
    return heads.stream().map(i -> tokens.get(i).word()).collect(Collectors.joining(","));
  }

  private static String words(Doc doc, int[] span) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    return tokens.subList(span[0], span[1]).stream().map(Token::word).collect(Collectors.joining(" "));
  }
}
