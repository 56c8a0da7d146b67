package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Articles from RSS 2.0 and Atom feed files: one document per item or entry, its text from the
 * full content ({@code content:encoded}, Atom {@code content}) or else the summary, HTML reduced to
 * text; id from the guid/id, else the link. The XML parser refuses DTDs and external entities
 * (feeds are untrusted). Stateless, thread-safe.
 */
final class FeedInput {
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

  private FeedInput() {}

  static boolean accepts(Path p) {
    String s = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (s.endsWith(".rss") || s.endsWith(".atom")) {
      return true;
    }
    if (!s.endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
      return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    } catch (IOException e) {
      return false;
    }
  }

  static List<InputRecord> read(Path path) {
    String name = path.toString();
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(path)) {
      xml = builder().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      return List.of(InputRecord.failed(name, name + ": not a readable RSS or Atom feed (" + e.getMessage() + ")"));
    }
    List<InputRecord> out = new ArrayList<>();
    NodeList items = xml.getElementsByTagNameNS("*", "item");
    boolean atom = items.getLength() == 0;
    if (atom) {
      items = xml.getElementsByTagNameNS("*", "entry");
    }
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      String origin = name + "#" + (i + 1);
      try {
        out.add(atom ? atomEntry(item, origin) : rssItem(item, origin));
      } catch (RuntimeException e) {
        out.add(InputRecord.failed(origin, origin + ": unreadable feed item (" + e.getMessage() + ")"));
      }
    }
    return out;
  }

  private static InputRecord rssItem(Element item, String origin) {
    String link = child(item, "*", "link");
    String id = first(child(item, "*", "guid"), link, origin);
    String body = first(child(item, CONTENT_NS, "encoded"), child(item, "*", "description"), null);
    LocalDate date = rfc822(first(child(item, "*", "pubDate"), child(item, "*", "date"), null));
    return make(origin, id, child(item, "*", "title"), date, link, body);
  }

  private static InputRecord atomEntry(Element entry, String origin) {
    String link = null;
    NodeList links = entry.getElementsByTagNameNS("*", "link");
    for (int i = 0; i < links.getLength() && link == null; i++) {
      Element l = (Element) links.item(i);
      String rel = l.getAttribute("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = l.getAttribute("href");
      }
    }
    String id = first(child(entry, "*", "id"), link, origin);
    String body = first(child(entry, "*", "content"), child(entry, "*", "summary"), null);
    LocalDate date = iso(first(child(entry, "*", "published"), child(entry, "*", "updated"), null));
    return make(origin, id, child(entry, "*", "title"), date, link, body);
  }

  private static InputRecord make(String origin, String id, String title, LocalDate date, String link, String body) {
    if (body == null || body.isBlank()) {
      return InputRecord.failed(origin, origin + ": feed item has no content or summary");
    }
    DocumentInfo parsed = DocumentReader.fromHtml("<html><body>" + body + "</body></html>", id, link);
    return InputRecord.ok(origin, new DocumentInfo(id, title == null ? null : title.strip(), date, null, link, "en",
        parsed.text()));
  }

  private static String child(Element parent, String ns, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName())
          && ("*".equals(ns) || ns.equals(e.getNamespaceURI()))) {
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
      }
    }
    return null;
  }

  private static String first(String a, String b, String fallback) {
    return a != null ? a : b != null ? b : fallback;
  }

  static LocalDate rfc822(String s) {
    if (s == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return iso(s); // Dublin Core dates in RSS 1.0 are ISO 8601
    }
  }

  static LocalDate iso(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.strip()).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length())));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static DocumentBuilder builder() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    for (String attribute : new String[] {XMLConstants.ACCESS_EXTERNAL_DTD, XMLConstants.ACCESS_EXTERNAL_SCHEMA}) {
      try {
        f.setAttribute(attribute, "");
      } catch (IllegalArgumentException e) {
        // a parser without JAXP 1.5 attributes (Xerces): the disallowed doctype already blocks them
      }
    }
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder();
  }
}
