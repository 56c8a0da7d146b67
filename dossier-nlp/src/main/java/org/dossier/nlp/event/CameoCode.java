package org.dossier.nlp.event;

/**
 * One CAMEO event code with the facts attached to it by the public ontology.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code      zero-padded code, 2–4 digits ({@code "043"})
 * @param quad      GDELT QuadClass 1–4
 * @param goldstein Goldstein score −10..+10
 * @param plover    PLOVER type under the 2021 CAMEO→PLOVER mapping, or null where PLOVER dropped
 *                  the category (roots 01 and 02)
 * @param label     standard English label
 */
public record CameoCode(String code, int quad, double goldstein, String plover, String label) {
  public CameoCode {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits, got: " + code);
    }
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad must be 1..4 for " + code + ", got: " + quad);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("goldstein must be -10..10 for " + code + ", got: " + goldstein);
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must be set for " + code);
    }
  }

  /** The two-digit root ({@code "04"} of {@code "043"}). */
  public String root() {
    return code.substring(0, 2);
  }
}
