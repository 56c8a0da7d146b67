package org.dossier.nlp.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;

/**
 * The resolved references of one document: the value of the {@link #LAYER} that
 * {@link ReferenceResolver} writes, and the one place every component asks "who is this
 * pronoun or description?". Immutable and thread-safe.
 */
public final class References {
  /** The layer holding a document's references. */
  public static final Layer<References> LAYER = Layer.of("references");

  private static final References NONE = new References(List.of(), Map.of());

  private final List<Reference> all;
  private final Map<Integer, Reference> byHead = new HashMap<>();
  private final Map<String, Character> genders;

  References(List<Reference> all, Map<String, Character> genders) {
    this.all = List.copyOf(all);
    this.genders = Map.copyOf(genders);
    for (Reference r : this.all) {
      byHead.put(r.head(), r);
    }
  }

  /** The references of {@code doc}; none when the layer is absent. */
  public static References of(Doc doc) {
    return doc.find(LAYER).orElse(NONE);
  }

  /** Every reference, in text order. */
  public List<Reference> all() {
    return all;
  }

  /**
   * The actor that the phrase of tokens {@code [firstToken, endToken)} refers to, when its head
   * (the last token) is a resolved pronoun or description lying inside the span: "he" as
   * {@code [t, t+1)}, "the minister" as its whole span. Empty for a name (ask the
   * {@code actorMentions} layer), an unresolved phrase, or a phrase whose head is not a reference
   * ("his brother" is not "his").
   */
  public Optional<String> resolve(int firstToken, int endToken) {
    return reference(firstToken, endToken).map(Reference::actorId);
  }

  /** The reference headed at {@code endToken - 1} and starting at or after {@code firstToken}. */
  public Optional<Reference> reference(int firstToken, int endToken) {
    Reference r = byHead.get(endToken - 1);
    return r != null && r.firstToken() >= firstToken ? Optional.of(r) : Optional.empty();
  }

  /** The gender the text gives person actor {@code actorId} ('M' or 'F'), if it gives one. */
  public Optional<Character> gender(String actorId) {
    return Optional.ofNullable(genders.get(actorId));
  }
}
