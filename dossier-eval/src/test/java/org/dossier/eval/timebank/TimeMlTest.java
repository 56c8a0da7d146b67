package org.dossier.eval.timebank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlTest {
  // written for this test
  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>X1</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="2001-03-04T10:00" functionInDocument="CREATION_TIME">March 4</TIMEX3></DCT>
      <TEXT>The mill <EVENT eid="e1">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-02">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> &amp; more.</TEXT>
      </TimeML>
      """;

  @Test
  void parse_textAndTimexes_spansSliceTheText() throws Exception {
    TimeMl t = TimeMl.parse("X1", new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.dct()).isEqualTo(LocalDate.of(2001, 3, 4));
    assertThat(t.text()).isEqualTo("The mill closed Friday after three years & more.");
    assertThat(t.timexes()).hasSize(2);
    TimeMl.Timex friday = t.timexes().get(0);
    assertThat(t.text().substring(friday.begin(), friday.end())).isEqualTo("Friday");
    assertThat(friday.type()).isEqualTo("DATE");
    assertThat(friday.value()).isEqualTo("2001-03-02");
    assertThat(t.timexes().get(1).type()).isEqualTo("DURATION");
  }

  @Test
  void date_badOrShortValue_isNull() {
    assertThat(TimeMl.date("PRESENT_REF")).isNull();
    assertThat(TimeMl.date("1998-11-20T19:30")).isEqualTo(LocalDate.of(1998, 11, 20));
  }

  @Test
  void dateValues_countsDetectedDatesAndRightValues() {
    List<TimexScorer.Time> gold = List.of(new TimexScorer.Time(0, 6, "DATE", "2001-03-02"),
        new TimexScorer.Time(10, 15, "DATE", "2001-03"), new TimexScorer.Time(20, 25, "DATE", "2000"),
        new TimexScorer.Time(30, 35, "DURATION", "P3Y"));
    List<TimexScorer.Time> pred = List.of(new TimexScorer.Time(0, 6, "", "2001-03-02"), // right
        new TimexScorer.Time(12, 14, "", "2001-03-01"), // detected, wrong value
        new TimexScorer.Time(30, 35, "", "P3Y")); // not a DATE: ignored
    assertThat(TimexScorer.dateValues(gold, pred)).containsExactly(2, 1);
  }
}
