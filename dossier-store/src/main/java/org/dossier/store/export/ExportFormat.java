package org.dossier.store.export;

import java.util.Locale;

/** What {@link Exporter} writes. */
public enum ExportFormat {
  /** Every table as newline-delimited JSON, one file per table in a directory. */
  JSONL,
  /** Every table as CSV with a header, one file per table in a directory. */
  CSV,
  /** Every table as Parquet, one file per table in a directory. */
  PARQUET,
  /** GDELT 2.0 Events: 61 tab-separated columns, one row per event. */
  GDELT_EVENTS,
  /** GDELT 2.0 Mentions: 16 tab-separated columns, one row per mention of an event. */
  GDELT_MENTIONS,
  /** A GKG-like table: one tab-separated row per document. */
  GKG;

  /** Parses {@code gdelt-events}, {@code GDELT_EVENTS}, … */
  public static ExportFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format: " + s
          + " (expected jsonl, csv, parquet, gdelt-events, gdelt-mentions or gkg)", e);
    }
  }

  /** The command-line name. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
