package org.dossier.nlp.doc;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relations).
 *
 * @param governor  index of the head token in the document's token list, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name ({@code nsubj}, {@code obj}, {@code obl:on}…)
 */
public record Dependency(int governor, int dependent, String relation) {}
