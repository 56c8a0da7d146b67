package org.dossier.store.ingest;

/** Hears about an ingest's progress; called from the ingesting thread only. */
public interface IngestListener {
  /**
   * Called after every document (at most as often as the listener likes to print).
   *
   * @param done    documents finished (stored, unchanged or failed)
   * @param total   estimated documents in the input, or -1 when unknown
   * @param seconds elapsed time
   */
  void progress(long done, long total, double seconds);

  /** One line naming a document that could not be read or extracted. */
  void failed(String message);

  /** One line naming an input skipped on purpose (a symbolic link out of an ingested directory). */
  default void notice(String message) {}

  /** A listener that ignores everything. */
  static IngestListener silent() {
    return new IngestListener() {
      @Override
      public void progress(long done, long total, double seconds) {}

      @Override
      public void failed(String message) {}
    };
  }
}
