package org.dossier.server;

import static org.dossier.store.query.SqlValues.date;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the store's documents were published: the first and last publication date, the dense range
 * where most of them lie (what date pickers default to, so that a background mention of 1841 never
 * stretches a slider over two centuries), and the documents per month.
 *
 * @param first  the earliest publication date, null when no document is dated
 * @param last   the latest publication date
 * @param from   the dense range's first day: the earliest date once the earliest {@link #TAIL} of
 *               the dated documents are set aside (an archive article of 1841 among 2006 news)
 * @param to     the dense range's last day: the latest publication date (a store being fed has its
 *               newest news there, which a range trimmed at that end would hide)
 * @param eventsFrom the first day of the events the dense range reports as news: {@code from} less
 *               {@link Timeline#BACKGROUND_DAYS} (Saturday's talks are in Sunday's paper; older is background)
 * @param months documents per month ({@code YYYY-MM}) within the dense range, in order
 */
record PublicationRange(LocalDate first, LocalDate last, LocalDate from, LocalDate to, LocalDate eventsFrom,
    List<Month> months) {
  /** Share of the dated documents left out at the start of the dense range: stray dates, not the news. */
  static final double TAIL = 0.02;

  /** A month with its number of documents. */
  record Month(String month, long documents) {}

  static PublicationRange load(Connection c) throws SQLException {
    TreeMap<LocalDate, Long> byDay = new TreeMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT published, count(*) FROM documents"
        + " WHERE published IS NOT NULL GROUP BY published");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        byDay.put(date(r, 1), r.getLong(2));
      }
    }
    return of(byDay);
  }

  /** The range of documents published on the days of {@code byDay} (documents per day). */
  static PublicationRange of(TreeMap<LocalDate, Long> byDay) {
    if (byDay.isEmpty()) {
      return new PublicationRange(null, null, null, null, null, List.of());
    }
    long total = byDay.values().stream().mapToLong(Long::longValue).sum();
    long tail = (long) Math.floor(total * TAIL);
    LocalDate from = edge(byDay, tail);
    LocalDate to = byDay.lastKey(); // the newest news is never set aside: a live store's today
    Map<String, Long> months = new TreeMap<>();
    byDay.subMap(from, true, to, true).forEach((d, n) -> months.merge(d.toString().substring(0, 7), n, Long::sum));
    List<Month> out = new ArrayList<>();
    months.forEach((m, n) -> out.add(new Month(m, n)));
    return new PublicationRange(byDay.firstKey(), byDay.lastKey(), from, to,
        from.minusDays(Timeline.BACKGROUND_DAYS), List.copyOf(out));
  }

  /** The first day by which more than {@code skip} documents were published. */
  private static LocalDate edge(TreeMap<LocalDate, Long> byDay, long skip) {
    long seen = 0;
    for (Map.Entry<LocalDate, Long> e : byDay.entrySet()) {
      seen += e.getValue();
      if (seen > skip) {
        return e.getKey();
      }
    }
    return byDay.firstKey();
  }
}
