package org.dossier.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;

/**
 * Builds briefs from extracted dossiers. Extractive: every line is assembled from extracted facts
 * (actor names, roles, CAMEO labels, dates, quoted and claimed text) and cites the sentence it
 * comes from; nothing is paraphrased or invented.
 *
 * <p>Stateless and thread-safe.
 */
public final class Briefs {
  /** Events more than this many days from the publication date are background. */
  private static final int NEWS_WINDOW_DAYS = 10;
  /** CAMEO roots of headline facts: consult, cooperate, aid, yield, demand, disapprove, reject, threaten,
   * protest, reduce relations (sanctions), coerce, assault, fight, mass violence. */
  private static final Set<String> HEADLINE_ROOTS = Set.of("04", "05", "06", "07", "08", "10", "11", "12",
      "13", "14", "15", "16", "17", "18", "19", "20");
  private static final int MAX_ACTORS = 10;
  private static final int MAX_HEADLINES = 8;

  private Briefs() {}

  /** The brief of one article. */
  public static Brief forArticle(Dossier d) {
    Context c = new Context(d);
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("headline", "What happened", headlines(c)));
    sections.add(new Section("actors", "Key actors", actors(c)));
    sections.add(new Section("goals", "What each side wants", goals(c)));
    sections.add(new Section("did", "What each did", did(c, false)));
    sections.add(new Section("background", "Background", did(c, true)));
    sections.add(new Section("quotes", "Who said what", quotes(c)));
    sections.add(new Section("claims", "Claims and how firm they are", claims(c)));
    sections.add(new Section("relations", "Relations between the main actors", relations(c)));
    sections.add(new Section("numbers", "Numbers", numbers(c)));
    String title = d.document().title() != null ? d.document().title() : d.document().id();
    LocalDate pub = d.document().published();
    return new Brief(Brief.SCHEMA, title, pub == null ? null : pub.toString(), sections);
  }

  /** Per-document lookups. */
  private static final class Context {
    final Dossier d;
    final String docId;
    final String text;
    final LocalDate published;
    final Map<String, Actor> actors = new HashMap<>();

    Context(Dossier d) {
      this.d = d;
      this.docId = d.document().id();
      this.text = d.document().text();
      this.published = d.document().published();
      d.actors().forEach(a -> actors.put(a.id(), a));
    }

    String name(String id) {
      Actor a = id == null ? null : actors.get(id);
      return a == null ? "?" : a.name();
    }

    String names(List<String> ids) {
      return ids.isEmpty() ? "?" : ids.stream().map(this::name).distinct().collect(Collectors.joining(" and "));
    }

    Evidence sentence(int start, int end) {
      return TextSpans.sentence(docId, text, start, end);
    }

    Evidence sentence(Span span) {
      return sentence(span.start(), span.end());
    }
  }

  private static List<BriefLine> headlines(Context c) {
    return c.d.events().stream()
        .filter(e -> HEADLINE_ROOTS.contains(root(e)) && !background(e, c.published))
        .filter(e -> !e.mode().equals("hypothetical") && !e.source().isEmpty())
        // news of the day first: an event dated inside the news window is what the article reports;
        // undated ones may be recalled; then the weightiest (|Goldstein|), then text order
        .sorted(Comparator.comparingInt((Event e) -> e.date() == null ? 1 : 0)
            .thenComparingDouble(e -> -Math.abs(e.goldstein() == null ? 0 : e.goldstein()))
            .thenComparingInt(e -> e.evidence().start()))
        .limit(MAX_HEADLINES)
        .sorted(Comparator.comparingInt(e -> e.evidence().start()))
        .map(e -> eventLine(c, e))
        .toList();
  }

  private static BriefLine eventLine(Context c, Event e) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.names(e.source())).append(" — ").append(e.label() == null ? "CAMEO " + e.cameo() : e.label());
    if (!e.target().isEmpty()) {
      sb.append(" — ").append(c.names(e.target()));
    }
    List<String> details = new ArrayList<>();
    if (e.date() != null) {
      details.add(e.date());
    }
    if (e.location() != null) {
      details.add("in " + c.name(e.location()));
    }
    if (!e.mode().equals("asserted")) {
      details.add(e.mode());
    }
    if (e.attributedTo() != null) {
      details.add("according to " + c.name(e.attributedTo()));
    }
    if (!details.isEmpty()) {
      sb.append(" (").append(String.join("; ", details)).append(')');
    }
    return new BriefLine(sb.toString(), e.date(), List.of(c.sentence(e.evidence())));
  }

  private static List<Actor> mainActors(Context c) {
    return c.d.actors().stream()
        .filter(a -> a.type() != ActorType.LOCATION)
        .sorted(Comparator.comparingInt((Actor a) -> -a.mentions().size())
            .thenComparingInt(a -> a.mentions().isEmpty() ? Integer.MAX_VALUE : a.mentions().get(0).start()))
        .limit(MAX_ACTORS)
        .toList();
  }

  private static List<BriefLine> actors(Context c) {
    List<BriefLine> lines = new ArrayList<>();
    for (Actor a : mainActors(c)) {
      if (a.mentions().isEmpty()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(a.name());
      List<String> roles = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      for (Role r : a.roles()) {
        roles.add(r.title() + (r.of() == null ? "" : " of " + r.of()) + ("kb".equals(r.source()) ? " (knowledge base)" : ""));
        if (r.evidence() != null) {
          evidence.add(c.sentence(r.evidence()));
        }
      }
      if (!roles.isEmpty()) {
        sb.append(" — ").append(String.join("; ", roles));
      } else {
        sb.append(" — ").append(a.type().name().toLowerCase(Locale.ROOT));
      }
      if (a.country() != null && a.type() != ActorType.COUNTRY) {
        sb.append(" [").append(a.country()).append(']');
      }
      sb.append(", ").append(a.mentions().size()).append(a.mentions().size() == 1 ? " mention" : " mentions");
      if (evidence.isEmpty()) {
        evidence.add(c.sentence(a.mentions().get(0)));
      }
      lines.add(new BriefLine(sb.toString(), null, evidence));
    }
    return lines;
  }

  private static List<BriefLine> goals(Context c) {
    Map<String, List<Goal>> byActor = new LinkedHashMap<>();
    c.d.goals().stream().sorted(Comparator.comparingInt(Goal::start))
        .forEach(g -> byActor.computeIfAbsent(g.actor() == null ? "" : g.actor(), k -> new ArrayList<>()).add(g));
    List<BriefLine> lines = new ArrayList<>();
    for (Map.Entry<String, List<Goal>> e : byActor.entrySet()) {
      String who = e.getKey().isEmpty() ? "Unattributed" : c.name(e.getKey());
      for (Goal g : e.getValue()) {
        lines.add(new BriefLine(who + (g.negated() ? " wants to avoid: " : " wants: ") + g.text(), null,
            List.of(c.sentence(g.start(), g.end()))));
      }
    }
    return lines;
  }

  private static List<BriefLine> did(Context c, boolean backgroundOnly) {
    return c.d.events().stream()
        .filter(e -> background(e, c.published) == backgroundOnly)
        .filter(e -> !e.source().isEmpty())
        .sorted(Comparator.comparing((Event e) -> e.date() == null ? "" : e.date())
            .thenComparingInt(e -> e.evidence().start()))
        .map(e -> eventLine(c, e))
        .toList();
  }

  private static List<BriefLine> quotes(Context c) {
    List<BriefLine> lines = new ArrayList<>();
    for (Quote q : c.d.quotes()) {
      if (q.kind().equals("term") || q.speaker() == null) {
        continue;
      }
      String verb = q.verb() == null ? "said" : q.verb();
      lines.add(new BriefLine(c.name(q.speaker()) + " (" + verb + "): \u201c" + q.text() + "\u201d", null,
          List.of(c.sentence(q.start(), q.end()))));
    }
    return lines;
  }

  private static List<BriefLine> claims(Context c) {
    List<BriefLine> lines = new ArrayList<>();
    for (Claim cl : c.d.claims()) {
      if (isGoal(c, cl)) {
        continue;
      }
      String who = cl.source() != null ? c.name(cl.source())
          : cl.sourceText() != null ? cl.sourceText() : "The author";
      String how = cl.certainty() + (cl.negated() ? ", negated" : "");
      lines.add(new BriefLine(who + " (" + how + "): " + cl.text(), null, List.of(c.sentence(cl.start(), cl.end()))));
    }
    return lines;
  }

  /**
   * Whether a claim is one of its source's goals ("X wants Y" is attributed like speech, but what an
   * actor wants is listed under "What each side wants", not as something it said).
   */
  private static boolean isGoal(Context c, Claim cl) {
    return cl.source() != null && c.d.goals().stream().anyMatch(g -> cl.source().equals(g.actor())
        && g.start() < cl.end() && cl.start() < g.end());
  }

  private static List<BriefLine> relations(Context c) {
    Map<String, List<Event>> byDyad = new LinkedHashMap<>();
    for (Event e : c.d.events()) {
      if (e.quad() == null) {
        continue;
      }
      for (String s : e.source()) {
        for (String t : e.target()) {
          String a = party(c, s);
          String b = party(c, t);
          if (a != null && b != null && !a.equals(b)) {
            byDyad.computeIfAbsent(a + " \u2192 " + b, k -> new ArrayList<>()).add(e);
          }
        }
      }
    }
    List<BriefLine> lines = new ArrayList<>();
    byDyad.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, List<Event>> en) -> -en.getValue().size()))
        .forEach(en -> {
          List<Event> es = en.getValue().stream().distinct().toList();
          long coop = es.stream().filter(e -> e.quad() <= 2).count();
          long conflict = es.size() - coop;
          double mean = es.stream().filter(e -> e.goldstein() != null).mapToDouble(Event::goldstein).average().orElse(0);
          String text = String.format(Locale.ROOT, "%s: %d cooperative, %d conflictual (mean Goldstein %+.1f)",
              en.getKey(), coop, conflict, mean);
          lines.add(new BriefLine(text, null, es.stream().map(e -> c.sentence(e.evidence())).distinct().toList()));
        });
    return lines;
  }

  /** The party of a dyad: the actor's country code, else its name. */
  private static String party(Context c, String actorId) {
    Actor a = c.actors.get(actorId);
    if (a == null) {
      return null;
    }
    return a.country() != null ? a.country() : a.name();
  }

  private static List<BriefLine> numbers(Context c) {
    List<BriefLine> lines = new ArrayList<>();
    for (Amount a : c.d.amounts()) {
      Evidence sentence = c.sentence(a.start(), a.end());
      lines.add(new BriefLine(a.text() + " \u2014 " + sentence.text(), null, List.of(sentence)));
    }
    return lines;
  }

  static String root(Event e) {
    return e.cameo().substring(0, 2);
  }

  /**
   * Whether an event lies outside the news window of the publication date. Without a publication
   * date nothing is background; undated events are news of the day.
   */
  static boolean background(Event e, LocalDate published) {
    if (published == null || e.date() == null) {
      return false;
    }
    String d = e.date();
    try {
      if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(d), published)) > NEWS_WINDOW_DAYS;
      }
      if (d.matches("\\d{4}-W\\d{2}")) {
        int year = Integer.parseInt(d.substring(0, 4));
        int week = Integer.parseInt(d.substring(6));
        return year != published.get(IsoFields.WEEK_BASED_YEAR)
            || Math.abs(week - published.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) > 1;
      }
      if (d.matches("\\d{4}-\\d{2}")) {
        return !YearMonth.parse(d).equals(YearMonth.from(published));
      }
      if (d.matches("\\d{4}")) {
        return Integer.parseInt(d) != published.getYear();
      }
    } catch (DateTimeParseException | NumberFormatException ex) {
      return false;
    }
    return false;
  }
}
