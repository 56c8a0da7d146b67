package org.dossier.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.dossier.model.DossierJson;

/**
 * Renders a {@link Brief} as Markdown (plain or with ANSI colour for terminals), HTML (every piece
 * of article text escaped; evidence links point at the highlighted span) or JSON.
 *
 * <p>Stateless and thread-safe.
 */
public final class BriefRenderer {
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String CYAN = "\u001b[36m";
  private static final String RESET = "\u001b[0m";

  private BriefRenderer() {}

  /** Markdown; {@code colour} adds ANSI styling for a terminal. Evidence is quoted under each line. */
  public static String markdown(Brief brief, boolean colour) {
    StringBuilder sb = new StringBuilder();
    sb.append(colour ? BOLD : "").append("# What to know: ").append(oneLine(brief.title())).append(colour ? RESET : "")
        .append('\n');
    if (brief.date() != null) {
      sb.append("Date: ").append(brief.date()).append('\n');
    }
    for (Section s : brief.sections()) {
      sb.append('\n').append(colour ? BOLD + CYAN : "").append("## ").append(s.heading()).append(colour ? RESET : "")
          .append('\n');
      for (BriefLine line : s.lines()) {
        sb.append("- ").append(oneLine(line.text())).append('\n');
        for (Evidence e : line.evidence()) {
          sb.append("  ").append(colour ? DIM : "").append("> ").append(oneLine(e.text())).append(" [")
              .append(oneLine(e.document())).append(':').append(e.start()).append('-').append(e.end()).append(']')
              .append(colour ? RESET : "").append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * An HTML fragment. {@code linkBase} prefixes evidence links ({@code linkBase + documentId +
   * "?start=" + start + "&end=" + end}); pass null for no links.
   */
  public static String html(Brief brief, String linkBase) {
    StringBuilder sb = new StringBuilder();
    sb.append("<article class=\"brief\">\n<h1>What to know: ").append(escape(brief.title())).append("</h1>\n");
    if (brief.date() != null) {
      sb.append("<p class=\"date\">").append(escape(brief.date())).append("</p>\n");
    }
    for (Section s : brief.sections()) {
      sb.append("<section id=\"").append(escape(s.id())).append("\">\n<h2>").append(escape(s.heading()))
          .append("</h2>\n<ul>\n");
      for (BriefLine line : s.lines()) {
        sb.append("<li>").append(escape(line.text()));
        for (Evidence e : line.evidence()) {
          sb.append(" <blockquote class=\"evidence\">");
          if (linkBase != null) {
            sb.append("<a href=\"").append(escape(linkBase + URLEncoder.encode(e.document(), StandardCharsets.UTF_8)
                + "?start=" + e.start() + "&end=" + e.end())).append("\">").append(escape(e.text())).append("</a>");
          } else {
            sb.append(escape(e.text()));
          }
          sb.append("</blockquote>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n</section>\n");
    }
    return sb.append("</article>\n").toString();
  }

  /** The brief's JSON form ({@code dossier-brief/1}). */
  public static String json(Brief brief) {
    try {
      return DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(brief);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Article text is untrusted: one line, no control characters (no forged structure or escapes). */
  static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replaceAll("\\p{Cntrl}", "");
  }
}
