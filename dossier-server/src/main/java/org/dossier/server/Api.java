package org.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dossier.store.query.EventFilter;

/**
 * The REST routes: thin handlers that validate parameters and call {@link StoreService}. Every
 * successful JSON answer goes through a {@link ResponseCache} keyed by the normalised request; the
 * {@code X-Cache} header says whether it was a {@code hit} or a {@code miss}, or {@code held} for a
 * document whose JSON the read model holds (see {@link HeldDocuments}).
 */
final class Api {
  private final StoreService service;
  private final ResponseCache cache;
  private final ObjectMapper mapper;

  private Api(StoreService service, ResponseCache cache, ObjectMapper mapper) {
    this.service = service;
    this.cache = cache;
    this.mapper = mapper;
  }

  static void register(Javalin app, StoreService s, String openApi, ResponseCache cache, ObjectMapper mapper) {
    new Api(s, cache, mapper).routes(app, s, openApi);
  }

  /** Answers {@code ctx} with the cached JSON of its request, or with {@code answer}'s (then cached). */
  private void json(Context ctx, Supplier<Object> answer) {
    // before the cache: a cached answer must not hide a change of the store (it empties the cache)
    service.refreshIfChanged();
    ResponseCache.Answer a = cache.get(key(ctx), () -> {
      try {
        return mapper.writeValueAsBytes(answer.get());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
      }
    });
    ctx.header("X-Cache", a.hit() ? "hit" : "miss");
    ctx.contentType("application/json").result(a.body());
  }

  /** The request's path and its query parameters in name order, so that equal requests share a key. */
  static String key(Context ctx) {
    StringBuilder k = new StringBuilder(ctx.path());
    char sep = '?';
    for (Map.Entry<String, List<String>> e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
      for (String v : e.getValue()) {
        k.append(sep).append(e.getKey()).append('=').append(v.strip());
        sep = '&';
      }
    }
    return k.toString();
  }

  /**
   * Registers {@code handler} for GET and HEAD on {@code path}: a HEAD request runs the same
   * handler, so it answers the same status and headers (Jetty sends no body); Javalin alone
   * answered every HEAD 200 with an empty text body.
   */
  private static void get(Javalin app, String path, io.javalin.http.Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
  }

