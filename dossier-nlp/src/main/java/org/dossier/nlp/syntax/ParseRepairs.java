package org.dossier.nlp.syntax;

import java.util.List;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Token;

/**
 * Repairs a systematic misparse of CoreNLP's UD model before anything reads the parse: a reduced
 * relative right after a verb's object ("visited the hostages held in the embassy", "refused to
 * sign the agreement reached between A and B") is read as a loose {@code dep} clause whose subject
 * is the object noun, so the verb loses its object. When a past participle with no auxiliary hangs
 * as {@code dep} from a verb that has no object, and its {@code nsubj} stands between the two, the
 * noun becomes the verb's {@code obj} and the participle its {@code acl} (a passive participle, as
 * in "soldiers killed in the attack"). Both parse paths apply it ({@link DependencyParser} and the
 * CoreNLP layer's full parse). Pure function; thread-safe.
 */
public final class ParseRepairs {
  private ParseRepairs() {}

  /** Repairs, in place, the dependencies {@code deps[from..]} of one sentence. */
  public static void repair(List<Token> tokens, List<Dependency> deps, int from) {
    for (int i = from; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      int v = d.dependent();
      int h = d.governor();
      if (!"dep".equals(d.relation()) || h < 0 || h >= v || !tokens.get(v).pos().equals("VBN")
          || !tokens.get(h).isVerb() || hasChild(deps, from, h, "obj") || hasChild(deps, from, v, "aux")
          || hasChild(deps, from, v, "aux:pass") || hasChild(deps, from, v, "obj")) {
        continue;
      }
      int subject = -1;
      int at = -1;
      for (int k = from; k < deps.size(); k++) {
        Dependency s = deps.get(k);
        if (s.governor() == v && s.relation().equals("nsubj") && s.dependent() > h && s.dependent() < v
            && tokens.get(s.dependent()).isNoun()) {
          subject = s.dependent();
          at = k;
        }
      }
      if (subject < 0) {
        continue;
      }
      deps.set(at, new Dependency(h, subject, "obj"));
      deps.set(i, new Dependency(subject, v, "acl"));
    }
  }

  private static boolean hasChild(List<Dependency> deps, int from, int head, String rel) {
    for (int k = from; k < deps.size(); k++) {
      Dependency d = deps.get(k);
      if (d.governor() == head && d.relation().equals(rel)) {
        return true;
      }
    }
    return false;
  }
}
