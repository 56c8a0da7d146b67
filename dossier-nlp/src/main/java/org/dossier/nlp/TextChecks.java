package org.dossier.nlp;

/**
 * Checks that text is something Dossier can read: not empty, not too long, not binary. Every
 * failure is one line naming the document.
 */
public final class TextChecks {
  private TextChecks() {}

  /**
   * @throws InputException naming {@code name} when the text is empty, longer than
   *                        {@code maxChars}, or looks binary
   */
  public static void check(String name, String text, int maxChars) throws InputException {
    if (text == null || text.isBlank()) {
      throw new InputException(name + ": empty document (no text to extract from)");
    }
    if (text.length() > maxChars) {
      throw new InputException(name + ": text too large (" + text.length() + " chars; the limit is "
          + maxChars + ")");
    }
    int control = 0;
    int sample = Math.min(text.length(), 65_536);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException(name + ": binary content (NUL byte at char " + i + "), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      } else if (c == '\uFFFD') {
        control++;
      }
    }
    if (control * 20 > sample) {
      throw new InputException(name + ": binary or mis-encoded content (" + control
          + " control or undecodable characters in the first " + sample + "), not UTF-8 text");
    }
    checkEnglish(name, text);
  }

  private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "in",
      "a", "is", "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "at", "from", "his",
      "be", "are", "have", "has", "an", "were", "not", "but", "which", "they", "this", "who", "will",
      "its", "their", "been", "had", "would", "or", "after", "more", "than", "also", "she", "her", "we",
      "i", "you", "there", "about", "up", "into", "over", "can", "says", "new", "all", "when");

  /** Frequent function words of French, Spanish, German, Italian, Portuguese, Dutch and Indonesian. */
  private static final java.util.Set<String> FOREIGN = java.util.Set.of("le", "la", "de", "un", "à", "les", "des", "et", "est", "une",
      "du", "dans", "pour", "qui", "sur", "pas", "au", "aux", "der", "die", "und", "das", "ist", "nicht", "mit",
      "sich", "den", "dem", "zu", "auf", "ein", "eine", "el", "los", "las", "y", "que", "del", "por", "con",
      "una", "para", "es", "se", "lo", "il", "di", "che", "per", "non", "della", "gli", "sono", "uma", "não",
      "os", "com", "ao", "het", "een", "van", "niet", "ook", "yang", "dengan", "untuk", "dari", "ini", "dan");

  /**
   * Rejects text that is clearly not English: mostly non-Latin letters, or (with enough words)
   * more function words of other languages than English ones. Short or mixed text passes.
   */
  static void checkEnglish(String name, String text) throws InputException {
    int sample = Math.min(text.length(), 20_000);
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    if (letters >= 20 && latin * 2 < letters) {
      throw new InputException(name + ": not English text (mostly non-Latin script); Dossier reads English only");
    }
    String[] words = text.substring(0, sample).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
    int english = 0;
    int foreign = 0;
    int total = 0;
    java.util.Set<String> distinctForeign = new java.util.HashSet<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        total++;
      }
      if (ENGLISH.contains(w)) {
        english++;
      } else if (FOREIGN.contains(w)) {
        foreign++;
        distinctForeign.add(w);
      }
    }
    // Tables and lists have few function words of any language, and names ("van Gaal", "De
    // Graafschap", "Le Havre") repeat a handful of foreign ones: only prose dense in many different
    // function words of another language, outnumbering English ones threefold, is rejected.
    if (foreign >= 10 && distinctForeign.size() >= 6 && foreign * 100 >= total * 8 && foreign > 3 * english) {
      throw new InputException(name + ": not English text (" + foreign + " function words of other languages"
          + " against " + english + " English ones); Dossier reads English only");
    }
  }
}
