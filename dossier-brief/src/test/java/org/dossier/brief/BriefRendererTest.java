package org.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefRendererTest {
  private static Brief hostile() {
    String evil = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & 'single'";
    return new Brief(Brief.SCHEMA, "Title <b>bold</b>", "2024-05-17", List.of(new Section("quotes", "Who said what",
        List.of(new BriefLine("X said: " + evil, null, List.of(new Evidence("doc\"><x", 0, evil.length(), evil)))))));
  }

  @Test
  void html_hostileText_escapedEverywhere() {
    String html = BriefRenderer.html(hostile(), "/doc/");
    assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
        .contains("&lt;script&gt;").contains("&quot;quoted&quot;").contains("&amp;");
    assertThat(html).contains("href=\"/doc/doc%22%3E%3Cx?start=0&amp;end=");
  }

  @Test
  void markdown_plain_noAnsiAndEvidenceQuoted() {
    String md = BriefRenderer.markdown(BriefsTest.fixtureBrief(), false);
    assertThat(md).doesNotContain("\u001b[").startsWith("# What to know: doc-1").contains("\n  > ");
  }

  @Test
  void markdown_colour_usesAnsi() {
    assertThat(BriefRenderer.markdown(BriefsTest.fixtureBrief(), true)).contains("\u001b[1m");
  }

  @Test
  void markdown_textWithNewlines_staysOneLinePerItem() {
    Brief b = new Brief(Brief.SCHEMA, "T", null, List.of(new Section("claims", "Claims",
        List.of(new BriefLine("a\n## forged heading", null, List.of(new Evidence("d", 0, 1, "x")))))));
    assertThat(BriefRenderer.markdown(b, false)).doesNotContain("\n## forged");
  }

  @Test
  void json_brief_hasSchemaAndSections() {
    assertThat(BriefRenderer.json(BriefsTest.fixtureBrief())).contains("\"schema\" : \"dossier-brief/1\"")
        .contains("\"sections\"");
  }
}
