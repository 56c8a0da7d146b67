package org.dossier.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversion of a small dictionary written for this test into knowledge-base rows that load back. */
class PhoenixConverterTest {
  @TempDir
  Path dir;

  private static final String DICTIONARY = String.join("\n",
      "# a dictionary written for this test",
      "ANNA_EXAMPLE_  # invented",
      "+A._EXAMPLE",
      "+PRESIDENT_EXAMPLE",
      "\t[FRAELI 700101-950101]",
      "\t[FRAGOV 950101-990630]",
      "\t[FRAELI]",
      "OLD_RULER_",
      "\t[DEUGOV 700101-851231]",
      "KARL_",
      "\t[DEUGOV 950101-990630]",
      "FOREIGN_MINISTER_BRAUN_",
      "\t[DEUGOV 950101-990630]",
      "RED_DAWN_FRONT_ [FRAREB]",
      "+DAWN_FRONT_",
      "VLADIMIR_PUTIN_",
      "\t[RUSGOV >000507]",
      "");

  @Test
  void convert_datedOfficesAndGroups_rowsOnlyForWhatTheDictionaryStates() throws Exception {
    Path dict = dir.resolve("Test.actors.txt");
    Files.writeString(dict, DICTIONARY, StandardCharsets.UTF_8);
    PhoenixConverter.Result r = PhoenixConverter.convert(List.of(dict), KnowledgeBase.builtInOwn(),
        LocalDate.of(1990, 1, 1));
    // Old Ruler left office before 1990; "Karl" is one word; "Foreign Minister Braun" a title; Putin is
    // in the hand-checked files already
    assertThat(r.entities()).extracting(row -> row.get(1)).containsExactly("Anna Example", "Red Dawn Front");
    assertThat(r.entities().get(0)).containsSubsequence("PERSON", "FRA", "FRAGOV", "A. Example");
    assertThat(r.entities().get(0).get(5)).doesNotContain("President");
    assertThat(r.roles()).singleElement().satisfies(row -> assertThat(row).containsExactly("phoenix:anna-example",
        "Government official", "France", "country:FRA", "FRA", "FRAGOV", "1995-01-01", "1999-06-30",
        "Test.actors.txt line 6 (PETRARCH/Phoenix, MIT)"));

    Path entities = dir.resolve("e.tsv");
    Path roles = dir.resolve("r.tsv");
    PhoenixConverter.write(r, entities, roles, List.of(dict), LocalDate.of(1990, 1, 1));
    KnowledgeBase kb = KnowledgeBase.withFiles(List.of(entities, roles));
    KbEntity anna = kb.lookup("Anna Example").get(0);
    assertThat(kb.rolesOn(anna.id(), LocalDate.of(1997, 5, 1))).extracting(KbRole::code).containsExactly("FRAGOV");
    assertThat(kb.rolesOn(anna.id(), LocalDate.of(2001, 5, 1))).isEmpty();
    assertThat(kb.lookup("Dawn Front")).extracting(KbEntity::code).containsExactly("FRAREB");
  }

  @Test
  void builtIn_convertedFiles_loadBesideTheOwnWithoutReplacingThem() {
    KnowledgeBase kb = KnowledgeBase.builtIn();
    assertThat(kb.lookup("Abdullah II")).extracting(KbEntity::country).containsExactly("JOR");
    // a name the own files hold stays the own entity
    assertThat(kb.lookup("Vladimir Putin")).extracting(KbEntity::id).noneMatch(id -> id.startsWith("phoenix:"));
  }
}
