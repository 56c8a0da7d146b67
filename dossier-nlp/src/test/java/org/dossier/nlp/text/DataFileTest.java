package org.dossier.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {

  @Test
  void rows_commentsAndBlankLines_skippedWithLineNumbersKept() {
    List<DataFile.Row> rows = DataFile.rows("# header comment\nfirst\tA\n\n  \n#x\nsecond\tB\tC\r\n", "f.tsv");

    assertThat(rows).extracting(DataFile.Row::line).containsExactly(2, 6);
    assertThat(rows.get(0).where()).isEqualTo("f.tsv:2");
    assertThat(rows.get(1).fields()).containsExactly("second", "B", "C");
  }

  @Test
  void rows_emptyText_noRows() {
    assertThat(DataFile.rows("", "empty.tsv")).isEmpty();
  }

  @Test
  void tableRows_bundledTable_headerDropped() {
    List<DataFile.Row> rows = DataFile.tableRows(DataFileTest.class, "data-file-example.tsv");

    assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("Alpha", " Beta ");
    assertThat(rows.get(0).where()).isEqualTo("data-file-example.tsv:4");
  }

  @Test
  void firstColumn_bundledList_trimmedAndLowerCased() {
    assertThat(DataFile.firstColumn(DataFileTest.class, "data-file-example.tsv"))
        .containsExactlyInAnyOrder("word", "alpha", "beta");
  }

  @Test
  void text_missingResource_errorNamesTheResource() {
    assertThatThrownBy(() -> DataFile.text(DataFileTest.class, "no-such-file.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-file.tsv");
  }

  @Test
  void wordClasses_bundledClasses_wordsTrimmedAndLowerCased() {
    WordClasses classes = DataFile.wordClasses(DataFileTest.class, "word-classes-example.tsv");

    assertThat(classes.of("negation")).containsExactlyInAnyOrder("not", "never", "n't");
    assertThatThrownBy(() -> classes.of("unknown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("word-classes-example.tsv");
  }

  @Test
  void wordClasses_classGivenTwice_errorNamesFileAndLine() {
    assertThatThrownBy(() -> DataFile.wordClasses(DataFileTest.class, "word-classes-twice.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("word-classes-twice.tsv:3");
  }
}
