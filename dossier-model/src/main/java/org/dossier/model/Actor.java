package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One real-world actor of a document with every mention of it.
 *
 * @param id       document-local id ({@code a1}, {@code a2}, …)
 * @param name     canonical name
 * @param type     actor type
 * @param kb       knowledge-base id, or null when not linked
 * @param country  ISO 3166-1 alpha-3 code, or null when unknown
 * @param code     CAMEO actor code, or null
 * @param roles    roles on the document's date
 * @param aliases  other names used for it in the text
 * @param mentions every mention, in text order
 * @param geo      where the place is, for resolved {@code LOCATION} and {@code COUNTRY} actors; null
 *                 otherwise, and then not serialised (an additive field of {@code dossier/1})
 * @param metonymy where this place's name stands for another actor (a capital for its government);
 *                 null otherwise, and then not serialised (additive). Its spans are not in
 *                 {@code mentions}, which hold only the uses of the name as a place; a place known only
 *                 through metonymy has no mentions.
 */
@JsonPropertyOrder({"id", "name", "type", "kb", "country", "code", "roles", "aliases", "mentions", "geo", "metonymy"})
public record Actor(
    String id,
    String name,
    ActorType type,
    String kb,
    String country,
    String code,
    List<Role> roles,
    List<String> aliases,
    List<Span> mentions,
    @JsonInclude(JsonInclude.Include.NON_NULL) Geo geo,
    @JsonInclude(JsonInclude.Include.NON_NULL) Metonymy metonymy) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3, got: " + country);
    }
    roles = List.copyOf(roles == null ? List.of() : roles);
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
  }

  /** An actor without a location (the original nine-component form). */
  public Actor(String id, String name, ActorType type, String kb, String country, String code,
      List<Role> roles, List<String> aliases, List<Span> mentions) {
    this(id, name, type, kb, country, code, roles, aliases, mentions, null, null);
  }

  /** An actor without metonymic uses (the ten-component form). */
  public Actor(String id, String name, ActorType type, String kb, String country, String code,
      List<Role> roles, List<String> aliases, List<Span> mentions, Geo geo) {
    this(id, name, type, kb, country, code, roles, aliases, mentions, geo, null);
  }

  /** This actor with {@code geo} set. */
  public Actor withGeo(Geo geo) {
    return new Actor(id, name, type, kb, country, code, roles, aliases, mentions, geo, metonymy);
  }

  /** This actor with {@code country} set (ISO alpha-3 or null). */
  public Actor withCountry(String country) {
    return new Actor(id, name, type, kb, country, code, roles, aliases, mentions, geo, metonymy);
  }
}
