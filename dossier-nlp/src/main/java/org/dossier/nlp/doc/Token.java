package org.dossier.nlp.doc;

/**
 * One token with its linguistic annotation.
 *
 * @param index    position in the document's token list, from 0
 * @param begin    first char
 * @param end      char after the last
 * @param word     the token's text (as in the document)
 * @param pos      Penn Treebank part-of-speech tag
 * @param lemma    lemma
 * @param ner      named-entity label ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *                 {@code MISC}) or {@code O}
 * @param sentence index of its sentence
 */
public record Token(int index, int begin, int end, String word, String pos, String lemma, String ner,
    int sentence) {

  /** Whether the tag marks a proper noun. */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  /** Whether the tag marks any noun. */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /** Whether the tag marks a verb. */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
