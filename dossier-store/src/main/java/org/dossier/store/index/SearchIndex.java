package org.dossier.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.Quote;
import org.dossier.store.StoreException;

/**
 * Lucene full-text index over articles (title and text), quotes and claims. The index is derived
 * from the database: every commit records the last database batch it covers
 * ({@link #committedBatch()}), and {@link #reindexAfter} (re)indexes the documents of newer
 * batches from the database, replacing what the index held for those documents. Only ids are
 * stored; texts stay in the database.
 *
 * <p>Thread-safe (Lucene's writer is; searches share one near-real-time searcher, refreshed only
 * when the index has changed since it was opened). {@link #openReadOnly} gives an index that only
 * searches (its last commit) and takes no lock.
 */
public final class SearchIndex implements AutoCloseable {
  private static final String BATCH = "dossier.batch";
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  // opening a reader per query cost more than the query itself on a served store
  private final SearcherManager searchers;

  private SearchIndex(FSDirectory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** A reader of the commits in {@code directory}, without a writer (and without its lock file). */
  private SearchIndex(FSDirectory directory, SearcherManager searchers) {
    this.directory = directory;
    this.writer = null;
    this.searchers = searchers;
  }

  /**
   * Opens the index in {@code dir} read-only: searches see its last commit (refreshed when another
   * writer commits), nothing is written, no lock is taken. An index that was never committed reads
   * as empty.
   */
  public static SearchIndex openReadOnly(Path dir) {
    try {
      FSDirectory d = FSDirectory.open(dir);
      try {
        if (!java.nio.file.Files.isDirectory(dir) || !DirectoryReader.indexExists(d)) {
          return new SearchIndex(d, (SearcherManager) null);
        }
        return new SearchIndex(d, new SearcherManager(d, null));
      } catch (IOException | RuntimeException e) {
        d.close();
        throw e;
      }
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot open the search index (" + e.getMessage() + ")", e);
    }
  }
  /** Opens or creates the index in {@code dir}. */
  public static SearchIndex open(Path dir) {
    try {
      FSDirectory d = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(false);
      // commits are rare (see Store.write), so a corpus of a few thousand articles becomes one or
      // two segments instead of many small ones merged again and again
      config.setRAMBufferSizeMB(64);
      return new SearchIndex(d, new IndexWriter(d, config));
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot open the search index (" + e.getMessage() + ")", e);
    }
  }

  /** The last database batch this index has committed, 0 when none. */
  public long committedBatch() {
    if (writer == null) {
      if (searchers == null) {
        return 0;
      }
      try {
        IndexSearcher s = searchers.acquire();
        try {
          String b = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(BATCH);
          return b == null ? 0 : Long.parseLong(b);
        } finally {
          searchers.release(s);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (BATCH.equals(e.getKey())) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /**
   * Re-indexes every document of batches {@code (after, upTo]} from the database and commits; a
   * document Lucene refuses (an id over its 32,766-byte term limit, stored by an older Dossier) is
   * skipped and named to {@code warnings}, so one document never makes a store unopenable.
   */
  public void reindexAfter(Connection c, long after, long upTo, java.util.function.Consumer<String> warnings) {
    indexAfter(c, after, upTo, warnings);
    commit();
  }

  /**
   * Indexes every document of batches {@code (after, upTo]} from the database, replacing what the
   * index held for them, without committing: the changes become durable with the next
   * {@link #commit()}, and until then a crash only makes the next open re-index them.
   */
  public void indexAfter(Connection c, long after, long upTo, java.util.function.Consumer<String> warnings) {
    try {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id, title, text FROM documents WHERE batch > ? AND batch <= ?")) {
        p.setLong(1, after);
        p.setLong(2, upTo);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String id = r.getString(1);
            add(id, List.of(article(id, r.getString(2), r.getString(3))), warnings);
          }
        }
      }
      addParts(c, "quote", "SELECT q.doc_id, q.local_id, q.text FROM quotes q JOIN documents d USING (doc_id)"
          + " WHERE d.batch > ? AND d.batch <= ?", after, upTo, warnings);
      addParts(c, "claim", "SELECT q.doc_id, q.local_id, q.text FROM claims q JOIN documents d USING (doc_id)"
          + " WHERE d.batch > ? AND d.batch <= ?", after, upTo, warnings);
      writer.setLiveCommitData(Map.of(BATCH, Long.toString(upTo)).entrySet());
    } catch (SQLException e) {
      throw new StoreException("cannot read documents to index (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new StoreException("cannot write the search index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Indexes database batch {@code batch}, just committed, from the extractions written in it
   * (the same entries {@link #indexAfter} would read back from the database, without reading
   * them back), replacing what the index held for those documents; durable with the next
   * {@link #commit()}.
   */
  public void index(List<Dossier> dossiers, long batch, java.util.function.Consumer<String> warnings) {
    try {
      for (Dossier d : dossiers) {
        String id = d.document().id();
        List<Document> entries = new ArrayList<>();
        entries.add(article(id, d.document().title(), d.document().text()));
        for (Quote q : d.quotes()) {
          entries.add(part("quote", id, q.id(), q.text()));
        }
        for (Claim cl : d.claims()) {
          entries.add(part("claim", id, cl.id(), cl.text()));
        }
        add(id, entries, warnings);
      }
      writer.setLiveCommitData(Map.of(BATCH, Long.toString(batch)).entrySet());
    } catch (IOException e) {
      throw new StoreException("cannot write the search index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Replaces what the index holds for document {@code id} by {@code entries}; when Lucene refuses
   * one (an immense term: only an id can be one, texts go through the analyzer), the document is
   * left out of the index and named to {@code warnings}.
   */
  private void add(String id, List<Document> entries, java.util.function.Consumer<String> warnings)
      throws IOException {
    int bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > IndexWriter.MAX_TERM_LENGTH) {
      // checked before the writer sees it: deleting by an immense term leaves the writer unusable
      warnings.accept("document " + shown(id) + " cannot be indexed, left out of full-text search (its id is "
          + bytes + " bytes, Lucene's limit is " + IndexWriter.MAX_TERM_LENGTH + ")");
      return;
    }
    try {
      writer.deleteDocuments(new Term("doc", id));
      writer.addDocuments(entries);
    } catch (IllegalArgumentException e) {
      warnings.accept("document " + shown(id) + " cannot be indexed, left out of full-text search ("
          + firstLine(e.getMessage()) + ")");
    }
  }

  private static String shown(String id) {
    String cut = id.length() > 60 ? id.substring(0, 60) + "…' (id of " + id.length() + " characters)" : id + "'";
    return "'" + cut.replaceAll("\\p{Cntrl}", "?");
  }

  private static String firstLine(String m) {
    String s = String.valueOf(m);
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl);
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static Document article(String id, String title, String text) {
    Document doc = new Document();
    doc.add(new StringField("kind", "article", Field.Store.YES));
    doc.add(new StringField("doc", id, Field.Store.YES));
    doc.add(new TextField("text", (title == null ? "" : title + "\n") + text, Field.Store.NO));
    return doc;
  }

  private static Document part(String kind, String docId, String localId, String text) {
    Document doc = new Document();
    doc.add(new StringField("kind", kind, Field.Store.YES));
    doc.add(new StringField("doc", docId, Field.Store.YES));
    doc.add(new StoredField("local", localId)); // read back, never searched: not indexed
    doc.add(new TextField("text", text == null ? "" : text, Field.Store.NO));
    return doc;
  }

  /** Makes every indexed batch durable (a no-op when nothing changed since the last commit). */
  public void commit() {
    if (writer == null) {
      return;
    }
    try {
      if (writer.hasUncommittedChanges()) {
        writer.commit();
      }
    } catch (IOException e) {
      throw new StoreException("cannot write the search index (" + e.getMessage() + ")", e);
    }
  }

  private void addParts(Connection c, String kind, String sql, long after, long upTo,
      java.util.function.Consumer<String> warnings) throws SQLException, IOException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, after);
      p.setLong(2, upTo);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          // the part of a document whose id is over the term limit is left out with its article (named already)
          if (id.length() * 3 <= IndexWriter.MAX_TERM_LENGTH
              || id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= IndexWriter.MAX_TERM_LENGTH) {
            writer.addDocument(part(kind, id, r.getString(2), r.getString(3)));
          }
        }
      }
    }
  }

  /**
   * Searches with Lucene's classic query syntax ({@code sanctions AND "oil price"}).
   *
   * @param kind restrict to {@code article}, {@code quote} or {@code claim}; null for all
   * @throws BadQueryException when the query does not parse or expands to too many terms
   */
  public List<SearchHit> search(String query, String kind, int limit) {
    Query parsed;
    try {
      parsed = new QueryParser("text", analyzer).parse(query);
    } catch (ParseException e) {
      throw new BadQueryException("cannot parse search query '" + query + "': " + e.getMessage(), e);
    }
    if (kind != null) {
      parsed = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
    }
    if (searchers == null) {
      return List.of(); // a read-only store whose index was never committed
    }
    try {
      searchers.maybeRefreshBlocking(); // cheap when nothing changed since the last search
      IndexSearcher searcher = searchers.acquire();
      try {
        String[][] ids = ids(searcher);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(parsed, Math.max(1, limit)).scoreDocs) {
          String[] d = ids[sd.doc];
          hits.add(new SearchHit(d[0], d[1], d[2], sd.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("search query '" + query + "' matches too many terms: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stored ids (kind, document, local id) of every entry the searcher sees, read once per
   * searcher: decompressing stored fields hit by hit cost more than the search itself.
   */
  private String[][] ids(IndexSearcher searcher) throws IOException {
    StoredIds cached = storedIds;
    if (cached != null && cached.reader() == searcher.getIndexReader()) {
      return cached.ids();
    }
    synchronized (this) {
      cached = storedIds;
      if (cached != null && cached.reader() == searcher.getIndexReader()) {
        return cached.ids();
      }
      int n = searcher.getIndexReader().maxDoc();
      String[][] ids = new String[n][];
      var fields = searcher.storedFields();
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(searcher.getIndexReader());
      for (int i = 0; i < n; i++) {
        if (live == null || live.get(i)) {
          Document d = fields.document(i);
          ids[i] = new String[] {d.get("kind"), d.get("doc"), d.get("local")};
        }
      }
      storedIds = new StoredIds(searcher.getIndexReader(), ids);
      return ids;
    }
  }

  private record StoredIds(org.apache.lucene.index.IndexReader reader, String[][] ids) {}

  private volatile StoredIds storedIds;

  /** Number of indexed entries (articles, quotes and claims). */
  public int size() {
    if (writer != null) {
      return writer.getDocStats().numDocs;
    }
    if (searchers == null) {
      return 0;
    }
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.rollback(); // uncommitted changes are re-derived from the database on the next open
      }
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index (" + e.getMessage() + ")", e);
    }
  }
}
