package org.dossier.nlp.speech;

/**
 * Noun phrases around a verb, found on part-of-speech tags: the subject left of a verb (with
 * appositions, titles, "of"/"for"/"in" complements and a time phrase skipped), the phrase right
 * of a verb, and a relative pronoun's antecedent. Confined to the thread of its {@link SpeechDoc}.
 */
final class NounPhrases {
  private final SpeechDoc sd;

  NounPhrases(SpeechDoc sd) {
    this.sd = sd;
  }

  boolean npInternal(int i) {
    String p = sd.pos(i);
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("POS")
        || p.equals("CD") || p.equals("HYPH");
  }

  boolean isNominalHead(int i) {
    String p = sd.pos(i);
    return p.startsWith("NN") || p.equals("PRP");
  }

  /**
   * The noun phrase that ends just before verb {@code v} (its subject), skipping adverbs and
   * auxiliaries between them and one comma-bounded apposition ("X, a senior fellow, said").
   *
   * @return {@code {start, end}} token indices, or null
   */
  int[] left(int v, int floor) {
    int j = skipLeft(v - 1, floor);
    int[] nick = quotedName(j, -1, floor);
    if (nick != null) {
      return nick; // 'a reader named "Old Fox" wrote'
    }
    // "Iraq's government "asked for …": a partial quotation that opens with the verb
    if (j >= floor && sd.isQuoteMark(j) && j + 1 < sd.tokens.size() && sd.quoted[j + 1]
        && (j == floor || !sd.quoted[j - 1])) {
      j = skipLeft(j - 1, floor);
    }
    // "the Security Council in August adopted": a time phrase between subject and verb
    if (j - 1 > floor && sd.lex.timeNouns.contains(sd.lower[j])) {
      int k = j - 1;
      if (sd.pos(k).equals("DT") || sd.pos(k).startsWith("JJ")) {
        k--;
      }
      if (k > floor && sd.pos(k).equals("IN")) {
        j = skipLeft(k - 1, floor);
      }
    }
    if (j < floor) {
      return null;
    }
    // "X, who has long argued": the relative pronoun is the source as written
    if (isRelativePronoun(j) && antecedent(j) != null) {
      return new int[] {j, j + 1};
    }
    // "Gov. Jane Doe (D) said": skip a short parenthesis after the name
    if (isCloseParen(j)) {
      int k = j - 1;
      while (k > floor && k > j - 8 && !isOpenParen(k)) {
        k--;
      }
      if (k > floor && isOpenParen(k) && isNominalHead(k - 1)) {
        j = k - 1;
      } else {
        return null;
      }
    }
    if (sd.lower[j].equals(",")) {
      int k = j - 1;
      while (k > floor && k > j - 25 && !sd.lower[k].equals(",") && !sd.isBoundary(k)) {
        k--;
      }
      if (k > floor && sd.lower[k].equals(",") && isNominalHead(k - 1)) {
        // "the head of the mission, Jane Doe, said": the name between the commas when the phrase
        // before them names no person
        int inner = j - 1;
        String before = sd.actorOf[k - 1];
        if (inner > k && sd.actorOf[inner] != null && sd.isPerson(sd.actorOf[inner])
            && (before == null || !sd.isPerson(before)) && inner - k <= 6) {
          int b = inner;
          while (b - 1 > k && (npInternal(b - 1) || sd.isHonorific(b - 1))) {
            b--;
          }
          return new int[] {b, inner + 1};
        }
        j = k - 1;
      } else {
        return null;
      }
    }
    if (!isNominalHead(j)) {
      return null;
    }
    if (sd.pos(j).equals("PRP")) {
      return new int[] {j, j + 1};
    }
    int s = j;
    while (s - 1 >= floor) {
      int k = s - 1;
      if (npInternal(k) && !sd.isQuoteMark(k)) {
        s = k;
      } else if (sd.isHonorific(k)) {
        s = k;
      } else if (sd.lower[k].equals("of") && k - 1 >= floor && sd.tokens.get(k - 1).isProperNoun()
          && sd.tokens.get(k + 1).isProperNoun()) {
        // titles such as "Secretary of State Jane Doe"
        s = k;
      } else if (sd.lex.phrasePrepositions.contains(sd.lower[k]) && k - 1 >= floor && k + 1 < sd.tokens.size()
          && sd.pos(k - 1).startsWith("NN") && !sd.isQuoteMark(k + 1)
          && (!sd.tokens.get(k - 1).isProperNoun() || chainedPhrase(k - 1, floor))) {
        // "military sources in Rome", "the governor of the province", "a spokesman for the ministry",
        // "troops in Liberia from Bangladesh"
        s = k;
      } else if ((sd.lower[k].equals("and") || sd.lower[k].equals("&")) && k - 1 >= floor && isNominalHead(k - 1)
          && !sd.pos(k - 1).equals("PRP")) {
        s = k;
      } else {
        break;
      }
    }
    return new int[] {s, j + 1};
  }

