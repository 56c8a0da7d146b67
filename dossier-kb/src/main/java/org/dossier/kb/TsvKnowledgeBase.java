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
    }
    for (KbRole r : roles) {
      rolesByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
    }
    rolesByPerson.values().forEach(l -> l.sort(Comparator.comparing(KbRole::validFrom,
        Comparator.nullsFirst(Comparator.naturalOrder()))));
    for (KbCountry c : countries.values()) {
      countryByName.put(normalize(c.name()), c);
      c.aliases().forEach(a -> countryByName.put(normalize(a), c));
      c.demonyms().forEach(d -> countryByDemonym.put(normalize(d), c));
      c.seats().forEach(s -> countryBySeat.put(normalize(s), c));
    }
  }

  private void index(String name, KbEntity e) {
    List<KbEntity> list = byName.computeIfAbsent(normalize(name), k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  /** Lower case, no periods, no single-letter initials between words, no leading "the". */
  static String normalize(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", " ").strip();
    n = n.replaceAll("\\s+", " ");
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    String[] words = n.split(" ");
    if (words.length > 2) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        boolean initial = words[i].length() == 1 && i > 0 && i < words.length - 1;
        if (!initial) {
          sb.append(sb.length() == 0 ? "" : " ").append(words[i]);
        }
      }
      n = sb.toString();
    }
    return n;
  }

  @Override
  public List<KbEntity> lookup(String name) {
    return List.copyOf(byName.getOrDefault(normalize(name), List.of()));
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
    String t = normalize(title);
    String o = of == null ? null : normalize(of);
    List<KbEntity> out = new ArrayList<>();
    for (Map.Entry<String, List<KbRole>> e : rolesByPerson.entrySet()) {
      for (KbRole r : e.getValue()) {
        boolean ofMatches = o == null || (r.of() != null && normalize(r.of()).equals(o))
            || (r.country() != null && r.country().equalsIgnoreCase(of));
        if (normalize(r.title()).equals(t) && ofMatches && r.validOn(date)) {
          byId(e.getKey()).ifPresent(out::add);
          break;
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
