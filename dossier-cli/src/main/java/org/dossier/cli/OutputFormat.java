package org.dossier.cli;

/** How {@code extract} writes its results. */
enum OutputFormat {
  /** One indented {@code dossier/1} object for a single document, JSONL for several. */
  JSON,
  /** One {@code dossier/1} object per line. */
  JSONL,
  /** A readable Markdown summary. */
  MD
}
