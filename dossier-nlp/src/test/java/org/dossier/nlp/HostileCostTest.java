package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import org.dossier.model.Dossier;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.pipeline.Deadline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the cost of one document is bounded — linear stages, a longest token, a time budget.
 * Bounds are on the extracting thread's CPU time, which other load on the machine does not inflate.
 */
class HostileCostTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() throws InputException {
    extractor = Extractor.create(DossierConfig.defaults());
    extractor.extract(DocumentInfo.of("warm", LocalDate.of(2024, 5, 17), "Vladimir Putin met Xi Jinping in Beijing."));
  }

  private static double cpuSeconds(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    work.run();
    return (threads.getCurrentThreadCpuTime() - t0) / 1e9;
  }

  private static Dossier extract(String text) {
    try {
      return extractor.extract(DocumentInfo.of("hostile", LocalDate.of(2024, 5, 17), text));
    } catch (InputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** "Vladimir Putin, " 15,000 times took 76 s when every full-name mention was compared with every other. */
  @Test
  void extract_fullNameRepeatedFifteenThousandTimes_takesSecondsNotMinutes() {
    String text = "Vladimir Putin, ".repeat(15_000);
    Dossier[] d = new Dossier[1];
    double cpu = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> cpuSeconds(() -> d[0] = extract(text)));
    assertThat(cpu).as("CPU seconds").isLessThan(25);
    assertThat(d[0].actors()).anySatisfy(a -> assertThat(a.mentions()).hasSizeGreaterThan(10_000));
  }

  /** One 100 KB token exhausted 3 GB: the NER features of a token grow with the square of its length. */
  @Test
  void extract_oneTwoHundredKilobyteToken_cutIntoBoundedTokensAndExtracted() {
    String text = "The minister spoke. " + "abcdefghij".repeat(20_000) + " Then he left.";
    Dossier[] d = new Dossier[1];
    double cpu = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> cpuSeconds(() -> d[0] = extract(text)));
    assertThat(cpu).as("CPU seconds").isLessThan(20);
    assertThat(d[0].document().text()).isEqualTo(text);
  }

  @Test
  void extract_overTheTimeBudget_failsNamingTheDocumentAndLeavesTheThreadUsable() throws InputException {
    Extractor hasty = Extractor.create(DossierConfig.defaults().withDocTimeout(Duration.ofMillis(1)));
    DocumentInfo doc = DocumentInfo.of("slow-one", LocalDate.of(2024, 5, 17), "Officials met in Geneva. ".repeat(4000));
    assertThatThrownBy(() -> hasty.extract(doc)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("slow-one: over the time budget").hasMessageNotContaining("\n");
    assertThat(Thread.currentThread().isInterrupted()).as("the budget's interrupt is cleared").isFalse();
    assertThat(extractor.extract(DocumentInfo.of("next", LocalDate.of(2024, 5, 17), "Vladimir Putin met Xi Jinping."))
        .actors()).isNotEmpty();
  }

  @Test
  void deadlineRun_checkpointPastTheBudget_throwsInputExceptionNamingTheStage() {
    assertThatThrownBy(() -> Deadline.run(Duration.ofMillis(20), "doc-7", () -> {
      while (true) {
        Deadline.check("events");
      }
    })).isInstanceOf(InputException.class).hasMessageContaining("doc-7").hasMessageContaining("'events'");
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void withMaxTokenChars_belowSixteen_rejectedWithValue() {
    assertThatThrownBy(() -> DossierConfig.defaults().withMaxTokenChars(3)).hasMessageContaining("got: 3");
  }
}