  /** The required search text {@code q}; 400 when it is missing. */
  private static String searchText(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiError.badRequest("q (the search text) is required");
    }
    return q;
  }

  /** The optional {@code kind} of search hit (article, quote or claim); 400 for any other value. */
  private static String searchKind(Context ctx) {
    String kind = Params.text(ctx, "kind");
    if (kind != null && !kind.matches("article|quote|claim")) {
      throw ApiError.badRequest("kind must be article, quote or claim, got: " + kind);
    }
    return kind;
  }

  private void routes(Javalin app, StoreService s, String openApi) {
    get(app, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    get(app, "/api/stats", ctx -> json(ctx, s::stats));
    get(app, "/api/search", ctx -> {
      String q = searchText(ctx);
      String kind = searchKind(ctx);
      String year = Params.text(ctx, "year");
      if (year != null && !year.matches("\\d{4}|none")) {
        throw ApiError.badRequest("year must be a year (YYYY) or none, got: " + year);
      }
      int limit = Params.limit(ctx);
      json(ctx, () -> s.search(q, kind, year, limit));
    });
    get(app, "/api/search/facets", ctx -> {
      String q = searchText(ctx);
      String kind = searchKind(ctx);
      json(ctx, () -> s.searchFacets(q, kind));
    });
    get(app, "/api/documents/{id}", ctx -> {
      byte[] held = s.documentJson(ctx.pathParam("id"));
      if (held != null) { // serialised when the server started: not copied into the response cache
        ctx.header("X-Cache", "held");
        ctx.contentType("application/json").result(held);
        return;
      }
      json(ctx, () -> s.document(ctx.pathParam("id"))
          .orElseThrow(() -> ApiError.notFound("no document " + ctx.pathParam("id"))));
    });
    get(app, "/api/actors", ctx -> {
      String name = Params.text(ctx, "name");
      String type = Params.text(ctx, "type");
      String country = Params.text(ctx, "country");
      if (type != null && !type.matches("[A-Z_]{1,40}")) {
        throw ApiError.badRequest("type must be an actor type such as PERSON, got: " + type);
      }
      if (country != null && !country.matches("[A-Za-z]{2,4}")) {
        throw ApiError.badRequest("country must be an ISO3 code (or none), got: " + country);
      }
      int limit = Params.limit(ctx);
      String iso = country == null ? null : country.equals("none") ? "none" : country.toUpperCase(java.util.Locale.ROOT);
      json(ctx, () -> s.actors(name, type, iso, limit));
    });
    get(app, "/api/facets", ctx -> {
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.facets(f));
    });
    get(app, "/api/range", ctx -> json(ctx, s::published));
    get(app, "/api/timeline", ctx -> {
      EventFilter f = Params.filter(ctx);
      Timeline.Band band;
      try {
        band = Timeline.Band.parse(Params.text(ctx, "band"));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage());
      }
      int offset = Params.offset(ctx);
      json(ctx, () -> s.timeline(f, band, offset));
    });
    get(app, "/api/events/{id}", ctx -> {
      int id = intParam(ctx, "id");
      json(ctx, () -> s.event(id).orElseThrow(() -> ApiError.notFound("no event " + id)));
    });
    get(app, "/api/network", ctx -> {
      EventFilter f = Params.filter(ctx);
      String with = Params.text(ctx, "with");
      String mode = Params.text(ctx, "mode");
      if (mode != null && !mode.matches("actor|dyads")) {
        throw ApiError.badRequest("mode must be actor or dyads, got: " + mode);
      }
      if (with != null && f.actor() == null) {
        throw ApiError.badRequest("with (the other actor of a dyad) needs actor");
      }
      int nodes = Params.number(ctx, "nodes", Relations.MAX_NODES, 2, Relations.MAX_NODES);
      json(ctx, () -> s.network(f, with, "dyads".equals(mode), nodes)
          .orElseThrow(() -> ApiError.notFound("no actor " + (f.actor() + (with == null ? "" : " or " + with)))));
    });
    get(app, "/api/dyad", ctx -> {
      EventFilter f = Params.filter(ctx);
      String with = Params.text(ctx, "with");
      if (f.actor() == null || with == null) {
        throw ApiError.badRequest("a dyad needs actor and with");
      }
      json(ctx, () -> s.dyad(f, with).orElseThrow(() -> ApiError.notFound("no actor " + f.actor() + " or " + with)));
    });
    get(app, "/api/actors/{name}/statements", ctx -> {
      EventFilter f = Params.filter(ctx);
      String name = ctx.pathParam("name");
      json(ctx, () -> s.statements(name, f, f.limit()).orElseThrow(() -> ApiError.notFound("no actor " + name)));
    });
    get(app, "/api/actors/{name}", ctx -> {
      EventFilter f = filterWithout(ctx);
      json(ctx, () -> s.actor(ctx.pathParam("name"), f)
          .orElseThrow(() -> ApiError.notFound("no actor " + ctx.pathParam("name"))));
    });
    get(app, "/api/events", ctx -> {
      EventFilter f = Params.filter(ctx);
      String with = Params.text(ctx, "with");
      String directed = Params.text(ctx, "directed");
      if (directed != null && !directed.matches("true|false")) {
        throw ApiError.badRequest("directed must be true or false, got: " + directed);
      }
      if (with == null) {
        json(ctx, () -> s.events(f));
      } else if (f.actor() == null) {
        throw ApiError.badRequest("with (the other actor of a dyad) needs actor");
      } else {
        json(ctx, () -> s.eventsBetween(f, with, "true".equals(directed)));
      }
    });
    get(app, "/api/events/{id}/mentions", ctx -> {
      int id = intParam(ctx, "id");
      json(ctx, () -> s.mentions(id));
    });
    get(app, "/api/quotes", ctx -> {
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.quotes(f));
    });
    get(app, "/api/claims", ctx -> {
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.claims(f));
    });
    get(app, "/api/goals", ctx -> {
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.goals(f));
    });
    get(app, "/api/map", ctx -> {
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.map(f));
    });
    get(app, "/api/graph", ctx -> {
      EventFilter f = Params.filter(ctx, Params.MAX_GRAPH_LIMIT);
      json(ctx, () -> s.graph(f));
    });
    get(app, "/api/briefs/documents/{id}", ctx -> json(ctx, () -> s.documentBrief(ctx.pathParam("id"))
        .orElseThrow(() -> ApiError.notFound("no document " + ctx.pathParam("id")))));
    get(app, "/api/briefs/actors/{name}", ctx -> {
      EventFilter f = Params.filter(ctx);
      String name = ctx.pathParam("name");
      json(ctx, () -> s.actorBrief(name, f.from(), f.to())
          .orElseThrow(() -> ApiError.notFound("no actor " + name)));
    });
    get(app, "/api/briefs/topics", ctx -> {
      String q = Params.text(ctx, "q");
      if (q == null) {
        throw ApiError.badRequest("q (the topic's search text) is required");
      }
      EventFilter f = Params.filter(ctx);
      json(ctx, () -> s.topicBrief(q, f.from(), f.to()));
    });
    get(app, "/api/health", ctx -> ctx.json(Map.of("status", "ok")));
  }

  /** The filter of an actor page: the actor is in the path, not the query. */
  private static EventFilter filterWithout(Context ctx) {
    EventFilter f = Params.filter(ctx);
    return new EventFilter(null, f.from(), f.to(), f.code(), f.limit());
  }

  private static int intParam(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a number, got: " + v);
    }
  }
}
