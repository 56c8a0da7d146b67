package org.dossier.store.ingest;

/**
 * What an ingest did.
 *
 * @param ingested  new documents stored
 * @param unchanged documents whose content was already stored (skipped without extraction)
 * @param replaced  documents that replaced an earlier version with the same id
 * @param failed    documents that could not be read or extracted
 * @param seconds   wall time, including the final refresh of actors and events
 */
public record IngestSummary(long ingested, long unchanged, long replaced, long failed, double seconds) {
  /** Documents seen. */
  public long total() {
    return ingested + unchanged + replaced + failed;
  }
}
