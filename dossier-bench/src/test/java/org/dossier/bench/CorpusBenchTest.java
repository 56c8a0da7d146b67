package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBenchTest {
  @TempDir
  Path tmp;

  @Test
  void load_corpusWithBadLines_keepsFirstNReadableDocuments() throws Exception {
    Path corpus = tmp.resolve("c.jsonl");
    Files.writeString(corpus, """
        {"id":"a","text":"One short text."}
        not json
        {"id":"b","text":"   "}
        {"id":"c","text":"Another text."}
        {"id":"d","text":"A third text."}
        """);
    List<DocumentInfo> docs = CorpusBench.load(corpus, 2);
    assertThat(docs).extracting(DocumentInfo::id).containsExactly("a", "c");
  }

  @Test
  void load_missingCorpus_throwsNamingThePath() {
    Path missing = tmp.resolve("nope.jsonl");
    assertThatThrownBy(() -> CorpusBench.load(missing, 5)).hasMessageContaining(missing.toString());
  }

  @Test
  void options_zeroDocs_rejectedWithValue() {
    assertThatThrownBy(() -> new CorpusBench.Options(tmp, 0, 1, false, "10g")).hasMessageContaining("got: 0");
  }

  @Test
  void pass_rates_divideTokensByTime() {
    CorpusBench.Pass p = new CorpusBench.Pass(1, 10, 5000, 2.0, 4.0);
    assertThat(p.tokensPerSecond()).isEqualTo(2500.0);
    assertThat(p.docsPerSecond()).isEqualTo(5.0);
    assertThat(p.tokensPerCpuSecond()).isEqualTo(1250.0);
  }

  @Test
  void memoryProbe_onLinux_readsResidentPeak() {
    try (MemoryProbe probe = MemoryProbe.start()) {
      assertThat(probe.peakHeapBytes()).isPositive();
    }
    if (Files.exists(Path.of("/proc/self/status"))) {
      assertThat(MemoryProbe.residentPeakBytes()).isPositive();
    }
  }
}
