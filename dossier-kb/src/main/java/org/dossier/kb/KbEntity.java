package org.dossier.kb;

import java.util.List;
import java.util.Objects;
import org.dossier.model.ActorType;

/**
 * An entity of the knowledge base: a country, bloc, organisation, person or place.
 *
 * @param id        stable id, unique in the knowledge base ({@code country:RUS}, {@code person:putin-vladimir},
 *                  {@code org:nato})
 * @param name      canonical name
 * @param type      actor type
 * @param country   ISO 3166-1 alpha-3 code of its country, or null (blocs, IGOs)
 * @param code      CAMEO actor code ({@code RUS}, {@code IGOWSTNAT}, {@code RUSGOV}), or null
 * @param aliases   other names it is written as (not including {@code name})
 * @param source    where the facts come from (a short note)
 */
public record KbEntity(String id, String name, ActorType type, String country, String code,
    List<String> aliases, String source) {
  public KbEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, () -> "type of " + id);
    if (country != null && !KbCountry.isAlpha3(country)) {
      throw new IllegalArgumentException("country of " + id + " must be ISO alpha-3, got: " + country);
    }
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
