package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KbEntity;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Mention;


/** An actor being built by one {@link ActorRun}: its mentions, knowledge-base entity, country, code and roles. */
final class Draft {
  final String key;
  ActorType type;
  final List<Mention> mentions = new ArrayList<>();
  KbEntity entity;
  KbCountry countryRef;
  String country;
  String code;
  String name;
  final List<TextRoles.Found> textRoles = new ArrayList<>();
  List<Role> roles = List.of();
  String regionCode;
  String groupCode;
  /** Spans where this place's name stands for {@link #standsFor} (a seat for its government). */
  final List<Mention> metonyms = new ArrayList<>();
  Draft standsFor;
  /** For an agent composed with an actor: that actor's code ("GON" of "Gondor police"). */
  String agentBase;

  Draft(String key, ActorType type) {
    this.key = key;
    this.type = type;
  }

  int first() {
    int own = mentions.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
    return Math.min(own, metonyms.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE));
  }
}
