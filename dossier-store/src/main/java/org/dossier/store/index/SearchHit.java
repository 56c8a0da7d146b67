package org.dossier.store.index;

/**
 * One full-text match.
 *
 * @param kind    {@code article}, {@code quote} or {@code claim}
 * @param docId   the document's id
 * @param localId the quote or claim id within the document, or null for an article
 * @param score   Lucene's BM25 score
 */
public record SearchHit(String kind, String docId, String localId, float score) {}
