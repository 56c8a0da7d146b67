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
 * when the index has changed since it was opened).
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
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (BATCH.equals(e.getKey())) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /** Re-indexes every document of batches {@code (after, upTo]} from the database and commits. */
  public void reindexAfter(Connection c, long after, long upTo) {
    indexAfter(c, after, upTo);
    commit();
  }

  /**
   * Indexes every document of batches {@code (after, upTo]} from the database, replacing what the
   * index held for them, without committing: the changes become durable with the next
   * {@link #commit()}, and until then a crash only makes the next open re-index them.
   */
  public void indexAfter(Connection c, long after, long upTo) {
    try {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id, title, text FROM documents WHERE batch > ? AND batch <= ?")) {
        p.setLong(1, after);
        p.setLong(2, upTo);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String id = r.getString(1);
            writer.deleteDocuments(new Term("doc", id));
            writer.addDocument(article(id, r.getString(2), r.getString(3)));
          }
        }
      }
      addParts(c, "quote", "SELECT q.doc_id, q.local_id, q.text FROM quotes q JOIN documents d USING (doc_id)"
          + " WHERE d.batch > ? AND d.batch <= ?", after, upTo);
      addParts(c, "claim", "SELECT q.doc_id, q.local_id, q.text FROM claims q JOIN documents d USING (doc_id)"
          + " WHERE d.batch > ? AND d.batch <= ?", after, upTo);
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
  public void index(List<Dossier> dossiers, long batch) {
    try {
      for (Dossier d : dossiers) {
        String id = d.document().id();
        writer.deleteDocuments(new Term("doc", id));
        writer.addDocument(article(id, d.document().title(), d.document().text()));
        for (Quote q : d.quotes()) {
          writer.addDocument(part("quote", id, q.id(), q.text()));
        }
        for (Claim cl : d.claims()) {
          writer.addDocument(part("claim", id, cl.id(), cl.text()));
        }
      }
      writer.setLiveCommitData(Map.of(BATCH, Long.toString(batch)).entrySet());
    } catch (IOException e) {
      throw new StoreException("cannot write the search index (" + e.getMessage() + ")", e);
    }
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
    try {
      if (writer.hasUncommittedChanges()) {
        writer.commit();
      }
    } catch (IOException e) {
      throw new StoreException("cannot write the search index (" + e.getMessage() + ")", e);
    }
  }

  private void addParts(Connection c, String kind, String sql, long after, long upTo)
      throws SQLException, IOException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, after);
      p.setLong(2, upTo);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          writer.addDocument(part(kind, r.getString(1), r.getString(2), r.getString(3)));
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
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback(); // uncommitted changes are re-derived from the database on the next open
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index (" + e.getMessage() + ")", e);
    }
  }
}
