package org.dossier.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The in-memory knowledge base built from TSV rows; immutable and thread-safe. */
final class TsvKnowledgeBase implements KnowledgeBase {
  private final Map<String, KbEntity> byId;
  private final Map<String, List<KbEntity>> byName = new HashMap<>();
  private final Map<String, List<KbRole>> rolesByPerson = new HashMap<>();
  private final Map<String, List<KbRole>> rolesByTitle = new HashMap<>();
  private final Map<String, List<KbEntity>> personsBySurname = new HashMap<>();
  private final Map<String, KbCountry> countries;
  private final Map<String, KbCountry> countryByName = new HashMap<>();
  private final Map<String, KbCountry> countryByDemonym = new HashMap<>();
  private final Map<String, KbCountry> countryBySeat = new HashMap<>();
  private final String asOf;

  TsvKnowledgeBase(Map<String, KbCountry> countries, Map<String, KbEntity> entities, Collection<KbRole> roles,
      String asOf) {
    this.countries = Map.copyOf(countries);
    this.byId = Map.copyOf(entities);
    this.asOf = asOf;
    for (KbEntity e : entities.values()) {
      index(e.name(), e);
      e.aliases().forEach(a -> index(a, e));
      if (e.type() == org.dossier.model.ActorType.PERSON) {
        indexSurname(e.name(), e);
        e.aliases().forEach(a -> indexSurname(a, e));
      }
    }
    for (KbRole r : roles) {
      rolesByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
      rolesByTitle.computeIfAbsent(normalize(r.title()), k -> new ArrayList<>()).add(r);
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    personsBySurname.replaceAll((k, v) -> List.copyOf(v));
    rolesByPerson.values().forEach(l -> l.sort(Comparator.comparing(KbRole::validFrom,
        Comparator.nullsFirst(Comparator.naturalOrder()))));
    for (KbCountry c : countries.values()) {
      countryByName.put(normalize(c.name()), c);
      c.aliases().forEach(a -> countryByName.put(normalize(a), c));
      c.demonyms().forEach(d -> countryByDemonym.put(normalize(d), c));
      c.seats().forEach(s -> countryBySeat.put(normalize(s), c));
    }
  }

  /** Indexes a person by the last word of a name of two words or more ("Yoweri Museveni": museveni). */
  private void indexSurname(String name, KbEntity e) {
    String n = normalize(name);
    int space = n.lastIndexOf(' ');
    if (space < 0) {
      return;
    }
    List<KbEntity> list = personsBySurname.computeIfAbsent(n.substring(space + 1), k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private void index(String name, KbEntity e) {
    List<KbEntity> list = byName.computeIfAbsent(normalize(name), k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /**
   * Lower case, curly apostrophes straightened, periods as spaces, single-letter initials between
   * words dropped, spaces collapsed, no leading "the". Allocation-light: one pass, no regex.
   */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      if (c == '.' || Character.isWhitespace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(Character.toLowerCase(c));
        space = false;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    if (sb.length() > 4 && sb.charAt(0) == 't' && sb.charAt(1) == 'h' && sb.charAt(2) == 'e' && sb.charAt(3) == ' ') {
      sb.delete(0, 4);
    }
    String n = sb.toString();
    int first = n.indexOf(' ');
    int last = n.lastIndexOf(' ');
    if (first < 0 || first == last) {
      return n;
    }
    // three or more words: drop one-letter words strictly inside ("vladimir v putin" -> "vladimir putin")
    StringBuilder out = new StringBuilder(n.length());
    out.append(n, 0, first);
    int start = first + 1;
    while (start <= last) {
      int end = n.indexOf(' ', start);
      if (end - start != 1) {
        out.append(' ').append(n, start, end);
      }
      start = end + 1;
    }
    out.append(' ').append(n, last + 1, n.length());
    return out.toString();
  }

  @Override
  public List<KbEntity> lookup(String name) {
    return byName.getOrDefault(normalize(name), List.of());
  }

  @Override
  public List<KbEntity> personsBySurname(String surname) {
    return personsBySurname.getOrDefault(normalize(surname), List.of());
  }

  @Override
  public Optional<KbEntity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<KbRole> rolesOn(String personId, LocalDate date) {
    return rolesByPerson.getOrDefault(personId, List.of()).stream().filter(r -> r.validOn(date)).toList();
  }

  @Override
  public List<KbRole> roles(String personId) {
    return List.copyOf(rolesByPerson.getOrDefault(personId, List.of()));
  }

  @Override
  public List<KbEntity> holders(String title, String of, LocalDate date) {
    String o = of == null ? null : normalize(of);
    KbCountry named = o == null ? null : countryByName.get(o);
    String iso = named == null ? null : named.iso3();
    List<KbEntity> out = new ArrayList<>();
    for (KbRole r : rolesByTitle.getOrDefault(normalize(title), List.of())) {
      boolean ofMatches = o == null || (r.of() != null && normalize(r.of()).equals(o))
          || (r.country() != null && r.country().equalsIgnoreCase(of))
          || (r.ofId() != null && r.ofId().equalsIgnoreCase(of))
          || (iso != null && iso.equals(r.country()) && r.ofId() != null && r.ofId().startsWith("country:"));
      if (ofMatches && r.validOn(date)) {
        KbEntity e = byId.get(r.personId());
        if (e != null && !out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  @Override
  public Optional<KbCountry> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  @Override
  public Optional<KbCountry> countryByName(String name) {
    return Optional.ofNullable(countryByName.get(normalize(name)));
  }

  @Override
  public Optional<KbCountry> countryByDemonym(String demonym) {
    return Optional.ofNullable(countryByDemonym.get(normalize(demonym)));
  }

  @Override
  public Optional<KbCountry> countryBySeat(String seat) {
    return Optional.ofNullable(countryBySeat.get(normalize(seat)));
  }

  @Override
  public List<KbCountry> countries() {
    return List.copyOf(countries.values());
  }

  @Override
  public String asOf() {
    return asOf;
  }
}
