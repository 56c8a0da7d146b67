package org.dossier.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ActorType;

/**
 * Imports a PETRARCH/Phoenix (TABARI-style) actor dictionary supplied by the user at run time.
 *
 * <p>A record is a primary phrase line ({@code HAMID_KARZAI_ [AFGGOV]}), optional synonym lines
 * starting with {@code +}, and optional restriction lines starting with white space:
 * {@code [CODE]} (default code), {@code [CODE <date]}, {@code [CODE >date]} or
 * {@code [CODE date-date]}, dates as YYYYMMDD or YYMMDD (two-digit years below 30 are 20xx, the
 * rest 19xx). Comments start with {@code #} or {@code ;}. Each record becomes one {@link KbEntity}
 * (id {@code petrarch:<slug>}) and each dated restriction a {@link KbRole} whose code is the
 * restriction's code. Malformed restrictions are skipped with a warning naming file and line, since
 * published dictionaries contain a few; a restriction or synonym before any record is an error.
 *
 * <p>Stateless; thread-safe.
 */
public final class PetrarchActors {
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9~]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Map<String, String> AGENT_TITLES = Map.ofEntries(
      Map.entry("GOV", "Government official"), Map.entry("MIL", "Military official"),
      Map.entry("ELI", "Elite"), Map.entry("OPP", "Opposition figure"), Map.entry("REB", "Rebel"),
      Map.entry("BUS", "Business figure"), Map.entry("JUD", "Judiciary official"),
      Map.entry("LEG", "Legislator"), Map.entry("COP", "Police official"),
      Map.entry("SPY", "Intelligence official"), Map.entry("MED", "Media figure"),
      Map.entry("PTY", "Party official"), Map.entry("CVL", "Civilian"), Map.entry("REL", "Religious figure"),
      Map.entry("IGO", "International organisation official"), Map.entry("NGO", "NGO official"));

  /** What one dictionary yields: entities, their dated roles, and skipped-line warnings. */
  public record Import(List<KbEntity> entities, List<KbRole> roles, List<String> warnings) {
    public Import {
      entities = List.copyOf(entities);
      roles = List.copyOf(roles);
      warnings = List.copyOf(warnings);
    }
  }

  private PetrarchActors() {}

  /**
   * Reads the dictionary at {@code path} (UTF-8; undecodable bytes are replaced, as published
   * dictionaries mix encodings), resolving CAMEO country prefixes with the built-in countries.
   */
  public static Import read(Path path) {
    return read(path, cameoToIso3(KnowledgeBase.builtIn().countries()));
  }

  static Import read(Path path, Function<String, String> cameoToIso3) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (Reader r = new java.io.InputStreamReader(Files.newInputStream(path), decoder)) {
      return read(path.toString(), r, cameoToIso3);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH dictionary " + path, e);
    }
  }

  static Function<String, String> cameoToIso3(List<KbCountry> countries) {
    Map<String, String> m = new HashMap<>();
    for (KbCountry c : countries) {
      m.put(c.cameo() != null ? c.cameo() : c.iso3(), c.iso3());
    }
    return m::get;
  }

  /** Parses one dictionary; {@code file} names it in messages. */
  static Import read(String file, Reader reader, Function<String, String> cameoToIso3) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<Rec> recs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Rec cur = null;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      String l = stripComment(line);
      if (l.isBlank()) {
        continue;
      }
      String where = file + ":" + n;
      String s = l.strip();
      boolean indented = Character.isWhitespace(l.charAt(0));
      if (s.startsWith("+")) {
        if (cur == null) {
          throw new IllegalArgumentException(where + ": synonym before any actor record");
        }
        String phrase = phrase(s.substring(1));
        if (!phrase.isEmpty()) {
          cur.synonyms.add(phrase);
        }
        addCodes(cur, s, where, warnings);
      } else if (s.startsWith("[") && (indented || cur != null)) {
        if (cur == null) {
          throw new IllegalArgumentException(where + ": date restriction before any actor record");
        }
        addCodes(cur, s, where, warnings);
      } else {
        String phrase = phrase(s);
        if (phrase.isEmpty()) {
          warnings.add(where + ": no phrase, line skipped");
          continue;
        }
        cur = new Rec(phrase, where);
        recs.add(cur);
        addCodes(cur, s, where, warnings);
      }
    }
    return build(file, recs, warnings, cameoToIso3);
  }

  private static String stripComment(String line) {
    int cut = line.length();
    int hash = line.indexOf('#');
    int semi = line.indexOf(';');
    if (hash >= 0) {
      cut = hash;
    }
    if (semi >= 0 && semi < cut) {
      cut = semi;
    }
    return line.substring(0, cut);
  }

  /** The phrase before any {@code [code]} or {@code {…}}, underscores as spaces. */
  private static String phrase(String s) {
    int end = s.length();
    for (char c : new char[] {'[', '{'}) {
      int i = s.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return SPACES.matcher(s.substring(0, end).replace('_', ' ').strip()).replaceAll(" ");
  }

  private static void addCodes(Rec rec, String s, String where, List<String> warnings) {
    Matcher m = BRACKET.matcher(s);
    while (m.find()) {
      String body = m.group(1).strip();
      if (body.isEmpty()) {
        continue;
      }
      String[] parts = body.split("\\s+", 2);
      String code = parts[0];
      if (!CODE.matcher(code).matches()) {
        warnings.add(where + ": not a CAMEO code '" + code + "', skipped");
        continue;
      }
      if (parts.length == 1) {
        if (rec.defaultCode == null) {
          rec.defaultCode = code;
        }
        continue;
      }
      try {
        rec.restrictions.add(restriction(code, parts[1].replace(" ", ""), where));
      } catch (IllegalArgumentException e) {
        warnings.add(where + ": " + e.getMessage() + ", skipped");
      }
    }
  }

  private static Restriction restriction(String code, String spec, String where) {
    if (spec.startsWith("<")) {
      return new Restriction(code, null, date(spec.substring(1)), where);
    }
    if (spec.startsWith(">")) {
      return new Restriction(code, date(spec.substring(1)), null, where);
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("bad date restriction '" + spec + "'");
    }
    LocalDate from = date(spec.substring(0, dash));
    LocalDate to = date(spec.substring(dash + 1));
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("date restriction ends before it starts '" + spec + "'");
    }
    return new Restriction(code, from, to, where);
  }

  /** YYYYMMDD, or YYMMDD with years below 30 in the 2000s. */
  static LocalDate date(String s) {
    try {
      if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6)));
      }
      if (s.length() == 6 && s.chars().allMatch(Character::isDigit)) {
        int yy = Integer.parseInt(s.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
            Integer.parseInt(s.substring(4)));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a date '" + s + "'");
    }
    throw new IllegalArgumentException("not a date (YYYYMMDD or YYMMDD) '" + s + "'");
  }

  private static Import build(String file, List<Rec> recs, List<String> warnings,
      Function<String, String> cameoToIso3) {
    List<KbEntity> entities = new ArrayList<>();
    List<KbRole> roles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Rec r : recs) {
      String code = r.defaultCode;
      if (code == null && !r.restrictions.isEmpty()) {
        code = r.restrictions.get(r.restrictions.size() - 1).code;
      }
      if (code == null) {
        warnings.add(r.where + ": actor '" + r.phrase + "' has no code, skipped");
        continue;
      }
      String base = "petrarch:" + slug(r.phrase);
      String id = base;
      for (int i = 2; !ids.add(id); i++) {
        id = base + "-" + i;
      }
      String iso3 = code.length() >= 3 ? cameoToIso3.apply(code.substring(0, 3)) : null;
      ActorType type = type(code, r, iso3);
      List<String> aliases = r.synonyms.stream().map(PetrarchActors::titleCase).toList();
      entities.add(new KbEntity(id, titleCase(r.phrase), type, iso3, code, aliases, "petrarch " + r.where));
      for (Restriction x : r.restrictions) {
        String xIso = x.code.length() >= 3 ? cameoToIso3.apply(x.code.substring(0, 3)) : null;
        String agent = xIso != null && x.code.length() >= 6 ? x.code.substring(3, 6) : x.code.substring(0, 3);
        String title = AGENT_TITLES.getOrDefault(agent, "Actor");
        roles.add(new KbRole(id, title, xIso, xIso == null ? null : "country:" + xIso, xIso, x.code, x.from,
            x.to, "petrarch " + x.where));
      }
    }
    return new Import(entities, roles, warnings);
  }

  private static ActorType type(String code, Rec r, String iso3) {
    boolean dated = r.restrictions.stream().anyMatch(x -> x.from != null || x.to != null);
    if (dated) {
      return ActorType.PERSON;
    }
    if (iso3 != null && code.length() == 3) {
      return ActorType.COUNTRY;
    }
    if (code.startsWith("IMG") || code.contains("REB") || code.contains("OPP") || code.contains("SEP")) {
      return ActorType.GROUP;
    }
    return ActorType.ORGANIZATION;
  }

  static String slug(String phrase) {
    String s = NON_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = EDGE_DASHES.matcher(s).replaceAll("");
    return s.isEmpty() ? "actor" : s;
  }

  /** "HAMID KARZAI" → "Hamid Karzai"; tokens with periods ("U.N.") keep their case. */
  static String titleCase(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    boolean start = true;
    boolean keep = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (start) {
        int end = phrase.indexOf(' ', i);
        keep = phrase.substring(i, end < 0 ? phrase.length() : end).indexOf('.') >= 0;
      }
      if (keep) {
        sb.append(c);
      } else {
        sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      start = c == ' ' || c == '-' || c == '\'';
      if (c == ' ') {
        keep = false;
      }
    }
    return sb.toString();
  }

  private static final class Rec {
    final String phrase;
    final String where;
    final List<String> synonyms = new ArrayList<>();
    final List<Restriction> restrictions = new ArrayList<>();
    String defaultCode;

    Rec(String phrase, String where) {
      this.phrase = phrase;
      this.where = where;
    }
  }

  private record Restriction(String code, LocalDate from, LocalDate to, String where) {}
}
