package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.store.cluster.EventClustering;
import org.dossier.store.index.SearchIndex;
import org.dossier.store.query.StoreQuery;
import org.dossier.store.resolve.ActorResolution;

/**
 * An embedded Dossier store in one directory: a DuckDB database ({@code dossier.duckdb}) holding
 * every document's extraction and the cross-document actors and events derived from them, and a
 * Lucene index ({@code index/}) over articles, quotes and claims.
 *
 * <p>Consistency: documents are written in batches, one database transaction each; the Lucene
 * index is committed after the database and records the last batch it holds, so a crash between
 * the two is repaired on the next {@link #open} by re-indexing the newer batches from the
 * database. Derived tables are recomputed by {@link #refresh()} in a single transaction and a
 * "dirty" flag, set with every batch, makes {@link #open} finish an interrupted refresh.
 *
 * <p>One {@code Store} per directory per process. DuckDB locks the file: a store opened by
 * {@link #open} (to write) is held by that process alone; one opened by {@link #openReadOnly} can
 * be read by several processes at once, and none may write it meanwhile.
 * Methods are synchronized and may be called from any thread, one at a time.
 */
public final class Store implements AutoCloseable {
  /** What writing a document would do. */
  public enum Status { NEW, UNCHANGED, REPLACED }

  /** The default store directory. */
  public static final Path DEFAULT_DIR = Path.of("dossier-data");

  private final Path dir;
  private final Connection connection;
  private final SearchIndex index;
  private final Map<String, String> hashById = new HashMap<>();
  private final Set<String> hashes = new HashSet<>();
  private long batch;
  private long indexCommitted = System.nanoTime();
  private static final long INDEX_COMMIT_NANOS = 300_000_000_000L;

  private final boolean readOnly;
  private final Consumer<String> warnings;

  private Store(Path dir, Connection connection, SearchIndex index, boolean readOnly, Consumer<String> warnings) {
    this.dir = dir;
    this.connection = connection;
    this.index = index;
    this.readOnly = readOnly;
    this.warnings = warnings;
  }

  /** Where warnings go by default: one line each on standard error. */
  public static final Consumer<String> STDERR = m -> System.err.println("dossier: warning: " + m);

  /**
   * Opens (creating when missing) the store in {@code dir} for reading and writing, repairing what
   * a crash left behind; warnings (a stored document the index rejects, skipped) go to standard error.
   */
  public static Store open(Path dir) {
    return open(dir, STDERR);
  }

