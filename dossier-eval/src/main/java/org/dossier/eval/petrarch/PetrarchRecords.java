package org.dossier.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PETRARCH's unit-test records: {@code <Sentence date="YYYYMMDD" id="…">} elements with
 * expected {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents="True"}) and
 * the sentence in {@code <Text>}; the parse trees are ignored.
 *
 * <p>Stateless and thread-safe.
 */
final class PetrarchRecords {
  private PetrarchRecords() {}

  /** An expected coding. */
  record Coding(String source, String target, String code) {}

  /** A record: id, date, text and its expected codings (empty for no-event records). */
  record Record(String id, LocalDate date, String text, List<Coding> codings) {}

  static List<Record> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed (" + e.getMessage() + ")", e);
    }
  }

  static List<Record> parse(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(in);
    List<Record> out = new ArrayList<>();
    String id = null;
    LocalDate date = null;
    List<Coding> codings = new ArrayList<>();
    StringBuilder text = null;
    String sentenceText = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "Sentence" -> {
            id = r.getAttributeValue(null, "id");
            date = date(r.getAttributeValue(null, "date"));
            codings = new ArrayList<>();
            sentenceText = null;
          }
          case "EventCoding" -> {
            String s = r.getAttributeValue(null, "sourcecode");
            String t = r.getAttributeValue(null, "targetcode");
            String c = r.getAttributeValue(null, "eventcode");
            if (c != null) {
              codings.add(new Coding(s == null ? "" : s.trim(), t == null ? "" : t.trim(), c.trim()));
            }
          }
          case "Text" -> text = new StringBuilder();
          default -> { }
        }
      } else if (ev == XMLStreamConstants.CHARACTERS && text != null) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if ("Text".equals(r.getLocalName()) && text != null) {
          sentenceText = text.toString().strip().replaceAll("\\s+", " ");
          text = null;
        } else if ("Sentence".equals(r.getLocalName()) && id != null && sentenceText != null) {
          out.add(new Record(id, date, sentenceText, List.copyOf(codings)));
          id = null;
        }
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim(), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
