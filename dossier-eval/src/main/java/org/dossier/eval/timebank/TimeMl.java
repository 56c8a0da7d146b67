package org.dossier.eval.timebank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A TimeML document (TimeBank, AQUAINT): the plain text of its {@code TEXT} element, the
 * {@code TIMEX3} elements inside it as char spans of that text, and its creation time
 * ({@code DCT}).
 *
 * @param id     document id (file name without extension)
 * @param dct    the creation date, or null when absent or unparseable
 * @param text   the text of the {@code TEXT} element, tags removed
 * @param timexes the gold time expressions in it
 */
record TimeMl(String id, LocalDate dct, String text, List<Timex> timexes) {

  /** A gold TIMEX3: char span of {@link #text}, type and normalised value. */
  record Timex(int begin, int end, String type, String value) {}

  static TimeMl read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(name, in);
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not well-formed TimeML (" + e.getMessage() + ")", e);
    }
  }

  static TimeMl parse(String id, InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = f.createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    boolean inText = false;
    boolean inDct = false;
    LocalDate dct = null;
    int timexStart = -1;
    String type = null;
    String value = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String el = r.getLocalName();
        if ("TEXT".equals(el)) {
          inText = true;
        } else if ("DCT".equals(el)) {
          inDct = true;
        } else if ("TIMEX3".equals(el)) {
          if (inDct && dct == null) {
            dct = date(r.getAttributeValue(null, "value"));
          } else if (inText) {
            timexStart = text.length();
            type = r.getAttributeValue(null, "type");
            value = r.getAttributeValue(null, "value");
          }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String el = r.getLocalName();
        if ("TEXT".equals(el)) {
          inText = false;
        } else if ("DCT".equals(el)) {
          inDct = false;
        } else if ("TIMEX3".equals(el) && inText && timexStart >= 0) {
          if (text.length() > timexStart) {
            timexes.add(new Timex(timexStart, text.length(), type == null ? "" : type, value));
          }
          timexStart = -1;
        }
      } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE)) {
        text.append(r.getText());
      }
    }
    return new TimeMl(id, dct, text.toString(), List.copyOf(timexes));
  }

  /** The date part of a TIMEX3 value ("1998-11-20T19:30" gives 1998-11-20), or null. */
  static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