  /**
   * Opens (creating when missing) the store in {@code dir} for reading and writing, repairing what
   * a crash left behind. Holds DuckDB's write lock until {@link #close}: no other process can open
   * the store meanwhile, not even read-only.
   *
   * @param warnings receives one line per stored document that cannot be indexed (skipped, named)
   *                 and per document {@link #write} rejects
   */
  public static Store open(Path dir, Consumer<String> warnings) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot create the store directory (" + e.getMessage() + ")", e);
    }
    Connection c;
    try {
      Properties props = new Properties();
      // new stores use DuckDB's current storage format: its dictionary+FSST string compression
      // halves the file against the default (v0.10-compatible) format on news text
      props.setProperty("storage_compatibility_version", "latest");
      // 16 KiB blocks instead of 256 KiB: a store is a few dozen mostly small tables, and each
      // table's last partly filled block is otherwise a quarter megabyte (2.6 MB of 9.7 on
      // AFP/Xinhua). Applies to new files only; an existing file keeps its block size.
      props.setProperty("default_block_size", "16384");
      c = DriverManager.getConnection("jdbc:duckdb:" + database(dir), props);
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot open the database " + (locked(e)
          ? "for writing: another process is reading or writing it (" + holder(e) + "); a running 'dossier serve'"
              + " holds it while it serves: stop it, or let it ingest with 'dossier serve --watch DIR'"
          : "(" + firstLine(e) + ")"), e);
    }
    SearchIndex index = null;
    try {
      // check the version before creating anything, so an older store is never half-upgraded
      String version = Schema.storedVersion(c);
      checkVersion(dir, version);
      Schema.create(c);
      index = SearchIndex.open(dir.resolve("index"));
      Store store = new Store(dir, c, index, false, warnings);
      store.load();
      return store;
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(e, index, c);
      throw e instanceof StoreException se ? se : new StoreException(dir + ": cannot open the store (" + e + ")", e);
    }
  }

  /** {@link #openReadOnly(Path, Consumer)} with warnings on standard error. */
  public static Store openReadOnly(Path dir) {
    return openReadOnly(dir, STDERR);
  }

  /**
   * Opens the existing store in {@code dir} read-only (DuckDB's {@code read_only} mode, a Lucene
   * reader without a writer): several processes may read a store at once — {@code query} beside
   * {@code serve}, a second {@code serve} — and a store in a read-only directory can be read. No
   * file is created or changed, with one exception: when an interrupted ingest left the index or
   * the derived tables behind and no other process holds the store, the store is first opened for
   * writing once to repair it (a warning says when that is not possible, and the store is read
   * as it is). While any process reads a store, DuckDB lets no process write it.
   *
   * @throws StoreException when there is no store in {@code dir}, or it cannot be opened
   */
  public static Store openReadOnly(Path dir, Consumer<String> warnings) {
    if (!Files.isRegularFile(dir.resolve(DATABASE))) {
      throw new StoreException(dir + ": no Dossier store here (no " + DATABASE + ")");
    }
    Store store = readOnly(dir, warnings);
    String lag = store.lag();
    if (lag == null) {
      return store;
    }
    store.close();
    try {
      open(dir, warnings).close();
    } catch (StoreException e) {
      warnings.accept(dir + ": " + lag + " and cannot be repaired now (" + e.getMessage()
          + "); reading it as it is (run 'dossier ingest' on it to repair)");
    }
    return readOnly(dir, warnings);
  }

  private static Store readOnly(Path dir, Consumer<String> warnings) {
    Connection c;
    try {
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      c = DriverManager.getConnection("jdbc:duckdb:" + database(dir), props);
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot open the database " + (locked(e)
          ? "to read: another process is writing it (" + holder(e) + "; an ingest, or 'serve --watch'); try again"
              + " when it has finished"
          : "read-only (" + firstLine(e) + ")"), e);
    }
    SearchIndex index = null;
    try {
      checkVersion(dir, Schema.storedVersionReadOnly(c));
      index = SearchIndex.openReadOnly(dir.resolve("index"));
      Store store = new Store(dir, c, index, true, warnings);
      String b = store.meta("batch");
      store.batch = b == null ? 0 : Long.parseLong(b);
      return store;
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(e, index, c);
      throw e instanceof StoreException se ? se : new StoreException(dir + ": cannot open the store (" + e + ")", e);
    }
  }

  /** What an interrupted ingest left behind, or null when the index and derived tables are current. */
  private String lag() {
    try {
      if (index.committedBatch() < batch) {
        return "the search index lags the database (batch " + index.committedBatch() + " of " + batch + ")";
      }
      return "1".equals(meta("dirty")) ? "actors and events were not recomputed after the last ingest" : null;
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot read meta (" + e.getMessage() + ")", e);
    }
  }

  private static final String DATABASE = "dossier.duckdb";

  private static String database(Path dir) {
    return dir.resolve(DATABASE).toAbsolutePath().toString();
  }

  /** The first line of a database error: DuckDB's lock conflicts run to several. */
  private static String firstLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Whether opening failed on DuckDB's file lock, held by another process. */
  private static boolean locked(SQLException e) {
    return String.valueOf(e.getMessage()).contains("Conflicting lock");
  }

  /** "PID n" of the process DuckDB says holds the lock, or "another process". */
  private static String holder(SQLException e) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(PID (\\d+)\\)").matcher(String.valueOf(e.getMessage()));
    return m.find() ? "PID " + m.group(1) : "its PID unknown";
  }

  private static void checkVersion(Path dir, String version) {
    if (version != null && !Schema.VERSION.equals(version)) {
      throw new StoreException(dir + ": this store was written by an older Dossier (schema " + version
          + ", this version reads " + Schema.VERSION + "); re-ingest its documents into a new --store directory");
    }
  }

  private static void closeAfterFailure(Exception e, SearchIndex index, Connection c) {
    try {
      if (index != null) {
        index.close();
      }
      c.close();
    } catch (SQLException | RuntimeException suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  /** Whether this store was opened read-only ({@link #openReadOnly}). */
  public boolean readOnly() {
    return readOnly;
  }

  private void writable() {
    if (readOnly) {
      throw new StoreException(dir + ": the store is open read-only");
    }
  }

  private void load() throws SQLException {
    if (meta("schema") == null) {
      setMeta("schema", Schema.VERSION);
    }
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, hash FROM documents")) {
      while (r.next()) {
        hashById.put(r.getString(1), r.getString(2));
        hashes.add(r.getString(2));
      }
    }
    String b = meta("batch");
    batch = b == null ? 0 : Long.parseLong(b);
    if (index.committedBatch() < batch) {
      index.reindexAfter(connection, index.committedBatch(), batch, warnings);
    }
    if ("1".equals(meta("dirty"))) {
      refresh();
    }
  }

  /** The store directory. */
  public Path dir() {
    return dir;
  }

  /** What {@link #write} would do with {@code document}: new, unchanged content, or a new version. */
  public synchronized Status status(DocumentInfo document) {
    String hash = ContentHash.of(document);
    if (hashes.contains(hash)) {
      return Status.UNCHANGED;
    }
    return hashById.containsKey(document.id()) ? Status.REPLACED : Status.NEW;
  }

  /**
   * {@link #write(List, Consumer)} with rejected documents reported to the store's warnings.
   *
   * @return how many documents were new, replaced, unchanged and rejected, in that order
   */
  public int[] write(List<Dossier> dossiers) {
    return write(dossiers, warnings);
  }

  /**
   * Writes a batch of extractions in one transaction, then indexes them. A document whose id is
   * already stored replaces the earlier version; one whose content is already stored is skipped;
   * one the store cannot hold (an id over {@value DocumentCheck#MAX_ID} characters, a control
   * character in its id, source or URL, unpaired surrogates) is rejected alone, with one line
   * naming it to {@code rejected}, and the rest of the batch is written. Derived tables are stale
   * until {@link #refresh()}.
   *
   * @return how many documents were new, replaced, unchanged and rejected, in that order
   * @throws StoreException when the store is read-only or the database fails
   */
  public synchronized int[] write(List<Dossier> dossiers, Consumer<String> rejected) {
    writable();
    List<Dossier> valid = new java.util.ArrayList<>(dossiers.size());
    int bad = 0;
    for (Dossier d : dossiers) {
      String problem = DocumentCheck.problem(d.document());
      if (problem == null) {
        valid.add(d);
      } else {
        bad++;
        rejected.accept(problem);
      }
    }
    int[] written = writeValid(valid);
    return new int[] {written[0], written[1], written[2], bad};
  }

  private int[] writeValid(List<Dossier> dossiers) {
    int[] counts = new int[3];
    if (dossiers.isEmpty()) {
      return counts;
    }
    long next = batch + 1;
    List<Dossier> kept = new java.util.ArrayList<>();
    try {
      connection.setAutoCommit(false);
      try {
        // a statement first: DuckDB's appenders join a transaction only once one has begun
        setMeta("batch", Long.toString(next));
        setMeta("dirty", "1");
        counts = DocumentWriter.write(connection, dossiers, next, hashById, hashes, kept);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        reloadHashes();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot write a batch (" + e.getMessage() + ")", e);
    }
    batch = next;
    // The index is derived from the database: it is committed at most every five minutes (and by
    // refresh and close), since a crash before its commit only makes the next open re-index the
    // newer batches. One commit per batch made ~40 small segments on AFP/Xinhua, merged again
    // and again, and a larger index.
    // indexed from memory: reading the batch back cut quotes and claims from every (zstd) article text
    index.index(kept, next, warnings);
    if (System.nanoTime() - indexCommitted > INDEX_COMMIT_NANOS) {
      index.commit();
      indexCommitted = System.nanoTime();
    }
    return counts;
  }

  private void reloadHashes() throws SQLException {
    hashById.clear();
    hashes.clear();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, hash FROM documents")) {
      while (r.next()) {
        hashById.put(r.getString(1), r.getString(2));
        hashes.add(r.getString(2));
      }
    }
  }

  /** Whether derived tables lag behind the documents. */
  public synchronized boolean dirty() {
    try {
      return "1".equals(meta("dirty"));
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot read meta (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Recomputes cross-document actors and event clusters from every stored document, in one
   * transaction. Deterministic: the result does not depend on the order documents were ingested.
   */
  public synchronized void refresh() {
    writable();
    try {
      connection.setAutoCommit(false);
      try {
        try (Statement s = connection.createStatement()) {
          for (String t : Schema.DERIVED_TABLES) {
            s.execute("DELETE FROM " + t);
          }
        }
        ActorResolution.rebuild(connection);
        EventClustering.rebuild(connection);
        setMeta("dirty", "0");
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      try (Statement s = connection.createStatement()) {
        s.execute("CHECKPOINT");
      }
      index.commit();
      indexCommitted = System.nanoTime();
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot refresh actors and events (" + e.getMessage() + ")", e);
    }
  }

  /** Read access: queries over this store. */
  public StoreQuery query() {
    return new StoreQuery(connection, index);
  }

  /**
   * The underlying connection, for read-only SQL (exports, ad-hoc analysis). Writing through it
   * bypasses the store's consistency rules.
   */
  public Connection connection() {
    return connection;
  }

  /** The full-text index. */
  public SearchIndex index() {
    return index;
  }

  private String meta(String key) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private void setMeta(String key, String value) throws SQLException {
    try (PreparedStatement d = connection.prepareStatement("DELETE FROM meta WHERE key = ?");
        PreparedStatement i = connection.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
      d.setString(1, key);
      d.executeUpdate();
      i.setString(1, key);
      i.setString(2, value);
      i.executeUpdate();
    }
  }

  @Override
  public synchronized void close() {
    try {
      // everything indexed belongs to committed database batches (write commits the database
      // first), so keeping it is safe; a partly indexed batch is replaced on the next open
      try {
        if (!readOnly) {
          index.commit();
        }
      } finally {
        index.close();
      }
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException(dir + ": cannot close the database (" + e.getMessage() + ")", e);
      }
    }
  }
}
