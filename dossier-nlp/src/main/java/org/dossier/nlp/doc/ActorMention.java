package org.dossier.nlp.doc;

/**
 * A mention linked to the document-level actor it refers to.
 *
 * @param mention the mention
 * @param actorId the id of the actor in the {@link Layers#ACTORS} layer
 */
public record ActorMention(Mention mention, String actorId) {}
