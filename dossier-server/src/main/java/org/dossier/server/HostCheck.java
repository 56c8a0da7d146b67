package org.dossier.server;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} headers the server answers: a page on another site whose name was made to
 * resolve to this machine (DNS rebinding) sends its own name, and is refused. Names compare
 * without the port and case-insensitively; IPv6 literals in brackets.
 *
 * <p>Immutable and thread-safe.
 */
final class HostCheck {
  /** The loopback names a local browser uses. */
  static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
  private final Set<String> allowed;

  private HostCheck(Set<String> allowed) {
    this.allowed = allowed;
  }

  /**
   * The names served when bound to {@code host}: the loopback names, {@code host} itself and
   * {@code extra}. Bound to every interface ({@code 0.0.0.0}, {@code ::}) with no {@code extra},
   * any name is answered (the server is then reachable by names it cannot know), and null is returned.
   */
  static HostCheck of(String host, Collection<String> extra) {
    boolean wildcard = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")
        || host.equals("[::]");
    if (wildcard && (extra == null || extra.isEmpty())) {
      return null;
    }
    Set<String> names = new TreeSet<>(LOOPBACK);
    if (!wildcard) {
      names.add(bracketed(host));
    }
    if (extra != null) {
      for (String e : extra) {
        names.add(name(e.strip()));
      }
    }
    return new HostCheck(Set.copyOf(names));
  }

  /** Whether a request with this {@code Host} header is answered (a request without one is). */
  boolean allows(String hostHeader) {
    return hostHeader == null || allowed.contains(name(hostHeader.strip()));
  }

  /** The host name of a {@code Host} header: lower case, without the port, IPv6 in brackets. */
  static String name(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && colon == h.lastIndexOf(':')) {
      return h.substring(0, colon); // name:port
    }
    return bracketed(h); // a bare IPv6 literal, or a name
  }

  private static String bracketed(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h;
  }

  @Override
  public String toString() {
    return String.join(", ", allowed);
  }
}
