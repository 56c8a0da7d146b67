package org.dossier.store.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation for cross-document matching. Stateless, thread-safe. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ARTICLE = Pattern.compile("^the ");

  private Names() {}

  /**
   * Lower case, accents and punctuation removed, spaces collapsed, a leading "the" dropped:
   * "The United Nations", "United Nations" and "UNITED  NATIONS." all give "united nations".
   */
  public static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return ARTICLE.matcher(s).replaceFirst("");
  }
}
