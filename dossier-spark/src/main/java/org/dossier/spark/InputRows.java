package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.DocumentInfo;

/**
 * The common input row every format is turned into: {@code origin, id, title, published, source,
 * url, text, error}; {@code error} is set (and the document fields may be null) when the record
 * could not be read. Mirrors {@code DocumentReader}'s JSONL rules so that Spark and the embedded
 * run read the same documents. Stateless and thread-safe.
 */
final class InputRows {
  static final StructType SCHEMA = new StructType()
      .add("origin", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  private static final ObjectMapper JSON = new ObjectMapper();

  private InputRows() {}

  /** One JSONL line as an input row. */
  static Row fromJsonLine(String origin, String line, long maxChars) {
    if (line.length() > maxChars) {
      return failed(origin, "record too large (" + line.length() + " chars; the limit is " + maxChars + ")");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      return failed(origin, "malformed JSON (" + (nl < 0 ? m : m.substring(0, nl)) + ")");
    }
    if (node == null || !node.isObject()) {
      return failed(origin, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return failed(origin, "no \"text\" string in the record");
    }
    return RowFactory.create(origin, field(node, "id"), field(node, "title"), field(node, "published"),
        field(node, "source"), field(node, "url"), text.asText(), null);
  }

  static Row failed(String origin, String error) {
    return RowFactory.create(origin, null, null, null, null, null, null, origin + ": " + error);
  }

  /**
   * The document of an input row without error.
   *
   * @throws IllegalArgumentException when {@code published} is not a date
   */
  static DocumentInfo document(Row row, LocalDate defaultDate) {
    String text = row.getString(6);
    String id = row.getString(1);
    if (id == null || id.isBlank()) {
      // no line numbers on a distributed read: a content hash is stable across runs and partitions
      id = "sha1:" + sha1(text).substring(0, 16);
    }
    LocalDate published = defaultDate;
    String date = row.getString(3);
    if (date != null && !date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"published\" is not a YYYY-MM-DD date: " + date, e);
      }
    }
    return new DocumentInfo(id, row.getString(2), published, row.getString(4), row.getString(5), "en", text);
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }
}
