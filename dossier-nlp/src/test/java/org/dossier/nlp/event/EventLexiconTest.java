package org.dossier.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
  @Test
  void builtIn_coversAllTwentyRoots() {
    Set<String> roots = new TreeSet<>();
    for (LexEntry e : EventLexicon.parseTsv(readBuiltIn(), "lexicon.tsv")) {
      if (e.code() == null) {
        continue; // a sense that is no event ('-')
      }
      roots.add(e.code().substring(0, 2));
      assertThat(CameoCodebook.standard().find(e.code())).as(e.origin()).isPresent();
    }
    assertThat(roots).hasSize(20);
  }

  @Test
  void builtIn_newsVerbsAndNominalisationsPresent() {
    EventLexicon lex = EventLexicon.builtIn();
    for (String v : new String[] {"visit", "host", "meet", "invade", "impose", "warn", "threaten", "blacklist",
        "accuse", "blame", "criticise", "dismiss", "buy", "purchase", "attack", "shell", "bomb", "kill", "arrest",
        "protest", "negotiate", "sign", "praise", "condemn", "demand", "reject", "deny", "appeal", "mediate"}) {
      assertThat(lex.hasVerb(v)).as(v).isTrue();
    }
    for (String n : new String[] {"visit", "invasion", "sanction", "increase", "attack", "talks"}) {
      assertThat(lex.hasNoun(n)).as(n).isTrue();
    }
  }

  @Test
  void builtIn_nominalRows_readBeforeLexiconRowsOfTheSameHead() {
    // equally specific rows: the first one a coder meets wins, so nominal.tsv's roles apply
    assertThat(EventLexicon.builtIn().nouns("meeting").get(0).origin()).startsWith("nominal.tsv:");
  }

  @Test
  void parse_subjofOption_requiresPredicateAndCountsAsOneWord() {
    EventLexicon lex = EventLexicon.parse("N\ttalks\t*\t040\nN\ttalks\t*\t164\tsubjof=collapse|stall\n", "t.tsv");
    LexEntry bare = lex.nouns("talks").get(0);
    LexEntry halted = lex.nouns("talks").get(1);
    assertThat(bare.subjectOf()).isEmpty();
    assertThat(bare.specificity()).isZero();
    assertThat(halted.subjectOf()).containsExactlyInAnyOrder("collapse", "stall");
    assertThat(halted.specificity()).isEqualTo(1);
  }

  @Test
  void withoutClauseOnlyRows_builtIn_dropsNominalRowsKeepsLexiconRows() {
    EventLexicon window = EventLexicon.builtIn().withoutClauseOnlyRows();
    assertThat(window.hasNoun("critique")).isFalse();
    assertThat(window.nouns("meeting")).isNotEmpty().allMatch(e -> e.origin().startsWith("lexicon.tsv:"));
    assertThat(EventLexicon.builtIn().hasNoun("critique")).isTrue();
  }

  @Test
  void with_userDictionaryDefinesVerb_replacesBuiltInPatternsOfThatVerbOnly() {
    EventLexicon builtIn = EventLexicon.parse("V\tscold\t* attack\t111\nV\tscold\t*\t111\nV\tgreet\t*\t040\n", "a.tsv");
    EventLexicon user = EventLexicon.parse("V\tscold\t*\t122\n", "user.tsv");
    EventLexicon both = builtIn.with(user);
    assertThat(both.verbs("scold")).extracting(LexEntry::code).containsExactly("122");
    assertThat(both.verbs("greet")).extracting(LexEntry::code).containsExactly("040");
    assertThat(both.size()).isEqualTo(2);
  }

  @Test
  void parse_unknownOption_rejectedWithLine() {
    assertThatThrownBy(() -> EventLexicon.parse("V\tgreet\t*\t040\tloud\n", "t.tsv"))
        .hasMessageContaining("t.tsv:1").hasMessageContaining("loud");
  }

  @Test
  void parse_missingHeadMarker_rejected() {
    assertThatThrownBy(() -> EventLexicon.parse("V\tgreet\twarmly\t040\n", "t.tsv"))
        .hasMessageContaining("'*'");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} * {1} -> {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      "$;+ AGAINST;[]",
      "$;AGAINST +;[tgt=obl:against]",
      "+ WAS;BY $;[]",
      "$;WITH +;[tgt=obl:with]",
      ";ON + BY $;[tgt=obl:on]",
      "+;$;[src=obj, tgt=subj]"})
  void roles_petrarchMarks_mapToClauseRoles(String before, String after, String expected) {
    assertThat(PetrarchVerbReader.roles(before == null ? "" : before, after).toString()).isEqualTo(expected);
  }

  private static String readBuiltIn() {
    try (var in = EventLexicon.class.getResourceAsStream("lexicon.tsv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void parseTsv_dashCode_isASenseWithoutCode() {
    LexEntry e = EventLexicon.parseTsv("V\tcall\t* election\t-\n", "t.tsv").get(0);
    assertThat(e.code()).isNull();
    assertThat(e.specificity()).isEqualTo(1);
  }
}
