package org.dossier.store.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Nullable column values of a JDBC row: SQL NULL becomes Java {@code null} rather than JDBC's 0
 * or epoch. Stateless and thread-safe.
 */
public final class SqlValues {
  private SqlValues() {}

  /** The DATE in {@code column}, or null. */
  public static LocalDate date(ResultSet r, int column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /**
   * A DATE cast to text by the database, or null when it is not a plain {@code YYYY-MM-DD} day:
   * DuckDB writes years before 1 as {@code 0001-01-01 (BC)}, which older readers let into stores
   * (a {@code published} of {@code 0000-01-01}); such a date is shown as unknown, never an error.
   */
  public static LocalDate isoDate(String text) {
    if (text == null || text.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The integer in {@code column}, or null. */
  public static Integer integer(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  /** The double in {@code column}, or null. */
  public static Double dbl(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }
}
