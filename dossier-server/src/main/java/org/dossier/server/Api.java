package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.dossier.store.query.EventFilter;

/** The REST routes: thin handlers that validate parameters and call {@link StoreService}. */
final class Api {
  private Api() {}

  static void register(Javalin app, StoreService s, String openApi) {
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/stats", ctx -> ctx.json(s.stats()));
    app.get("/api/search", ctx -> {
      String q = Params.text(ctx, "q");
      if (q == null) {
        throw ApiError.badRequest("q (the search text) is required");
      }
      String kind = Params.text(ctx, "kind");
      if (kind != null && !kind.matches("article|quote|claim")) {
        throw ApiError.badRequest("kind must be article, quote or claim, got: " + kind);
      }
      ctx.json(s.search(q, kind, Params.limit(ctx)));
    });
    app.get("/api/documents/{id}", ctx -> ctx.json(s.document(ctx.pathParam("id"))
        .orElseThrow(() -> ApiError.notFound("no document " + ctx.pathParam("id")))));
    app.get("/api/actors", ctx -> ctx.json(s.actors(Params.text(ctx, "name"), Params.limit(ctx))));
    app.get("/api/actors/{name}", ctx -> ctx.json(s.actor(ctx.pathParam("name"), filterWithout(ctx))
        .orElseThrow(() -> ApiError.notFound("no actor " + ctx.pathParam("name")))));
    app.get("/api/events", ctx -> ctx.json(s.events(Params.filter(ctx))));
    app.get("/api/events/{id}/mentions", ctx -> ctx.json(s.mentions(intParam(ctx, "id"))));
    app.get("/api/quotes", ctx -> ctx.json(s.quotes(Params.filter(ctx))));
    app.get("/api/claims", ctx -> ctx.json(s.claims(Params.filter(ctx))));
    app.get("/api/goals", ctx -> ctx.json(s.goals(Params.filter(ctx))));
    app.get("/api/map", ctx -> ctx.json(s.map(Params.filter(ctx))));
    app.get("/api/graph", ctx -> ctx.json(s.graph(Params.filter(ctx))));
    app.get("/api/briefs/documents/{id}", ctx -> ctx.json(s.documentBrief(ctx.pathParam("id"))
        .orElseThrow(() -> ApiError.notFound("no document " + ctx.pathParam("id")))));
    app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
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
