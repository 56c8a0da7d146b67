package org.dossier.eval.conll;

/**
 * Dossier's mention labels as CoNLL-2003 types: {@code PERSON}→PER, {@code ORGANIZATION}→ORG,
 * {@code LOCATION} and {@code COUNTRY}→LOC (CoNLL tags countries as locations), {@code GROUP} and
 * {@code MISC}→MISC (CoNLL's MISC holds nationalities, groups of people and events). Any other
 * label is not an entity for CoNLL (null).
 */
public final class ConllTypes {
  private ConllTypes() {}

  /** The CoNLL type of a Dossier (or CoreNLP 4-class) label, or null. */
  public static String of(String label) {
    if (label == null) {
      return null;
    }
    return switch (label) {
      case "PERSON", "PER" -> "PER";
      case "ORGANIZATION", "ORG" -> "ORG";
      case "LOCATION", "COUNTRY", "LOC" -> "LOC";
      case "GROUP", "MISC" -> "MISC";
      default -> null;
    };
  }
}
