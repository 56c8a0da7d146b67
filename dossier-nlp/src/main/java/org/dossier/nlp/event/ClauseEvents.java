package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Builds the {@link Event}s of the clause coder from a coded clause: mode, attribution and date from
 * the nearest verbal clause ({@link ClauseContext}), refusal and intent codes for negated and future
 * clauses ({@link IntentCodes}), the codebook's PLOVER type, quad class and Goldstein value, and the
 * sentence as evidence.
 *
 * <p>Per document, used once by one thread.
 */
final class ClauseEvents {
  private final Doc doc;
  private final Clauses clauses;
  private final ClauseContext context;
  private final CameoCodebook codebook;
  private final List<Sentence> sentences;

  ClauseEvents(Doc doc, Clauses clauses, ClauseContext context, CameoCodebook codebook) {
    this.doc = doc;
    this.clauses = clauses;
    this.context = context;
    this.codebook = codebook;
    this.sentences = doc.get(Layers.SENTENCES);
  }

  /**
   * Adds to {@code out} the event(s) of clause {@code c} coded {@code code}: none for a background
   * clause or a negated one whose code has no refusal form; a future own-clause event becomes the
   * intent code; "A, B and C met" ({@code joint}, no target) one event per member with the others.
   */
  void emit(List<Event> out, Clause c, String code, List<String> source, List<String> target,
      String location, boolean own, boolean joint) {
    if (context.background(c)) {
      return;
    }
    // a noun's mode, attribution and date are those of the nearest verb above it ("at a time of
    // growing pressure" is dated by the clause "at a time" hangs from)
    Clause verbal = c;
    for (int guard = 0; verbal.kind() == Clause.Kind.NOMINAL && verbal.parent() >= 0 && guard < 20; guard++) {
      verbal = clauses.parent(verbal).orElseThrow();
    }
    String attributed = context.attribution(verbal);
    String mode = context.mode(verbal, attributed);
    String finalCode = code;
    boolean intent = false;
    if (mode.equals("negated")) {
      String refusal = IntentCodes.refusalOf(code);
      if (refusal == null || !own) {
        return;
      }
      finalCode = refusal;
      mode = attributed != null ? "reported" : "asserted";
    } else if (mode.equals("future") && own && !context.scheduled(verbal)) {
      finalCode = IntentCodes.intentOf(code);
      intent = !finalCode.equals(code);
    }
    CameoCode cc = codebook.resolve(finalCode).orElse(null);
    if (cc == null) {
      return;
    }
    if (!finalCode.matches("\\d{2,4}")) {
      finalCode = cc.code(); // dictionaries carry marked codes ("025?"): the codebook's nearest
    }
    String date = intent ? context.intentDate(verbal, mode) : context.date(verbal, mode);
    Sentence s = sentences.get(c.sentence());
    List<List<String>> pairs = new ArrayList<>();
    if (target.isEmpty() && source.size() > 1 && joint) {
      // "A, B and C met": each with the others
      for (String member : source) {
        List<String> others = new ArrayList<>(source);
        others.remove(member);
        pairs.add(List.of(member));
        pairs.add(others);
      }
    } else {
      pairs.add(source);
      pairs.add(target);
    }
    for (int p = 0; p < pairs.size(); p += 2) {
      out.add(new Event("e0", finalCode, cc.plover(), cc.quad(), cc.goldstein(), cc.label(),
          List.copyOf(pairs.get(p)), List.copyOf(pairs.get(p + 1)), location, date, mode, attributed,
          doc.offsets().span(s.begin(), s.end())));
    }
  }
}
