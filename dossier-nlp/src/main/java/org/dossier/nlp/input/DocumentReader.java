package org.dossier.nlp.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.model.DocumentInfo;

/**
 * Reads input files into documents: plain UTF-8 text, JSONL records
 * {@code {id, published, title, url, source, text}} and HTML pages. The format is chosen by the
 * file's extension ({@code .jsonl}, {@code .ndjson}, {@code .html}, {@code .htm}), else by its first
 * bytes.
 *
 * <p>Never throws for bad input: every problem becomes an {@link InputRecord#failed} naming the
 * file (and line), and the rest of the file is still read. Stateless and thread-safe.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentReader() {}

  /**
   * The documents in {@code path}, lazily for JSONL; close the stream when done. Every document's
   * stored fields pass {@link FieldChecks}; reading is bounded by {@link ReadOptions#maxBytes()} per
   * file (per line for JSONL) whatever the file is (a device or a pipe included).
   */
  public static Stream<InputRecord> read(Path path, ReadOptions options) {
    return readUnchecked(path, options).map(FieldChecks::check);
  }

  private static Stream<InputRecord> readUnchecked(Path path, ReadOptions options) {
    String name = FieldChecks.escape(path.toString());
    if (!Files.exists(path)) {
      return Stream.of(InputRecord.failed(name, name + ": no such file"));
    }
    if (Files.isDirectory(path)) {
      return Stream.of(InputRecord.failed(name, name + ": is a directory, not a file"));
    }
    if (!Files.isReadable(path)) {
      return Stream.of(InputRecord.failed(name, name + ": cannot be read (permission denied)"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        return readJsonl(path, name, options);
      }
      // the size a regular file declares is checked first, but only the bounded read below holds
      // for devices and pipes, which declare none
      long size = Files.isRegularFile(path) ? Files.size(path) : 0;
      if (size > options.maxBytes()) {
        return Stream.of(InputRecord.failed(name, name + ": file too large (" + size + " bytes; the limit is "
            + options.maxBytes() + ")"));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      }
      if (bytes.length > options.maxBytes()) {
        return Stream.of(InputRecord.failed(name, name + ": file too large (over " + options.maxBytes()
            + " bytes, the limit)"));
      }
      String text;
      try {
        text = decode(bytes);
      } catch (CharacterCodingException e) {
        return Stream.of(InputRecord.failed(name, name + ": " + (hasNul(bytes) ? "binary file" : "not UTF-8 text")
            + " (cannot decode)"));
      }
      if (text.isBlank()) {
        return Stream.of(InputRecord.failed(name, name + ": empty input (no text)"));
      }
      boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text);
      DocumentInfo doc = html ? HtmlReader.read(text, defaultId(path, options), path.toUri().toString())
          : new DocumentInfo(defaultId(path, options), options.title(), options.date(), null, null, "en", text);
      if (doc.published() == null && options.date() != null) {
        doc = doc.withPublished(options.date());
      }
      if (options.title() != null) {
        doc = doc.withTitle(options.title());
      }
      return Stream.of(InputRecord.ok(name, doc));
    } catch (IOException e) {
      return Stream.of(InputRecord.failed(name, name + ": cannot be read (" + FieldChecks.escape(e.getMessage()) + ")"));
    }
  }

  /**
   * The article in an HTML page held in memory (a WARC record, a feed item's content): main text,
   * title and date as for HTML files.
   *
   * @param id  the document id
   * @param url the page's address, or null
   */
  public static DocumentInfo fromHtml(String html, String id, String url) {
    return HtmlReader.read(html, id, url);
  }

  private static String defaultId(Path path, ReadOptions options) {
    if (options.id() != null) {
      return options.id();
    }
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** Strict UTF-8 decoding; a leading byte-order mark is dropped. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean hasNul(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static Stream<InputRecord> readJsonl(Path path, String name, ReadOptions options) throws IOException {
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes());
    LineReader reader = new LineReader(Files.newInputStream(path), maxLine);
    boolean[] stopped = {false};
    int[] records = {0};
    return RecordStream.of(() -> {
      while (!stopped[0]) {
        LineReader.Line line = reader.next();
        if (line == null) {
          stopped[0] = true;
          return records[0] == 0 ? InputRecord.failed(name, name + ": empty input (no records)") : null;
        }
        String origin = name + ":" + line.number();
        if (line.tooLong()) {
          records[0]++;
          if (line.binary()) {
            stopped[0] = true;
            return InputRecord.failed(origin, origin + ": binary content (NUL bytes in a line over "
                + maxLine + " bytes); the rest of the file is skipped");
          }
          return InputRecord.failed(origin, origin + ": record too large (" + line.length()
              + " bytes; the limit is " + maxLine + ")");
        }
        String text;
        try {
          text = decode(line.bytes());
        } catch (CharacterCodingException e) {
          records[0]++;
          return InputRecord.failed(origin, origin + ": not UTF-8 text (cannot decode this line)");
        }
        if (!text.isBlank()) {
          records[0]++;
          return parseRecord(text, name, line.number(), options);
        }
      }
      return null;
    }, reader);
  }

  /** Parses one JSONL line; visible for tests. */
  static InputRecord parseRecord(String line, String file, int lineNo, ReadOptions options) {
    String origin = file + ":" + lineNo;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return InputRecord.failed(origin, origin + ": malformed JSON (" + FieldChecks.escape(firstLine(e.getMessage())) + ")");
    }
    if (node == null || !node.isObject()) {
      return InputRecord.failed(origin, origin + ": not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return InputRecord.failed(origin, origin + ": no \"text\" string in the record");
    }
    String id = textOrNull(node, "id");
    if (id == null || id.isBlank()) {
      id = Path.of(file).getFileName() + ":" + lineNo;
    }
    LocalDate published = options.date();
    String date = textOrNull(node, "published");
    if (date != null && !date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        return InputRecord.failed(origin, origin + ": \"published\" is not a YYYY-MM-DD date: "
            + FieldChecks.escape(date.length() > 40 ? date.substring(0, 40) + "..." : date));
      }
    }
    return InputRecord.ok(origin, new DocumentInfo(id, textOrNull(node, "title"), published,
        textOrNull(node, "source"), textOrNull(node, "url"), "en", text.asText()));
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
