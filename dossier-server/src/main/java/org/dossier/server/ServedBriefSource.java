package org.dossier.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.brief.Brief;
import org.dossier.brief.BriefSource;
import org.dossier.model.Dossier;
import org.dossier.model.Span;
import org.dossier.store.query.ActorEvidence.StoredSpan;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows;

/**
 * A brief's reads answered by the server without a database query: rows, first mentions and role
 * statements from the {@link ReadModel}, documents from {@code documents} (their held JSON; each
 * read once per brief), where a statement stands from its document, articles' briefs from
 * {@code articleBriefs} (which may keep them). A busy actor's brief asks for
 * hundreds of event mentions and dozens of statement spans: one database query each cost 3 s on the
 * AFP/Xinhua store.
 *
 * <p>Not thread-safe: one per brief.
 */
final class ServedBriefSource implements BriefSource {
  private final ReadModel model;
  private final Function<String, Optional<Dossier>> documents;
  private final Function<Dossier, Brief> articleBriefs;
  private final Map<String, Optional<Dossier>> read = new HashMap<>();

  ServedBriefSource(ReadModel model, Function<String, Optional<Dossier>> documents,
      Function<Dossier, Brief> articleBriefs) {
    this.model = model;
    this.documents = documents;
    this.articleBriefs = articleBriefs;
  }

  @Override
  public Brief articleBrief(Dossier document) {
    return articleBriefs.apply(document);
  }

  @Override
  public Rows.ActorProfile actor(String name, EventFilter filter) {
    return model.actor(name, filter);
  }

  @Override
  public List<Rows.GoalRow> goals(EventFilter filter) {
    return model.goals(filter);
  }

  @Override
  public List<Rows.QuoteRow> quotes(EventFilter filter) {
    return model.quotes(filter);
  }

  @Override
  public List<Rows.ClaimRow> claims(EventFilter filter) {
    return model.claims(filter);
  }

  @Override
  public List<Rows.MentionRow> mentions(int eventId) {
    return model.mentions(eventId);
  }

  @Override
  public List<Rows.SearchRow> search(String query, String kind, int limit) {
    return model.search(query, kind, limit);
  }

  @Override
  public Optional<Dossier> document(String docId) {
    return read.computeIfAbsent(docId, documents);
  }

  @Override
  public List<StoredSpan> firstMentions(int actorId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got: " + limit);
    }
    if (limit > 1) {
      throw new UnsupportedOperationException("only the first mention is held, asked for " + limit);
    }
    return model.actorSpans().firstMention(actorId).map(List::of).orElse(List.of());
  }

  @Override
  public Optional<StoredSpan> role(int actorId, String title) {
    return model.actorSpans().role(actorId, title);
  }

  /** The first statement of {@code table} in the document with this text, in span order, as the database finds it. */
  @Override
  public Optional<StoredSpan> statement(String table, String docId, String text) {
    Optional<Dossier> d = document(docId);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    Dossier doc = d.get();
    record At(String text, int start, int end) {}
    List<At> rows = switch (table) {
      case "quotes" -> doc.quotes().stream().map(q -> new At(q.text(), q.start(), q.end())).toList();
      case "claims" -> doc.claims().stream().map(c -> new At(c.text(), c.start(), c.end())).toList();
      case "goals" -> doc.goals().stream().map(g -> new At(g.text(), g.start(), g.end())).toList();
      default -> throw new IllegalArgumentException("table must be quotes, claims or goals, got: " + table);
    };
    String article = doc.document().text();
    int cps = article.codePointCount(0, article.length());
    return rows.stream().filter(r -> r.text().equals(text)).findFirst().map(r -> {
      int start = Math.max(0, Math.min(r.start(), cps));
      int end = Math.max(start, Math.min(r.end(), cps));
      return new StoredSpan(docId, start, end, Span.of(article, start, end).text());
    });
  }
}
