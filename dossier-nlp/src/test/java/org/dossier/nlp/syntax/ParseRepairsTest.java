package org.dossier.nlp.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reduced-relative and comma-splice repairs on hand-made parses (issue 18). */
class ParseRepairsTest {
  // "They visited the hostages held in Lima ."
  private static final List<Token> TOKENS = List.of(
      new Token(0, 0, 4, "They", "PRP", "they", "O", 0),
      new Token(1, 5, 12, "visited", "VBD", "visit", "O", 0),
      new Token(2, 13, 16, "the", "DT", "the", "O", 0),
      new Token(3, 17, 25, "hostages", "NNS", "hostage", "O", 0),
      new Token(4, 26, 30, "held", "VBN", "hold", "O", 0),
      new Token(5, 31, 33, "in", "IN", "in", "O", 0),
      new Token(6, 34, 38, "Lima", "NNP", "Lima", "O", 0),
      new Token(7, 39, 40, ".", ".", ".", "O", 0));

  private static List<Dependency> parse(String heldRelation, String hostagesRelation, int hostagesHead) {
    return new ArrayList<>(List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "det"), new Dependency(hostagesHead, 3, hostagesRelation),
        new Dependency(1, 4, heldRelation), new Dependency(6, 5, "case"), new Dependency(4, 6, "obl"),
        new Dependency(1, 7, "punct")));
  }

  @Test
  void repair_participleAsDepWithObjectAsSubject_objectAndPassiveParticiple() {
    List<Dependency> deps = parse("dep", "nsubj", 4);
    ParseRepairs.repair(TOKENS, deps, 0);
    assertThat(deps).contains(new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"));
    assertThat(deps).doesNotContain(new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"));
  }

  /** A verb that already has its object, or a participle that is no loose dep: not the misparse. */
  @ParameterizedTest(name = "participle {0}, object {1} of {2}")
  @CsvSource({"dep, obj, 1", "ccomp, nsubj, 4"})
  void repair_notTheMisparse_unchanged(String participleRelation, String objectRelation, int objectHead) {
    List<Dependency> deps = parse(participleRelation, objectRelation, objectHead);
    List<Dependency> before = List.copyOf(deps);
    ParseRepairs.repair(TOKENS, deps, 0);
    assertThat(deps).isEqualTo(before);
  }

  // "Japan would send aid , France would help restore peace ." with the first clause read as the
  // complement of "help" (the misparse), or of "said" (a reporting inversion, no misparse)
  private static List<Token> splice(String verb, String lemma) {
    return List.of(
        new Token(0, 0, 5, "Japan", "NNP", "Japan", "O", 0),
        new Token(1, 6, 11, "would", "MD", "would", "O", 0),
        new Token(2, 12, 16, "send", "VB", "send", "O", 0),
        new Token(3, 17, 20, "aid", "NN", "aid", "O", 0),
        new Token(4, 20, 21, ",", ",", ",", "O", 0),
        new Token(5, 22, 28, "France", "NNP", "France", "O", 0),
        new Token(6, 29, 34, "would", "MD", "would", "O", 0),
        new Token(7, 35, 39, verb, "VB", lemma, "O", 0),
        new Token(8, 40, 47, "restore", "VB", "restore", "O", 0),
        new Token(9, 48, 53, "peace", "NN", "peace", "O", 0),
        new Token(10, 53, 54, ".", ".", ".", "O", 0));
  }

  private static List<Dependency> spliceParse() {
    return new ArrayList<>(List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"),
        new Dependency(7, 2, "ccomp"), new Dependency(2, 3, "obj"), new Dependency(7, 4, "punct"),
        new Dependency(7, 5, "nsubj"), new Dependency(7, 6, "aux"), new Dependency(-1, 7, "root"),
        new Dependency(7, 8, "xcomp"), new Dependency(8, 9, "obj"), new Dependency(7, 10, "punct")));
  }

  @Test
  void repair_clauseBeforeNonReportingVerbAsComplement_parataxis() {
    List<Dependency> deps = spliceParse();
    ParseRepairs.repair(splice("help", "help"), deps, 0);
    assertThat(deps).contains(new Dependency(7, 2, "parataxis")).doesNotContain(new Dependency(7, 2, "ccomp"));
  }

  @Test
  void repair_clauseBeforeReportingVerb_unchanged() {
    List<Dependency> deps = spliceParse();
    List<Dependency> before = List.copyOf(deps);
    ParseRepairs.repair(splice("say", "say"), deps, 0);
    assertThat(deps).isEqualTo(before);
  }
}
