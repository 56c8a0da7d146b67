package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.event.WindowArgs.Args;
import org.dossier.nlp.event.WindowTriggers.Candidate;

import static org.dossier.nlp.event.WindowWords.*;

/**
 * The window coder: the event coding of one document from part-of-speech patterns over token
 * windows, per document and used by one thread once. It wires the components, each with one job:
 * {@link WindowTriggers} (which lexicon entry codes a predicate, control), {@link WindowSubjects}
 * (verb group, passive, subject), {@link WindowTargets} (what lies right of a predicate),
 * {@link WindowPhrases} (the actors of a noun phrase), {@link WindowArgs} (source and target),
 * {@link WindowMode} (mode, refusal, attribution), {@link WindowDates} (the event's date) and
 * {@link WindowAssembly} (the event and its clean-up); here: the sentence loop, the threat's
 * target from the threatened act, and "A said B must" as a demand.
 */
final class DocumentCoder {
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final int[] mentionAt;
  private final List<org.dossier.nlp.doc.ActorMention> mentions;
  private final Map<String, org.dossier.model.Actor> actors;
  private final WindowPhrases phrases;
  private final WindowSubjects subjects;
  private final WindowTriggers triggers;
  private final WindowArgs args;
  private final WindowAssembly assembly;
  private final ClauseRealis realis;

  DocumentCoder(Doc doc, EventLexicon lexicon, CameoCodebook codebook, KnowledgeBase kb, NarrativeDay narrative) {
    WindowDoc d = new WindowDoc(doc, lexicon, codebook, kb);
    this.sentences = d.sentences;
    this.tokens = d.tokens;
    this.mentionAt = d.mentionAt;
    this.mentions = d.mentions;
    this.actors = d.actors;
    this.phrases = new WindowPhrases(d);
    this.subjects = new WindowSubjects(d, phrases);
    this.triggers = new WindowTriggers(d, subjects);
    this.args = new WindowArgs(d, phrases, subjects, new WindowTargets(d, phrases));
    this.realis = new ClauseRealis(doc);
    this.assembly = new WindowAssembly(d, args, new WindowDates(d, narrative), new WindowMode(d, subjects), subjects);
  }

