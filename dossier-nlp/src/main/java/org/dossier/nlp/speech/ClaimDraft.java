package org.dossier.nlp.speech;

/**
 * One claim before ids are given: content tokens {@code [cs, ce)}, the source phrase's tokens (or
 * null), the source actor when it is known otherwise than from the phrase (or null), the cue's
 * chars, certainty and negation.
 */
record ClaimDraft(int cs, int ce, int[] np, String actor, int cueB, int cueE, String certainty, boolean negated) {
  int ceChar(SpeechDoc sd) {
    return sd.tok(ce - 1).end();
  }
}
