package org.dossier.nlp.speech;

import java.util.List;
import java.util.Set;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;

/** Layers added by the speech components beside {@code Layers.QUOTES} and {@code Layers.CLAIMS}. */
public final class SpeechLayers {
  private SpeechLayers() {}

  /** One attribution per quote, in the order of {@code Layers.QUOTES}. */
  public static final Layer<List<Attribution>> QUOTE_ATTRIBUTIONS = Layer.of("quoteAttributions");
  /** One attribution per claim, in the order of {@code Layers.CLAIMS}. */
  public static final Layer<List<Attribution>> CLAIM_ATTRIBUTIONS = Layer.of("claimAttributions");
  /** One attribution per goal, in the order of {@code Layers.GOALS}: the holder as source, the trigger as cue. */
  public static final Layer<List<Attribution>> GOAL_ATTRIBUTIONS = Layer.of("goalAttributions");

  /**
   * What the components reading speech after the quotes need (claims, goals): tokens, sentences,
   * actors and where they are mentioned, and the quotes' attributions (content they leave alone).
   */
  static final Set<Layer<?>> AFTER_QUOTES = Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ACTORS,
      Layers.ACTOR_MENTIONS, org.dossier.nlp.reference.References.LAYER, QUOTE_ATTRIBUTIONS);
}