  /** The events of the document, in sentence order, repeats of one sentence, root, source and target once. */
  List<Event> code() {
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : sentences) {
      if (s.heading() || s.size() < 3) {
        continue;
      }
      List<Event> sentenceEvents = codeSentence(s);
      for (Event e : sentenceEvents) {
        String key = s.index() + "|" + e.cameo().substring(0, 2) + "|" + e.source() + "|" + e.target();
        if (seen.add(key)) {
          out.add(new Event("e" + (out.size() + 1), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(),
              e.source(), e.target(), e.location(), e.date(), e.mode(), e.attributedTo(), e.evidence()));
        }
      }
    }
    return out;
  }

  /** The events of sentence {@code s}: one per accepted trigger with arguments, plus a reported obligation. */
  private List<Event> codeSentence(Sentence s) {
    WindowTriggers.Found found = triggers.triggersOf(s);
    List<Candidate> candidates = found.candidates();
    Set<Integer> accepted = found.accepted();
    Map<Integer, Candidate> controlled = found.controlled();
    List<Event> events = new ArrayList<>();
    List<Args> argsOf = new ArrayList<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!accepted.contains(c.head()) || c.entry().code() == null) {
        continue;
      }
      Args a = c.entry().noun() ? args.nounArgs(s, c.head(), c.entry()) : args.verbArgs(s, c.head(), c.entry());
      kept.add(c);
      argsOf.add(a);
    }
    // a threat or warning with a complement clause targets whoever the threatened act targets
    for (int k = 0; k < kept.size(); k++) {
      Args a = argsOf.get(k);
      String code = kept.get(k).entry().code();
      if (a.target.isEmpty() && (code.startsWith("13") || code.startsWith("02") || code.startsWith("10"))) {
        if (k + 1 < kept.size() && kept.get(k + 1).verbal()) {
          a.target.addAll(argsOf.get(k + 1).target);
        }
      }
    }
    Event[] built = new Event[kept.size()];
    for (int k = 0; k < kept.size(); k++) {
      // an appeal's or a wish's content, a purpose: not an event of its own (it may still give the
      // appeal its target above)
      built[k] = realis.unrealised(kept.get(k).head()) ? null : assembly.build(s, kept.get(k), argsOf.get(k));
    }
    for (int k = 0; k < kept.size(); k++) {
      Event e = built[k];
      Candidate act = controlled.get(kept.get(k).head());
      // a threat's target is what the threatened act targets ("threatened to impose a curfew in X")
      if (e != null && e.target().isEmpty() && e.cameo().startsWith("13") && act != null) {
        Args aa = args.verbArgs(s, act.head(), act.entry());
        args.placesToCountries(aa, act.entry().has("loc2target"));
        List<String> t = new ArrayList<>(aa.target);
        t.removeAll(e.source());
        if (!t.isEmpty()) {
          e = e.withParties(e.source(), t);
        }
      }
      if (e != null) {
        events.addAll(assembly.reciprocal(s, kept.get(k).head(), e));
        Event pair = assembly.paired(kept.get(k).entry(), e);
        if (pair != null) {
          events.add(pair);
        }
      }
    }
    Event demand = reportedObligation(s);
    if (demand != null) {
      events.add(demand);
    }
    return WindowAssembly.withoutSubsumed(events, actors);
  }

  private static final LexEntry OBLIGATION = new LexEntry(false, "must", List.of(), List.of(), "100", Set.of(),
      null, "builtin:must");

  private static final Set<String> DECLARING = Set.of("say", "declare", "reiterate", "insist", "stress",
      "conclude", "remind", "tell", "announce", "warn", "state", "add", "demand", "argue", "maintain");

  /**
   * "A said (that) B must ...": a demand by the speaker on the actor who must act (CAMEO 100).
   * Only when the actor right before "must" and the declaring verb's subject are both known.
   */
  private Event reportedObligation(Sentence s) {
    for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("MD") || !lower(t.word()).equals("must")) {
        continue;
      }
      int npStart = obligedPhraseStart(s, i - 1);
      if (npStart < 0) {
        continue;
      }
      List<String> obliged = phrases.nounPhraseActors(s, i - 1);
      if (obliged.isEmpty()) {
        continue;
      }
      int j = npStart - 1;
      while (j >= s.firstToken() && j >= npStart - 6 && !tokens.get(j).isVerb()
          && (tokens.get(j).pos().equals("DT") || OBLIGATION_FILLERS.contains(lower(tokens.get(j).word()))
          || TIME_WORDS.contains(lower(tokens.get(j).word())) || tokens.get(j).pos().equals("CD"))) {
        j--;
      }
      if (j < s.firstToken() || !tokens.get(j).isVerb() || !DECLARING.contains(lower(tokens.get(j).lemma()))) {
        continue;
      }
      Args a = new WindowArgs.Args();
      a.chainStart = subjects.chainStart(s, j);
      a.source.addAll(subjects.subject(s, j, 0));
      a.target.addAll(obliged);
      a.target.removeAll(a.source);
      if (a.source.isEmpty() || a.target.isEmpty()) {
        continue;
      }
      return assembly.build(s, new Candidate(j, OBLIGATION, Set.of()), a);
    }
    return null;
  }

  /** Words between a declaring verb and the clause it introduces ("said here on Friday that"). */
  private static final Set<String> OBLIGATION_FILLERS = Set.of("that", "on", "here", "there", "again", "also",
      "today", "yesterday", "last", "this");

  /**
   * The first token of the subject of "must" ending at {@code end} when it holds an actor
   * ("the US", "Kagame and his party", "US and British forces"), else -1.
   */
  private int obligedPhraseStart(Sentence s, int end) {
    int j = end;
    boolean actor = false;
    while (j >= s.firstToken() && j > end - 10) {
      Token t = tokens.get(j);
      String p = t.pos();
      if (mentionAt[j] >= 0) {
        actor = true;
        j = mentions.get(mentionAt[j]).mention().firstToken() - 1;
        continue;
      }
      if (p.equals("PRP") || p.equals("PRP$") || p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN")
          || p.equals("POS") || t.word().equals("and") || t.word().equals(",")) {
        actor |= p.equals("PRP");
        j--;
        continue;
      }
      break;
    }
    return actor ? j + 1 : -1;
  }
}
