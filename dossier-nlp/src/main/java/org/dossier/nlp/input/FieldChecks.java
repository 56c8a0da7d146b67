package org.dossier.nlp.input;

import java.time.LocalDate;
import org.dossier.model.DocumentInfo;

/**
 * What a document's stored fields may hold, checked when the document is read so that no single
 * document can break a store (an id longer than the search index takes, a date the database
 * cannot compare) or a terminal (control characters in messages). Limits are far above what real
 * news carries: a web address with its tracking parameters fits, 40,000 characters of id do not.
 *
 * <p>Stateless and thread-safe.
 */
public final class FieldChecks {
  /** Longest id: web addresses serve as ids for WARC and feed items, so this holds a long URL. */
  public static final int MAX_ID_CHARS = 1024;
  /** Longest title. */
  public static final int MAX_TITLE_CHARS = 1000;
  /** Longest url. */
  public static final int MAX_URL_CHARS = 4096;
  /** Longest source (publisher) name. */
  public static final int MAX_SOURCE_CHARS = 500;
  /** Earliest publication date accepted. */
  public static final LocalDate MIN_DATE = LocalDate.of(1800, 1, 1);
  /** Latest publication date accepted. */
  public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
  /** How much of an offending value a message quotes. */
  private static final int QUOTE_CHARS = 60;

  private FieldChecks() {}

  /**
   * The record itself when it failed already or its document's fields are fine, else a failure
   * naming the record's origin and the first problem found.
   */
  public static InputRecord check(InputRecord record) {
    if (!record.ok()) {
      return record;
    }
    String problem = problem(record.document());
    return problem == null ? record
        : InputRecord.failed(record.origin(), escape(record.origin()) + ": " + problem);
  }

  /** The first problem with the document's stored fields, or null when there is none. */
  public static String problem(DocumentInfo doc) {
    String p = textProblem("id", doc.id(), MAX_ID_CHARS, true);
    if (p == null) {
      p = textProblem("title", doc.title(), MAX_TITLE_CHARS, false);
    }
    if (p == null) {
      p = textProblem("url", doc.url(), MAX_URL_CHARS, true);
    }
    if (p == null) {
      p = textProblem("source", doc.source(), MAX_SOURCE_CHARS, false);
    }
    if (p == null && doc.published() != null) {
      p = dateProblem(doc.published());
    }
    return p;
  }

  /** Why {@code date} is not a plausible publication date (outside 1800–2100), or null when it is. */
  public static String dateProblem(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      return "\"published\" " + date + " is outside " + MIN_DATE.getYear() + "-" + MAX_DATE.getYear()
          + " (a mistyped year?)";
    }
    return null;
  }

  private static String textProblem(String field, String value, int max, boolean noControls) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      return "\"" + field + "\" too long (" + value.length() + " chars; the limit is " + max + "): "
          + escape(value.substring(0, QUOTE_CHARS)) + "...";
    }
    if (noControls) {
      for (int i = 0; i < value.length(); i++) {
        if (isControl(value.charAt(i))) {
          return "\"" + field + "\" holds a control character at char " + i + ": " + escape(value);
        }
      }
    }
    return null;
  }

  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
  }

  /**
   * {@code text} safe to print on one terminal line: control characters (escape sequences, line
   * breaks, DEL, C1) as {@code \\uXXXX}.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(String.format("\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
