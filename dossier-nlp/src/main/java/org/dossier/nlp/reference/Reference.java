package org.dossier.nlp.reference;

/**
 * One resolved reference: a pronoun or a short definite description linked to a document actor.
 *
 * @param firstToken  first token of the referring phrase ("he", "the minister")
 * @param endToken    token after its last; the last token is the phrase's head
 * @param actorId     the actor referred to, an id of the {@code actors} layer
 * @param kind        how it refers
 * @param antecedent  token index of the mention (or earlier reference) it was resolved to
 */
public record Reference(int firstToken, int endToken, String actorId, Kind kind, int antecedent) {
  /** How a reference refers. */
  public enum Kind {
    /** A third-person pronoun ("he", "her", "its"). */
    PRONOUN,
    /** A definite description naming a role ("the minister"). */
    DESCRIPTION
  }

  public Reference {
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("invalid reference tokens [" + firstToken + ", " + endToken + ")");
    }
  }

  /** The head token: the last of the phrase. */
  public int head() {
    return endToken - 1;
  }
}
