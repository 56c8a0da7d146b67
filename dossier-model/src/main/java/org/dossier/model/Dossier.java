package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One document's extraction in the {@code dossier/1} contract. Field names and meanings are a
 * public API: fields may be added, never renamed.
 *
 * <p>Immutable and thread-safe. All offsets count Unicode code points into
 * {@code document.text}, end-exclusive.
 */
@JsonPropertyOrder({"schema", "document", "actors", "events", "quotes", "claims", "goals", "times",
    "amounts", "provenance"})
public record Dossier(
    String schema,
    DocumentInfo document,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<Claim> claims,
    List<Goal> goals,
    List<TimeMention> times,
    List<Amount> amounts,
    @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance) {

  /** The schema identifier this model writes. */
  public static final String SCHEMA = "dossier/1";

  public Dossier {
    if (!SCHEMA.equals(schema)) {
      throw new IllegalArgumentException("unsupported schema: " + schema + " (expected " + SCHEMA + ")");
    }
    Objects.requireNonNull(document, "document");
    actors = copy(actors);
    events = copy(events);
    quotes = copy(quotes);
    claims = copy(claims);
    goals = copy(goals);
    times = copy(times);
    amounts = copy(amounts);
  }

  /** A dossier with the document only and every array empty. */
  public static Dossier empty(DocumentInfo document) {
    return new Dossier(SCHEMA, document, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), null);
  }

  /** Starts a builder for {@code document}. */
  public static Builder builder(DocumentInfo document) {
    return new Builder(document);
  }

  private static <T> List<T> copy(List<T> list) {
    return List.copyOf(list == null ? List.of() : list);
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final DocumentInfo document;
    private List<Actor> actors = List.of();
    private List<Event> events = List.of();
    private List<Quote> quotes = List.of();
    private List<Claim> claims = List.of();
    private List<Goal> goals = List.of();
    private List<TimeMention> times = List.of();
    private List<Amount> amounts = List.of();
    private Provenance provenance;

    private Builder(DocumentInfo document) {
      this.document = Objects.requireNonNull(document, "document");
    }

    public Builder actors(List<Actor> v) { this.actors = v; return this; }
    public Builder events(List<Event> v) { this.events = v; return this; }
    public Builder quotes(List<Quote> v) { this.quotes = v; return this; }
    public Builder claims(List<Claim> v) { this.claims = v; return this; }
    public Builder goals(List<Goal> v) { this.goals = v; return this; }
    public Builder times(List<TimeMention> v) { this.times = v; return this; }
    public Builder amounts(List<Amount> v) { this.amounts = v; return this; }
    public Builder provenance(Provenance v) { this.provenance = v; return this; }

    public Dossier build() {
      return new Dossier(SCHEMA, document, actors, events, quotes, claims, goals, times, amounts,
          provenance);
    }
  }
}
