package org.dossier.nlp.speech;

/**
 * Where a quote or claim came from, in UTF-16 char offsets of the document text (the linguistic
 * unit; the {@code dossier/1} records carry code points). Used by evaluation, which scores source
 * spans, and by later components that need the cue or the source as written.
 *
 * @param id          id of the {@code Quote} or {@code Claim} it belongs to
 * @param contentBegin first char of the content
 * @param contentEnd  char after the content
 * @param sourceBegin first char of the source phrase, or -1 when no source was found
 * @param sourceEnd   char after the source phrase, or -1
 * @param cueBegin    first char of the cue (reporting verb, "according to", hedge), or -1
 * @param cueEnd      char after the cue, or -1
 */
public record Attribution(String id, int contentBegin, int contentEnd, int sourceBegin, int sourceEnd,
    int cueBegin, int cueEnd) {
  public Attribution {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("attribution id must be set, got: " + id);
    }
    if (contentBegin < 0 || contentEnd < contentBegin) {
      throw new IllegalArgumentException("invalid content [" + contentBegin + ", " + contentEnd + ")");
    }
    if (sourceEnd < sourceBegin || (sourceBegin < 0 && sourceEnd >= 0)) {
      throw new IllegalArgumentException("invalid source [" + sourceBegin + ", " + sourceEnd + ")");
    }
  }

  /** Whether a source phrase was found. */
  public boolean hasSource() {
    return sourceBegin >= 0;
  }
}
