package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * Window coder, triggers: which lexicon entry codes a predicate (the most specific whose pattern
 * words occur within 7 tokens left or 13 right), and control ("vowed to provide", "refused to
 * release": one event of the two coded verbs). Per document; not thread-safe.
 */
final class WindowTriggers {
  private final EventLexicon lexicon;
  private final int[] mentionAt;
  private final List<Token> tokens;
  private final WindowSubjects subjects;
  private final EntryWords entryWords;

  WindowTriggers(WindowDoc d, WindowSubjects subjects) {
    this.lexicon = d.lexicon;
    this.mentionAt = d.mentionAt;
    this.tokens = d.tokens;
    this.subjects = subjects;
    this.entryWords = new EntryWords(d.tokens);
  }

  /** A predicate found in a sentence with the pattern that codes it. */
  record Candidate(int head, LexEntry entry, Set<Integer> used) {
    boolean verbal() {
      return !entry.noun();
    }
  }

  /** The triggers of a sentence, the heads accepted, and the acts controlled by an accepted verb. */
  record Found(List<Candidate> candidates, Set<Integer> accepted, Map<Integer, Candidate> controlled) {}

  /**
   * The candidates of sentence {@code s} (verbs and nominalisations with a matching lexicon entry);
   * a nominal pattern word consumed by a more specific predicate is not accepted as a predicate
   * itself; control then keeps one of two coded verbs.
   */
  Found triggersOf(Sentence s) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = tokens.get(i);
      String lemma = lower(t.lemma());
      boolean verbal = t.isVerb() || t.isNoun() && i > s.firstToken()
          && (tokens.get(i - 1).pos().equals("MD") || tokens.get(i - 1).pos().equals("TO"));
      List<LexEntry> verbEntries = verbal ? lexicon.verbsOf(t.word(), lemma) : List.of();
      if (!verbEntries.isEmpty()) {
        Candidate c = match(s, i, verbEntries);
        if (c != null) {
          candidates.add(c);
        }
      } else if (!verbal && t.isNoun() && mentionAt[i] < 0 && !t.isProperNoun()
          && (lexicon.hasNoun(lemma) || lexicon.hasNoun(lower(t.word())))) {
        List<LexEntry> entries = lexicon.hasNoun(lemma) ? lexicon.nouns(lemma) : lexicon.nouns(lower(t.word()));
        Candidate c = match(s, i, entries);
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    // nominal pattern words consumed by a more specific predicate are not predicates themselves
    List<Candidate> bySpecificity = new ArrayList<>(candidates);
    bySpecificity.sort(Comparator.comparingInt((Candidate c) -> -c.entry().specificity()));
    Set<Integer> consumed = new HashSet<>();
    Set<Integer> accepted = new HashSet<>();
    Set<Integer> verbalHeads = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.verbal()) {
        verbalHeads.add(c.head());
      }
    }
    for (Candidate c : bySpecificity) {
      if (consumed.contains(c.head())) {
        continue;
      }
      accepted.add(c.head());
      for (int u : c.used()) {
        if (tokens.get(u).isNoun() && !verbalHeads.contains(u)) {
          consumed.add(u);
        }
      }
    }
    Map<Integer, Candidate> controlled = new HashMap<>();
    resolveControl(candidates, accepted, controlled);
    return new Found(candidates, accepted, controlled);
  }

  /** The most specific entry whose pattern words occur around {@code head}, or null. */
  Candidate match(Sentence s, int head, List<LexEntry> entries) {
    boolean passive = !tokens.get(head).isNoun() && subjects.isPassive(s, head);
    int rightEnd = Math.min(s.endToken(), head + 13);
    for (int k = head + 1; k < rightEnd; k++) {
      String w = tokens.get(k).word();
      if (w.equals(";") || w.equals(":") || w.equals(".") || lower(w).equals("but")) {
        rightEnd = k;
        break;
      }
    }
    int leftStart = Math.max(s.firstToken(), head - 7);
    Candidate best = null;
    for (LexEntry e : entries) {
      if (e.has("passive") && !passive) {
        continue; // "were held by a crowd" detains; "held elections" does not
      }
      Set<Integer> used = new HashSet<>();
      int pos = head + 1;
      boolean ok = true;
      for (Set<String> alt : e.after()) {
        int found = find(alt, pos, rightEnd);
        if (found < 0 && passive) {
          found = find(alt, leftStart, head);
        }
        if (found < 0) {
          ok = false;
          break;
        }
        used.add(found);
        if (found > head) {
          pos = found + 1;
        }
      }
      if (!ok) {
        continue;
      }
      int from = leftStart;
      for (Set<String> alt : e.before()) {
        int found = find(alt, from, head);
        if (found < 0) {
          ok = false;
          break;
        }
        used.add(found);
        from = found + 1;
      }
      if (!ok) {
        continue;
      }
      if (best == null || e.specificity() > best.entry().specificity()) {
        best = new Candidate(head, e, used);
      }
    }
    return best;
  }

  int find(Set<String> alternatives, int from, int to) {
    return entryWords.find(alternatives, from, to);
  }


  /**
   * "vowed (not) to provide", "refused to release": when a coded verb controls another coded verb,
   * one event is kept. Intent verbs ("vow", "plan", "expect") give way to the act, which then reads
   * as future; verbs that are acts in themselves ("refuse", "threaten", "urge") keep the event.
   */
  void resolveControl(List<Candidate> candidates, Set<Integer> accepted,
      Map<Integer, Candidate> controlled) {
    Map<Integer, Candidate> byHead = new HashMap<>();
    for (Candidate c : candidates) {
      if (accepted.contains(c.head())) {
        byHead.put(c.head(), c);
      }
    }
    for (Candidate c : candidates) {
      if (c.entry().noun() || !accepted.contains(c.head())) {
        continue;
      }
      int j = c.head() + 1;
      if (j < tokens.size() && NEGATIONS.contains(lower(tokens.get(j).word()))) {
        j++;
      }
      if (j + 1 >= tokens.size() || !tokens.get(j).pos().equals("TO")) {
        continue;
      }
      Candidate embedded = byHead.get(j + 1);
      if (embedded == null || embedded.entry().noun()) {
        continue;
      }
      if (INTENT_VERBS.contains(lower(tokens.get(c.head()).lemma()))) {
        accepted.remove(c.head());
      } else {
        accepted.remove(embedded.head());
        controlled.put(c.head(), embedded);
      }
    }
  }
}
