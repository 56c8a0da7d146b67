package org.dossier.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.doc.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agents table and its PETRARCH/Phoenix format, on entries written for these tests. */
class AgentDictionaryTest {
  /** Tokens of "word/POS" items. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      String w = item.substring(0, slash);
      out.add(new Token(out.size(), at, at + w.length(), w, item.substring(slash + 1), w.toLowerCase(), "O", 0));
      at += w.length() + 1;
    }
    return out;
  }

  private static String code(AgentDictionary dict, String tagged, int at, String actor) {
    List<Token> t = tokens(tagged);
    AgentDictionary.Match m = dict.match(t, at, t.size());
    return m == null ? null : m.agent().compose(actor);
  }

  @Test
  void parse_pluralsSetsAndPrefixes_matchEveryForm() {
    AgentDictionary d = AgentDictionary.parse(String.join("\n",
        "<!-- a test table -->",
        "!HUMAN! = MAN, MEN",
        "FERRY!HUMAN! [~FRY]  # a comment",
        "WIDGET_BOARD {} [~WDG]",
        "GOOSE {GEESE} [~GSE]",
        "DEPUTY [~DPT]",
        "HELPER_GROUP {} [HLP~]",
        "NO_CODE_HERE"));
    assertThat(code(d, "ferryman/NN", 0, "ABC")).isEqualTo("ABCFRY");
    assertThat(code(d, "ferrymen/NNS", 0, "ABC")).isEqualTo("ABCFRY");
    assertThat(code(d, "the/DT widget/NN board/NN", 1, "ABC")).isEqualTo("ABCWDG");
    assertThat(code(d, "widget/NN boards/NNS", 0, "ABC")).isNull();
    assertThat(code(d, "geese/NNS", 0, "ABC")).isEqualTo("ABCGSE");
    assertThat(code(d, "deputies/NNS", 0, "ABC")).isEqualTo("ABCDPT");
    assertThat(code(d, "helper/NN group/NN", 0, "ABC")).isEqualTo("HLPABC");
    assertThat(code(d, "no/DT code/NN here/RB", 0, "ABC")).isNull();
  }

  @Test
  void match_lastWordNotANoun_noMatch() {
    AgentDictionary d = AgentDictionary.parse("PRESS {} [~MED]");
    assertThat(code(d, "press/VB", 0, "ABC")).isNull();
    assertThat(code(d, "press/NN", 0, "ABC")).isEqualTo("ABCMED");
  }

  @Test
  void compose_unknownActorOrSameSuffix_placeholderOrUnchanged() {
    AgentDictionary.Agent gov = new AgentDictionary.Agent("", "GOV");
    assertThat(gov.compose(null)).isEqualTo("---GOV");
    assertThat(gov.compose("ABCGOV")).isEqualTo("ABCGOV");
    assertThatThrownBy(() -> new AgentDictionary.Agent("NGO", "GOV")).hasMessageContaining("[NGO~GOV]");
  }

  @Test
  void builtIn_commonAgentNouns_sectorCodes() {
    AgentDictionary d = AgentDictionary.builtIn();
    assertThat(code(d, "president/NN", 0, "USA")).isEqualTo("USAGOV");
    assertThat(code(d, "troops/NNS", 0, "RUS")).isEqualTo("RUSMIL");
    assertThat(code(d, "police/NN", 0, "FRA")).isEqualTo("FRACOP");
    assertThat(code(d, "prime/NNP minister/NNP", 0, "GBR")).isEqualTo("GBRGOV");
    assertThat(code(d, "rebels/NNS", 0, "COL")).isEqualTo("COLREB");
  }

  @Test
  void withFiles_userFile_addsToBuiltIn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("agents.txt");
    Files.writeString(f, "TAX_COLLECTOR [~TAX]\n");
    AgentDictionary d = AgentDictionary.withFiles(List.of(f));
    assertThat(code(d, "tax/NN collectors/NNS", 0, "ABC")).isEqualTo("ABCTAX");
    assertThat(code(d, "president/NN", 0, "ABC")).isEqualTo("ABCGOV");
    assertThat(d.size()).isGreaterThan(AgentDictionary.builtIn().size());
  }
}
