package org.dossier.eval.re3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class RoleMatchTest {
  // "Colonel Ivo Rask commands the Harbour Guard." person [8,16), target [26,43)
  private static final RoleMatch.Relation REL = new RoleMatch.Relation(8, 16, 26, 43, "the Harbour Guard");

  private static Actor rask(Role role) {
    return new Actor("a1", "Ivo Rask", ActorType.PERSON, null, null, null, List.of(role), List.of(),
        List.of(new Span(8, 16, "Ivo Rask")));
  }

  @Test
  void matches_roleOfSharesTargetWords_true() {
    Actor a = rask(new Role("commander", "Harbour Guard", "text", null));
    assertThat(RoleMatch.matches(REL, a, a.roles().get(0))).isTrue();
    assertThat(RoleMatch.found(REL, List.of(a))).isTrue();
  }

  @Test
  void matches_evidenceOverlapsTarget_true() {
    Actor a = rask(new Role("commander", null, "text", new Span(30, 43, "Harbour Guard")));
    assertThat(RoleMatch.matches(REL, a, a.roles().get(0))).isTrue();
  }

  @Test
  void matches_otherOrganisationOrOtherPerson_false() {
    Actor a = rask(new Role("commander", "Coast Police", "text", null));
    assertThat(RoleMatch.matches(REL, a, a.roles().get(0))).isFalse();
    Actor other = new Actor("a2", "Ola Berg", ActorType.PERSON, null, null, null,
        List.of(new Role("commander", "Harbour Guard", "text", null)), List.of(), List.of(new Span(50, 58, "Ola Berg")));
    assertThat(RoleMatch.matches(REL, other, other.roles().get(0))).isFalse();
  }

  @Test
  void valid_spansBeyondText_false() {
    assertThat(REL.valid(43)).isTrue();
    assertThat(REL.valid(40)).isFalse();
  }
}
