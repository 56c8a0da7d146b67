package org.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk row writing through DuckDB's appender: values are passed as data, never spliced into SQL,
 * so untrusted article text cannot change a statement. Appends join the connection's open
 * transaction when one has been started by a statement. Internal to the store's packages.
 */
public final class Rows {
  private Rows() {}

  /** An appender on {@code table} of the main schema. */
  public static DuckDBAppender appender(Connection connection, String table) throws SQLException {
    return connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** Appends one row; supported values are null, String, Integer, Long, Double, Boolean, Byte, LocalDate. */
  public static void row(DuckDBAppender appender, Object... values) throws SQLException {
    appender.beginRow();
    for (Object v : values) {
      if (v == null) {
        appender.appendNull();
      } else if (v instanceof String s) {
        appender.append(s);
      } else if (v instanceof Integer i) {
        appender.append(i.intValue());
      } else if (v instanceof Long l) {
        appender.append(l.longValue());
      } else if (v instanceof Double d) {
        appender.append(d.doubleValue());
      } else if (v instanceof Boolean b) {
        appender.append(b.booleanValue());
      } else if (v instanceof Byte b) {
        appender.append(b.byteValue());
      } else if (v instanceof LocalDate d) {
        appender.append(d);
      } else {
        throw new IllegalArgumentException("unsupported column value type: " + v.getClass().getName());
      }
    }
    appender.endRow();
  }
}
