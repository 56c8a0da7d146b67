package org.dossier.bench.hostile;

import java.util.Random;

/**
 * The pathological documents of the hostile-input benchmark, each generated at any size from a
 * short unit of text we wrote. Every case aims at one way a stage could cost more than linear time
 * or memory in the document's size. Stateless; generation is deterministic.
 */
public enum HostileCase {
  /** One full name over and over: every mention is a full-name person mention. */
  REPEATED_NAMES("repeated-names", "Vladimir Putin, "),
  /** One sentence without an end: words, names and places, never a full stop. */
  HUGE_SENTENCE("huge-sentence", "officials from Moscow and Beijing met the ministers of France and "),
  /** One token: letters without a space. */
  HUGE_TOKEN("huge-token", "abcdefghij"),
  /** Very many very short sentences. */
  SHORT_SENTENCES("short-sentences", "He left. "),
  /** Quotes and brackets opened deeply, then closed. */
  NESTED_QUOTES("nested-quotes") {
    @Override
    String generate(int bytes) {
      int groups = bytes / 8 + 1; // four openers and, later, four closers a group
      return "“(‘[".repeat(groups) + " Putin said so " + "]’)”".repeat(groups);
    }
  },
  /** A long run of distinct capitalised words without punctuation. */
  CAPITALISED_RUN("capitalised-run") {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ran", "tes", "vo", "bur", "del", "gi", "nor"};

    @Override
    String generate(int bytes) {
      Random random = new Random(bytes);
      StringBuilder sb = new StringBuilder(bytes + 16);
      while (sb.length() < bytes) {
        String w = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
            + SYLLABLES[random.nextInt(SYLLABLES.length)];
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length()).append(' ');
      }
      return sb.toString();
    }
  },
  /** Many quotations with speakers. */
  MANY_QUOTES("many-quotes", "“We will not back down,” Putin said on Monday. "),
  /** Many distinct full names, each a new person (no two share a surname). */
  DISTINCT_NAMES("distinct-names") {
    @Override
    String unit(int i) {
      return "Minister Anna Koval" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + " met Ivan Koval"
          + Integer.toString(i, 26).replaceAll("[0-9]", "x") + " in Kyiv. ";
    }
  };

  private final String label;
  private final String unit;

  HostileCase(String label) {
    this(label, null);
  }

  /** A case made of {@code unit} over and over. */
  HostileCase(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** The case's name on the command line and in the table. */
  public String label() {
    return label;
  }

  /** The repeated unit, for cases made of one; {@code i} counts the repetitions. */
  String unit(int i) {
    if (unit == null) {
      throw new UnsupportedOperationException(label);
    }
    return unit;
  }

  /** The document, at least {@code bytes} UTF-16 chars long (about that many bytes). */
  String generate(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 128);
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append(unit(i));
    }
    return sb.toString();
  }

  /** The case named {@code label}. */
  public static HostileCase byLabel(String label) {
    for (HostileCase c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no hostile case named '" + label + "'; known: "
        + java.util.Arrays.stream(values()).map(HostileCase::label).toList());
  }

  /** The text of this case at {@code bytes}. */
  public String text(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be positive, got: " + bytes);
    }
    return generate(bytes);
  }
}
