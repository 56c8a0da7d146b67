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
