package org.dossier.nlp.entity;

import java.util.List;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Mention;

/** Layers produced by the entity package in addition to {@link org.dossier.nlp.doc.Layers#MENTIONS}. */
public final class EntityLayers {
  private EntityLayers() {}

  /**
   * Group mentions ("Russian forces", "Western analysts", "Chinese state media"): a nationality or
   * region adjective followed by a group noun, label {@code GROUP}, in text order. They are kept
   * apart from {@link org.dossier.nlp.doc.Layers#MENTIONS} (the named-entity mentions) because
   * they overlap the nationality adjective, which stays a {@code MISC} named-entity mention.
   */
  public static final Layer<List<Mention>> GROUPS = Layer.of("groupMentions");
}
