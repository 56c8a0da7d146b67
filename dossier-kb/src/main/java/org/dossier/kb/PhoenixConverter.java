package org.dossier.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.ActorType;

/**
 * Converts PETRARCH/Phoenix actor dictionaries (MIT licence) into Dossier's own knowledge-base TSV
 * files: the persons who held a dated office of state, the military, an armed group or the
 * opposition on or after a cut-off date, and the named armed and opposition groups, each row with a
 * source note naming the dictionary and its line.
 *
 * <p>Only what a dictionary states is written: it dates a person's CAMEO code (JORGOV from
 * 1999-02-07), not the office, so the title is the sector's ("Government official") and an
 * open-ended period has no end date. Names the built-in knowledge base already knows are left out,
 * so hand-checked rows always win. Re-runnable: the output depends only on the inputs.
 *
 * <p>Stateless; thread-safe.
 */
public final class PhoenixConverter {
  /** Sectors converted: offices and armed or opposition roles, not "elite" or business periods. */
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "IGO", "JUD", "LEG", "COP",
      "SPY", "PTY", "INS", "SEP");
  /** First words that make a dictionary phrase a title plus a name, not a name. */
  private static final Set<String> TITLES = Set.of("president", "prime", "premier", "minister", "foreign",
      "defense", "defence", "interior", "finance", "king", "queen", "prince", "general", "gen", "colonel", "col",
      "secretary", "chairman", "chief", "deputy", "vice", "former", "ambassador", "envoy", "governor", "mayor",
      "senator", "speaker", "commander", "admiral", "marshal", "lieutenant", "major", "captain", "judge",
      "justice", "mr", "mrs", "ms", "dr", "leader", "spokesman", "un", "u", "us", "the");
  private static final Pattern ROMAN = Pattern.compile("(?i)[ivx]+");
  private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'-]*");

  private PhoenixConverter() {}

  /** The converted rows: entities and roles, each row as its TSV cells. */
  public record Result(List<List<String>> entities, List<List<String>> roles) {}

  /**
   * Converts {@code dictionaries}, keeping persons with a converted role that ends on or after
   * {@code since} (or has no end), and leaving out names {@code known} already has.
   */
  public static Result convert(List<Path> dictionaries, KnowledgeBase known, LocalDate since) {
    var cameo = PetrarchActors.cameoToIso3(known.countries());
    List<List<String>> entities = new ArrayList<>();
    List<List<String>> roles = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Path p : dictionaries) {
      PetrarchActors.Import imp = PetrarchActors.read(p, cameo);
      Map<String, List<KbRole>> rolesOf = new LinkedHashMap<>();
      for (KbRole r : imp.roles()) {
        rolesOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
      }
      String file = p.getFileName().toString();
      for (KbEntity e : imp.entities()) {
        String name = name(e.name());
        if (!NAME_CHARS.matcher(name).matches() || isKnown(known, e, name) || !names.add(TsvKnowledgeBase.normalize(name))) {
          continue;
        }
        List<KbRole> kept = new ArrayList<>();
        for (KbRole r : rolesOf.getOrDefault(e.id(), List.of())) {
          if (r.code() != null && r.code().length() >= 6 && r.country() != null
              && SECTORS.contains(r.code().substring(3, 6)) && (r.validTo() == null || !r.validTo().isBefore(since))) {
            kept.add(r);
          }
        }
        boolean group = e.type() == ActorType.GROUP && e.code() != null
            && (e.code().contains("REB") || e.code().contains("OPP") || e.code().startsWith("IMG"));
        if (e.type() == ActorType.PERSON ? kept.isEmpty() : !group) {
          continue;
        }
        String id = "phoenix:" + e.id().substring(e.id().indexOf(':') + 1);
        if (!ids.add(id)) {
          continue;
        }
        List<String> aliases = new ArrayList<>();
        for (String a : e.aliases()) {
          String an = name(a);
          // one word alone names too many people; a known name belongs to the hand-checked row
          // "President Karzai", "King Abdullah II": the title is a role, not part of the name
          boolean titleAlias = titled(an);
          if (an.indexOf(' ') > 0 && NAME_CHARS.matcher(an).matches() && known.lookup(an).isEmpty() && !titleAlias
              && names.add(TsvKnowledgeBase.normalize(an))) {
            aliases.add(an);
          }
        }
        String code = e.type() == ActorType.PERSON ? kept.get(kept.size() - 1).code() : e.code();
        String source = file + " line " + line(e.source()) + " (PETRARCH/Phoenix, MIT)";
        entities.add(List.of(id, name, e.type().name(), nz(e.country()), code, String.join("|", aliases), source));
        for (KbRole r : kept) {
          String country = known.country(r.country()).map(KbCountry::name).orElse(r.country());
          roles.add(List.of(id, r.title(), country, "country:" + r.country(), r.country(), r.code(),
              r.validFrom() == null ? "" : r.validFrom().toString(), r.validTo() == null ? "" : r.validTo().toString(),
              file + " line " + line(r.source()) + " (PETRARCH/Phoenix, MIT)"));
        }
      }
    }
    return new Result(entities, roles);
  }

  /**
   * Whether the entity's name is no usable name of its own: one the hand-checked files hold, or a
   * title with a surname ("Foreign Minister Abdullah"), which names an office holder, not a person, or
   * a person's single name ("Abdullah"), which names too many.
   */
  private static boolean isKnown(KnowledgeBase known, KbEntity e, String name) {
    return !known.lookup(name).isEmpty() || e.type() == ActorType.PERSON && (titled(name) || name.indexOf(' ') < 0);
  }

  private static boolean titled(String name) {
    String first = name.split(" ")[0].toLowerCase(Locale.ROOT).replace(".", "");
    return TITLES.contains(first);
  }

  /** Title case with Roman numerals upper case ("Abdullah II") and no stray punctuation at the ends. */
  static String name(String titleCased) {
    String[] words = titleCased.strip().replaceAll("^[-.' ]+|[-' ]+$", "").split(" ");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      b.append(b.length() == 0 ? "" : " ").append(ROMAN.matcher(w).matches() && b.length() > 0
          ? w.toUpperCase(Locale.ROOT) : w);
    }
    return b.toString();
  }

  private static String line(String source) {
    int colon = source == null ? -1 : source.lastIndexOf(':');
    return colon < 0 ? "?" : source.substring(colon + 1);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Writes {@code entities.tsv}-format and {@code roles.tsv}-format files with their headers. */
  public static void write(Result r, Path entitiesFile, Path rolesFile, List<Path> inputs, LocalDate since) {
    String note = "# source: converted from the PETRARCH/Phoenix actor dictionaries "
        + inputs.stream().map(p -> p.getFileName().toString()).toList()
        + " (Open Event Data Alliance, MIT licence) by `dossier kb-convert`; persons with a dated CAMEO code"
        + " of sector " + new java.util.TreeSet<>(SECTORS) + " ending on or after " + since
        + ", and named armed/opposition groups. Names the hand-checked files already hold are left out.\n"
        + "# A dictionary dates a code, not an office: titles are the sector's; an open end is unknown (the"
        + " dictionaries date from 2014).\n";
    try {
      try (Writer w = Files.newBufferedWriter(entitiesFile, StandardCharsets.UTF_8)) {
        w.write(note);
        w.write("id\tname\ttype\tcountry\tcode\taliases\tsource\n");
        for (List<String> row : r.entities()) {
          w.write(String.join("\t", row) + "\n");
        }
      }
      try (Writer w = Files.newBufferedWriter(rolesFile, StandardCharsets.UTF_8)) {
        w.write(note);
        w.write("person_id\ttitle\tof\tof_id\tcountry\tcode\tvalid_from\tvalid_to\tsource\n");
        for (List<String> row : r.roles()) {
          w.write(String.join("\t", row) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
