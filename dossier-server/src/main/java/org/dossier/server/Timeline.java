package org.dossier.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.FacetQuery;
import org.dossier.store.query.Rows.EventRow;
import org.dossier.store.query.Rows.MentionRow;

/**
 * Events as an analyst reads them: newest first within the store's publication range, the news
 * apart from background (events dated well before the first article that reports them: "since
 * Britain seized the territory in 1841"), and one event with every article that reported it.
 *
 * <p>Stateless over an immutable model; thread-safe.
 */
final class Timeline {
  /** An event that ended more than this many days before its first report is background, not news. */
  static final int BACKGROUND_DAYS = 31;

  /** Which events a timeline lists. */
  enum Band {
    NEWS, BACKGROUND, ALL;

    static Band parse(String s) {
      return s == null ? NEWS : switch (s) {
        case "news" -> NEWS;
        case "background" -> BACKGROUND;
        case "all" -> ALL;
        default -> throw new IllegalArgumentException("band must be news, background or all, got: " + s);
      };
    }
  }

  /**
   * A page of a timeline.
   *
   * @param from       the first day listed (the dense publication range's when not asked for)
   * @param to         the last day listed
   * @param total      events of the band within the dates (and actor and code)
   * @param background background events within the dates asked for (all dates when none), listed under band
   *                   {@code background}
   */
  record Page(LocalDate from, LocalDate to, String band, int total, int background, List<EventRow> events) {}

  /** An article that reported an event, with the sentence it reported it in. */
  record Report(String docId, String title, String source, LocalDate published, boolean background, String cameo,
      String date, int start, int end, String evidence) {}

  /**
   * An event with every article that reported it, earliest first.
   *
   * @param background whether the event is dated well before its first report
   * @param articles   distinct articles among the reports
   */
  record EventView(EventRow event, boolean background, int articles, List<Report> reports) {}

  private final ReadModel m;

  Timeline(ReadModel model) {
    this.m = model;
  }

  /** Whether {@code e} ended more than {@link #BACKGROUND_DAYS} before its first report. */
  static boolean background(HeldEvent e) {
    LocalDate seen = e.row().firstSeen();
    LocalDate end = e.end() != null ? e.end() : e.start();
    return seen != null && end != null && ChronoUnit.DAYS.between(end, seen) > BACKGROUND_DAYS;
  }

  /**
   * Events of {@code band} matching {@code f} (dates default to the events the dense publication
   * range reports, {@link PublicationRange#eventsFrom} to its last day, for news; to everything for
   * background), newest first by start date, {@code f.limit()} from
   * {@code offset}.
   */
  Page page(EventFilter f, Band band, int offset, PublicationRange range) {
    LocalDate from = f.from();
    LocalDate to = f.to();
    if (band == Band.NEWS && from == null && to == null) {
      from = range.eventsFrom();
      to = range.to();
    }
    EventFilter dated = new EventFilter(null, from, to, f.code(), 1);
    List<HeldEvent> events = m.heldEvents();
    List<EventRow> out = new ArrayList<>();
    int total = 0;
    int[] at = candidates(f.actor(), dated);
    for (int i = at.length - 1; i >= 0; i--) { // ascending by start: backwards is newest first
      HeldEvent e = events.get(at[i]);
      if (e.start() == null || !ReadModel.keep(e, dated)) {
        continue;
      }
      boolean bg = background(e);
      if (band == Band.ALL || (band == Band.BACKGROUND) == bg) {
        if (total >= offset && out.size() < f.limit()) {
          out.add(e.row());
        }
        total++;
      }
    }
    // background events within the dates asked for (not the news range they fall outside of)
    EventFilter asked = new EventFilter(null, f.from(), f.to(), f.code(), 1);
    int background = 0;
    for (int i : candidates(f.actor(), asked)) {
      HeldEvent e = events.get(i);
      if (e.start() != null && ReadModel.keep(e, asked) && background(e)) {
        background++;
      }
    }
    return new Page(from, to, band.name().toLowerCase(java.util.Locale.ROOT), total, background, out);
  }

  /** Positions of the events of {@code actor} (all events when null) that can meet {@code dates}, ascending. */
  private int[] candidates(String actor, EventFilter dates) {
    if (actor != null) {
      List<Integer> ids = m.actorIds(actor);
      return ids.isEmpty() ? new int[0] : m.positions(ids);
    }
    int[] r = m.range(dates);
    return java.util.stream.IntStream.range(r[0], r[1]).toArray();
  }

  /** Event {@code id} with its reports, or null when there is none. */
  EventView event(int id) {
    HeldEvent e = m.event(id);
    if (e == null) {
      return null;
    }
    List<Report> reports = new ArrayList<>();
    Set<String> docs = new HashSet<>();
    for (MentionRow r : m.mentions(id)) {
      String[] a = m.article(r.docId());
      docs.add(r.docId());
      reports.add(new Report(r.docId(), a == null ? null : a[0], source(r.docId(), a), r.published(),
          r.background(), r.cameo(), r.date(), r.start(), r.end(), r.evidence()));
    }
    return new EventView(e.row(), background(e), docs.size(), reports);
  }

  /** The document's source as the facets count it ({@link FacetQuery#SOURCE_SQL}). */
  private static String source(String docId, String[] article) {
    String stored = article == null || article.length < 4 ? null : article[3];
    if (stored != null && !stored.isBlank()) {
      return stored.strip();
    }
    java.util.regex.Matcher agency = java.util.regex.Pattern.compile("^([A-Z]{2,10})_[A-Z]{3}_").matcher(docId);
    return agency.find() ? agency.group(1) : FacetQuery.UNDATED;
  }
}
