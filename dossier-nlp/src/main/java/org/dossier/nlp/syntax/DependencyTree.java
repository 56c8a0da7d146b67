package org.dossier.nlp.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.nlp.doc.Dependency;

/**
 * The dependency layer as a tree over document token indices: head, relation and children of each
 * token. Tokens of sentences that were not parsed have no head ({@link #parsed} is false).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class DependencyTree {
  /** Head value of a root token. */
  public static final int ROOT = -1;
  private static final int UNPARSED = -2;

  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  /** Builds the tree over {@code tokenCount} document tokens from {@code dependencies}. */
  public DependencyTree(int tokenCount, List<Dependency> dependencies) {
    head = new int[tokenCount];
    Arrays.fill(head, UNPARSED);
    relation = new String[tokenCount];
    children = new ArrayList<>(tokenCount);
    for (int i = 0; i < tokenCount; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : dependencies) {
      if (d.dependent() < 0 || d.dependent() >= tokenCount) {
        continue;
      }
      head[d.dependent()] = d.governor() < 0 ? ROOT : d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < tokenCount) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    for (List<Integer> c : children) {
      c.sort(null);
    }
  }

  /** Whether {@code token} belongs to a parsed sentence. */
  public boolean parsed(int token) {
    return token >= 0 && token < head.length && head[token] != UNPARSED;
  }

  /** The head of {@code token}, {@link #ROOT} for the root, or -2 when its sentence is unparsed. */
  public int head(int token) {
    return head[token];
  }

  /** The relation of {@code token} to its head ({@code root} for the root), or null when unparsed. */
  public String relation(int token) {
    return relation[token];
  }

  /** The base relation without subtype: {@code obl:tmod} → {@code obl}. */
  public String baseRelation(int token) {
    String r = relation[token];
    if (r == null) {
      return null;
    }
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** The dependents of {@code token}, in text order. */
  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** The dependents of {@code token} whose relation is {@code rel} (exact) or a subtype of it. */
  public List<Integer> children(int token, String rel) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : children.get(token)) {
      String r = relation[c];
      if (r != null && (r.equals(rel) || r.startsWith(rel + ":"))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether {@code token} has a dependent with relation {@code rel} (or a subtype). */
  public boolean hasChild(int token, String rel) {
    return !children(token, rel).isEmpty();
  }

  /** First token of the subtree of {@code token}. */
  public int subtreeBegin(int token) {
    int b = token;
    for (int c : children.get(token)) {
      b = Math.min(b, subtreeBegin(c));
    }
    return b;
  }

  /** Token after the last of the subtree of {@code token}. */
  public int subtreeEnd(int token) {
    int e = token + 1;
    for (int c : children.get(token)) {
      e = Math.max(e, subtreeEnd(c));
    }
    return e;
  }

  /** Whether {@code ancestor} dominates {@code token} (a token dominates itself). */
  public boolean dominates(int ancestor, int token) {
    int t = token;
    for (int guard = 0; t >= 0 && guard < head.length; guard++) {
      if (t == ancestor) {
        return true;
      }
      t = head[t];
    }
    return false;
  }
}