  /**
   * Whether the proper name ending at {@code j} is itself the object of a phrase preposition after
   * a common noun ("troops in Liberia" of "troops in Liberia from Bangladesh").
   */
  private boolean chainedPhrase(int j, int floor) {
    int k = j;
    while (k >= floor && sd.tokens.get(k).isProperNoun()) {
      k--;
    }
    return k - 1 >= floor && sd.lex.phrasePrepositions.contains(sd.lower[k]) && sd.pos(k - 1).startsWith("NN")
        && !sd.tokens.get(k - 1).isProperNoun();
  }

  /** Skips adverbs and auxiliaries leftwards from {@code j}. */
  private int skipLeft(int j, int floor) {
    int k = j;
    while (k >= floor && (sd.isAdverbLike(k) || sd.isAux(k))) {
      k--;
    }
    return k;
  }

  /** The noun phrase that starts just after token {@code v} ("said Jane Doe, …"), or null. */
  int[] right(int v, int ceil) {
    int s = v + 1;
    if (s >= ceil) {
      return null;
    }
    if (sd.pos(s).equals("PRP")) {
      return new int[] {s, s + 1};
    }
    int[] nick = quotedName(s, 1, ceil);
    if (nick != null) {
      return nick; // 'said "Old Fox"'
    }
    int e = s;
    int lastHead = -1;
    while (e < ceil && (npInternal(e) || sd.isHonorific(e)) && !sd.isQuoteMark(e)) {
      if (isNominalHead(e)) {
        lastHead = e;
      }
      e++;
    }
    if (lastHead < 0) {
      return null;
    }
    if (lastHead + 1 == e && e + 1 < ceil && sd.pos(e).equals("VBN")) {
      int[] named = quotedName(e + 1, 1, ceil);
      if (named != null) {
        return named; // 'wrote a reader named "Old Fox"': the person is the name
      }
    }
    // "said Organisation for Security and Cooperation in Europe envoy Jane Doe": a long title
    // with "for", "in", "and" inside, taken up to the person it ends with
    if (lastHead + 1 == e && e < ceil && (sd.lex.phrasePrepositions.contains(sd.lower[e])
        || sd.lower[e].equals("and"))) {
      int k = e;
      while (k < Math.min(ceil, e + 16) && (npInternal(k) || sd.isHonorific(k) || sd.lower[k].equals("and")
          || sd.lex.phrasePrepositions.contains(sd.lower[k])) && !sd.isQuoteMark(k)) {
        String a = sd.actorOf[k];
        if (a != null && sd.isPerson(a) && k > e) {
          int last = k;
          while (last + 1 < ceil && a.equals(sd.actorOf[last + 1])) {
            last++;
          }
          return new int[] {s, last + 1};
        }
        k++;
      }
    }
    return new int[] {s, lastHead + 1};
  }

  /**
   * A name written in quotation marks, a nickname: from the mark at {@code mark}, reading in
   * direction {@code dir} (-1 leftwards, 1 rightwards, not past {@code limit}), an actor's mention
   * and the matching mark. Returns the name's tokens, or null.
   */
  private int[] quotedName(int mark, int dir, int limit) {
    int k = mark + dir;
    if (mark < 0 || mark >= sd.tokens.size() || !sd.isQuoteMark(mark) || k < 0 || k >= sd.tokens.size()
        || sd.actorOf[k] == null || !sd.isPerson(sd.actorOf[k])) {
      return null;
    }
    String a = sd.actorOf[k];
    while (k + dir >= 0 && k + dir < sd.tokens.size() && a.equals(sd.actorOf[k + dir])) {
      k += dir;
    }
    int other = k + dir;
    if ((dir < 0 ? other < limit : other >= limit) || !sd.isQuoteMark(other)) {
      return null;
    }
    return dir < 0 ? new int[] {k, mark} : new int[] {mark + 1, k + 1};
  }

  boolean isCloseParen(int i) {
    return sd.lower[i].equals(")") || sd.lower[i].equals("-rrb-");
  }

  boolean isOpenParen(int i) {
    return sd.lower[i].equals("(") || sd.lower[i].equals("-lrb-");
  }

  /** "who", or "which"/"that" used as a relative pronoun. */
  boolean isRelativePronoun(int i) {
    return sd.lower[i].equals("who") && sd.pos(i).equals("WP")
        || (sd.lower[i].equals("which") || sd.lower[i].equals("that")) && sd.pos(i).equals("WDT");
  }

  /**
   * The noun phrase a relative pronoun at {@code rel} refers to: the phrase ending just before it,
   * or before the comma before it ("Jane Doe, who said …"). Null when there is none.
   */
  int[] antecedent(int rel) {
    int j = rel - 1;
    int floor = sd.sentences.get(sd.tokens.get(rel).sentence()).firstToken();
    if (j >= floor && sd.lower[j].equals(",")) {
      j--;
    }
    if (j < floor || !isNominalHead(j) || sd.pos(j).equals("PRP")) {
      return null;
    }
    int s = j;
    while (s - 1 >= floor && (npInternal(s - 1) || sd.isHonorific(s - 1)) && !sd.isQuoteMark(s - 1)) {
      s--;
    }
    return new int[] {s, j + 1};
  }

}
