package org.dossier.nlp.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.DocumentInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page with jsoup: the main text (the {@code article} or
 * {@code main} element when there is one, else the body, without navigation, scripts and
 * furniture), one line per paragraph or heading so that headings stay separate sentences; the
 * title and publication date from the usual meta tags.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlReader {
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "pre", "figcaption", "dd", "dt", "td");
  private static final String NESTED_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";
  private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
      "pubdate", "publishdate", "date", "DC.date.issued", "dc.date", "sailthru.date", "parsely-pub-date"};

  private HtmlReader() {}

  static DocumentInfo read(String html, String id, String fallbackUrl) {
    Document page = Jsoup.parse(html);
    page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, template").remove();
    String title = meta(page, "og:title");
    if (title == null && !page.title().isBlank()) {
      title = page.title().strip();
    }
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.selectFirst("main");
    }
    if (root == null) {
      root = page.body();
    }
    List<String> lines = new ArrayList<>();
    collect(root, lines);
    if (lines.isEmpty() && root != null) {
      lines.add(root.text());
    }
    String url = page.selectFirst("link[rel=canonical]") != null
        ? page.selectFirst("link[rel=canonical]").attr("href") : meta(page, "og:url");
    return new DocumentInfo(id, title, date(page), meta(page, "og:site_name"), url == null || url.isBlank() ? fallbackUrl : url,
        "en", String.join("\n", lines));
  }

  private static void collect(Element element, List<String> lines) {
    if (element == null) {
      return;
    }
    for (Element child : element.children()) {
      if (BLOCKS.contains(child.normalName()) && !hasBlockInside(child)) {
        String t = child.text().strip();
        if (!t.isEmpty()) {
          lines.add(t);
        }
      } else {
        collect(child, lines);
      }
    }
  }

  private static boolean hasBlockInside(Element element) {
    for (Element descendant : element.select(NESTED_BLOCKS)) {
      if (descendant != element) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document page, String name) {
    Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    if (e == null) {
      return null;
    }
    String v = e.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  private static LocalDate date(Document page) {
    for (String name : DATE_META) {
      LocalDate d = parseDate(meta(page, name));
      if (d != null) {
        return d;
      }
    }
    Element time = page.selectFirst("time[datetime]");
    return time == null ? null : parseDate(time.attr("datetime"));
  }

  private static LocalDate parseDate(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.substring(0, 10));
      // a page's metadata is not the article: an implausible date is ignored, the page still read
      return FieldChecks.dateProblem(d) == null ? d : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
