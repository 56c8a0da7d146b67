package org.dossier.store.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.input.DocumentReader;
import org.dossier.nlp.input.InputRecord;
import org.dossier.nlp.input.RecordStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Articles from WARC files (plain or gzipped, e.g. CC-NEWS): every HTTP response with an HTML
 * body becomes a document (id and URL from WARC-Target-URI; the crawl date stands in for a
 * missing publication date), and every plain-text conversion record (WET) too. Other records are
 * skipped; an unreadable one is reported and the rest of the file still read. Read lazily.
 */
final class WarcInput {
  private static final long MAX_BODY = 5L * 1024 * 1024;

  private WarcInput() {}

  static boolean accepts(Path p) {
    String s = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return s.endsWith(".warc") || s.endsWith(".warc.gz") || s.endsWith(".wet") || s.endsWith(".wet.gz");
  }

  static Stream<InputRecord> read(Path path) {
    WarcReader reader;
    try {
      reader = new WarcReader(path);
    } catch (IOException e) {
      return Stream.of(InputRecord.failed(path.toString(), path + ": cannot be read as WARC (" + e.getMessage() + ")"));
    }
    boolean[] stopped = {false};
    long[] produced = {0};
    return RecordStream.of(() -> {
      while (!stopped[0]) {
        long position = reader.position();
        WarcRecord record;
        try {
          record = reader.next().orElse(null);
        } catch (IOException | RuntimeException e) {
          stopped[0] = true;
          produced[0]++;
          return InputRecord.failed(path + "@" + position, path + "@" + position
              + ": unreadable WARC record; the rest of the file is skipped (" + e.getMessage() + ")");
        }
        if (record == null) {
          stopped[0] = true;
          return produced[0] > 0 ? null : InputRecord.failed(path.toString(), path
              + ": no readable record (no HTML response or text conversion in the file)");
        }
        InputRecord converted = convert(path, position, record);
        if (converted != null) {
          produced[0]++;
          return converted;
        }
      }
      return null;
    }, reader);
  }

  /** The document in {@code record}, a failure, or null when the record holds no article. */
  static InputRecord convert(Path path, long position, WarcRecord record) {
    String origin = path + "@" + position;
    try {
      if (record instanceof WarcResponse response) {
        MediaType type = response.http().contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (response.http().status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
          return null;
        }
        String url = response.target();
        byte[] body = readBody(response.http().body().stream());
        if (body == null) {
          return InputRecord.failed(origin, origin + ": " + url + ": page too large (over " + MAX_BODY + " bytes)");
        }
        DocumentInfo doc = DocumentReader.fromHtml(new String(body, charset(type)), url, url);
        if (doc.published() == null) {
          doc = doc.withPublished(LocalDate.ofInstant(response.date(), ZoneOffset.UTC));
        }
        return InputRecord.ok(origin, doc);
      }
      if (record instanceof WarcConversion conversion) {
        String url = conversion.target();
        byte[] body = readBody(conversion.body().stream());
        if (body == null) {
          return InputRecord.failed(origin, origin + ": " + url + ": text too large (over " + MAX_BODY + " bytes)");
        }
        return InputRecord.ok(origin, new DocumentInfo(url, null, LocalDate.ofInstant(conversion.date(), ZoneOffset.UTC),
            null, url, "en", new String(body, StandardCharsets.UTF_8)));
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return InputRecord.failed(origin, origin + ": unreadable WARC record (" + e.getMessage() + ")");
    }
  }

  private static byte[] readBody(java.io.InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs != null) {
      try {
        return Charset.forName(cs.strip());
      } catch (IllegalArgumentException e) {
        // an unknown charset name: UTF-8 is the best guess for news pages
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Test hook: every document of a WARC file, failures included. */
  static List<InputRecord> readAll(Path path) {
    try (Stream<InputRecord> s = read(path)) {
      return new ArrayList<>(s.toList());
    }
  }
}
