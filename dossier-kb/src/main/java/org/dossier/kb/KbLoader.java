package org.dossier.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the knowledge base's TSV files (format in docs/kb.md). Every file is a header line naming
 * its columns, comment lines starting with {@code #} (one of which may be {@code # as-of: DATE}),
 * and rows of tab-separated values; several values in one cell are separated by {@code |}; an
 * empty cell is unknown. A file's kind is named by its header, so user files may hold any of them.
 *
 * <p>Errors name the file and line.
 */
final class KbLoader {
  /** The hand-checked files. */
  static final List<String> OWN = List.of("countries.tsv", "entities.tsv", "roles.tsv");
  /** Files converted from PETRARCH/Phoenix dictionaries (PhoenixConverter), read after the own files. */
  static final List<String> CONVERTED = List.of("phoenix-entities.tsv", "phoenix-roles.tsv");
  static final List<String> BUILT_IN = java.util.stream.Stream.concat(OWN.stream(), CONVERTED.stream()).toList();
  private static volatile KnowledgeBase builtIn;

  private KbLoader() {}

  static KnowledgeBase builtIn() {
    KnowledgeBase kb = builtIn;
    if (kb == null) {
      synchronized (KbLoader.class) {
        kb = builtIn;
        if (kb == null) {
          builtIn = kb = load(List.of());
        }
      }
    }
    return kb;
  }

  static KnowledgeBase load(List<Path> userFiles) {
    return load(userFiles, List.of());
  }

  /** Built-in files, then user TSV files, then PETRARCH actor dictionaries (which may not override ids). */
  static KnowledgeBase load(List<Path> userFiles, List<Path> petrarchDictionaries) {
    return load(BUILT_IN, userFiles, petrarchDictionaries);
  }

  /** The hand-checked built-in files alone: what a conversion is compared against. */
  static KnowledgeBase own() {
    return load(OWN, List.of(), List.of());
  }

  private static KnowledgeBase load(List<String> builtInFiles, List<Path> userFiles, List<Path> petrarchDictionaries) {
    Builder b = new Builder();
    for (String name : builtInFiles) {
      InputStream in = KbLoader.class.getResourceAsStream(name);
      if (in == null) {
        continue;
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        b.read("kb/" + name, r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in kb/" + name, e);
      }
    }
    for (Path p : userFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        b.read(p.toString(), r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read knowledge-base file " + p, e);
      }
    }
    if (!petrarchDictionaries.isEmpty()) {
      var cameo = PetrarchActors.cameoToIso3(List.copyOf(b.countries.values()));
      for (Path p : petrarchDictionaries) {
        PetrarchActors.Import imp = PetrarchActors.read(p, cameo);
        imp.entities().forEach(e -> b.entities.putIfAbsent(e.id(), e));
        b.roles.addAll(imp.roles());
      }
    }
    return b.build();
  }

  /** Accumulates rows; not thread-safe. */
  static final class Builder {
    final Map<String, KbCountry> countries = new LinkedHashMap<>();
    final Map<String, KbEntity> entities = new LinkedHashMap<>();
    final List<KbRole> roles = new ArrayList<>();
    String asOf;

    void read(String file, Reader reader) throws IOException {
      BufferedReader in = new BufferedReader(reader);
      String line;
      int lineNo = 0;
      List<String> header = null;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          String c = line.substring(1).strip();
          if (c.startsWith("as-of:")) {
            String d = c.substring(6).strip();
            if (asOf == null || d.compareTo(asOf) > 0) {
              asOf = d;
            }
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = Arrays.stream(cells).map(String::strip).toList();
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String v = i < cells.length ? cells[i].strip() : "";
          row.put(header.get(i), v.isEmpty() ? null : v);
        }
        String where = file + ":" + lineNo;
        try {
          if (header.contains("iso3")) {
            addCountry(row);
          } else if (header.contains("person_id")) {
            roles.add(new KbRole(req(row, "person_id"), req(row, "title"), row.get("of"), row.get("of_id"),
                row.get("country"), row.get("code"), date(row.get("valid_from"), false), date(row.get("valid_to"), true),
                row.get("source")));
          } else if (header.contains("id")) {
            KbEntity e = new KbEntity(req(row, "id"), req(row, "name"),
                org.dossier.model.ActorType.valueOf(req(row, "type")), row.get("country"), row.get("code"),
                list(row.get("aliases")), row.get("source"));
            entities.put(e.id(), e);
          } else {
            throw new IllegalArgumentException("unknown file kind (header " + header + ")");
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    }

    private void addCountry(Map<String, String> row) {
      KbCountry c = new KbCountry(req(row, "iso3"), row.get("iso2"), row.getOrDefault("cameo", null),
          req(row, "name"), list(row.get("aliases")), list(row.get("demonyms")), row.get("capital"),
          list(row.get("seats")), row.get("region"));
      countries.put(c.iso3(), c);
      String code = c.cameo() != null ? c.cameo() : c.iso3();
      entities.put("country:" + c.iso3(), new KbEntity("country:" + c.iso3(), c.name(),
          org.dossier.model.ActorType.COUNTRY, c.iso3(), code, c.aliases(), row.get("source")));
    }

    KnowledgeBase build() {
      return new TsvKnowledgeBase(countries, entities, roles, asOf);
    }

    private static String req(Map<String, String> row, String column) {
      String v = row.get(column);
      if (v == null) {
        throw new IllegalArgumentException("missing value for column '" + column + "'");
      }
      return v;
    }

    private static List<String> list(String cell) {
      return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Parses YYYY-MM-DD, YYYY-MM or YYYY. A partial date stands for the whole period: the first day
     * when it starts a role, the last day when it ends one, so "held until 2024-10" covers October.
     */
    static LocalDate date(String cell, boolean end) {
      if (cell == null) {
        return null;
      }
      try {
        if (cell.length() == 4) {
          int y = Integer.parseInt(cell);
          return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (cell.length() == 7) {
          LocalDate first = LocalDate.parse(cell + "-01");
          return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
        }
        return LocalDate.parse(cell);
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + cell);
      }
    }
  }
}
