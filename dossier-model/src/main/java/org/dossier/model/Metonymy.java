package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Where a place's name stands for another actor: a seat of government used for its government
 * ("Moscow said", "the Kremlin's war"). The place actor records what the name denotes (with its
 * {@code geo}); the spans are mentions of {@code standsFor}, which acts in them. An event is never
 * located at the place through these spans: the government acting is not an event in its capital.
 *
 * @param standsFor id of the actor the name stands for (the country)
 * @param mentions  the spans where it does, in text order; each is also a mention of {@code standsFor}
 */
@JsonPropertyOrder({"standsFor", "mentions"})
public record Metonymy(String standsFor, List<Span> mentions) {
  public Metonymy {
    Objects.requireNonNull(standsFor, "standsFor");
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("metonymy of " + standsFor + " needs at least one mention");
    }
  }
}
