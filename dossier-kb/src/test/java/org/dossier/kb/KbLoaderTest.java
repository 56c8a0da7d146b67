package org.dossier.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbLoaderTest {
  private static void read(String text) throws IOException {
    new KbLoader.Builder().read("user.tsv", new StringReader(text));
  }

  @Test
  void read_badDate_namesFileAndLine() {
    String text = "# as-of: 2026-01-01\nperson_id\ttitle\tvalid_from\nperson:x\tKing\t2020-13-01\n";
    assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("user.tsv:3: ").hasMessageContaining("2020-13-01");
  }

  @Test
  void read_missingRequiredCell_namesFileLineAndColumn() {
    assertThatThrownBy(() -> read("id\tname\ttype\nperson:x\t\tPERSON\n"))
        .hasMessageStartingWith("user.tsv:2: ").hasMessageContaining("'name'");
    assertThatThrownBy(() -> read("id\tname\ttype\nperson:x\tX\tMONARCH\n"))
        .hasMessageStartingWith("user.tsv:2: ");
    assertThatThrownBy(() -> read("iso3\tname\nRU\tRussia\n")).hasMessageStartingWith("user.tsv:2: ");
    assertThatThrownBy(() -> read("person_id\ttitle\tvalid_from\tvalid_to\np\tKing\t2020\t2019\n"))
        .hasMessageStartingWith("user.tsv:2: ").hasMessageContaining("ends");
    assertThatThrownBy(() -> read("foo\tbar\n1\t2\n")).hasMessageStartingWith("user.tsv:2: ");
  }

  @Test
  void date_partialDates_coverTheirWholePeriod() {
    assertThat(KbLoader.Builder.date("2024-10", false)).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(KbLoader.Builder.date("2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(KbLoader.Builder.date("2003", true)).isEqualTo(LocalDate.of(2003, 12, 31));
    assertThat(KbLoader.Builder.date("2003", false)).isEqualTo(LocalDate.of(2003, 1, 1));
  }

  @Test
  void withFiles_userEntries_addToBuiltIn(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "# as-of: 2026-12-01\nid\tname\ttype\tcountry\tcode\taliases\tsource\n"
        + "person:doe-jane\tJane Doe\tPERSON\tGBR\tGBRGOV\tJ. Doe|Jane Q. Doe\tmy notes\n");
    Path g = dir.resolve("roles.tsv");
    Files.writeString(g, "person_id\ttitle\tof\tof_id\tcountry\tcode\tvalid_from\tvalid_to\tsource\n"
        + "person:doe-jane\tAmbassador to France\tUnited Kingdom\tcountry:GBR\tGBR\tGBRGOV\t2025-03\t\tmine\n");
    KnowledgeBase kb = KnowledgeBase.withFiles(List.of(f, g));
    assertThat(kb.lookup("Jane Q. Doe")).extracting(KbEntity::id).containsExactly("person:doe-jane");
    assertThat(kb.rolesOn("person:doe-jane", LocalDate.of(2025, 3, 1))).extracting(KbRole::title)
        .containsExactly("Ambassador to France");
    assertThat(kb.lookup("NATO")).isNotEmpty();
    assertThat(kb.asOf()).isEqualTo("2026-12-01");
  }
}
