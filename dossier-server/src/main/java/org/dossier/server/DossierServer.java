package org.dossier.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.dossier.store.index.BadQueryException;

/**
 * Dossier's HTTP server: a read-only REST API under {@code /api} (documented at
 * {@code /api/openapi.json}) and the web UI. Binds to loopback unless told otherwise. Article
 * text is untrusted: the API returns it as JSON strings and the UI inserts it only as text; a
 * Content-Security-Policy forbids inline and foreign scripts.
 *
 * <p>Thread-safe; one server per store.
 */
public final class DossierServer implements AutoCloseable {
  /** Content-Security-Policy of every response. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";
  private static final long MAX_REQUEST_BYTES = 16 * 1024;
  /** Bound of the response cache: serialised JSON answers, least recently useful dropped first. */
  static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final Javalin app;
  private final StoreService service;
  private final ResponseCache cache;

  private DossierServer(Javalin app, StoreService service, ResponseCache cache) {
    this.app = app;
    this.service = service;
    this.cache = cache;
  }

  /** What the server holds in memory (read model size and build time), for a start-up message. */
  public String describe() {
    return service.describe();
  }

  /**
   * Completes with a one-line description of the documents held in memory once they are serialised
   * (in the background after start-up; until then documents are read from the database).
   */
  public java.util.concurrent.CompletableFuture<String> documentsHeld() {
    return service.documentsHeld();
  }

  /** Requests answered from the response cache so far. */
  public long cacheHits() {
    return cache.hits();
  }

  /** Requests that had to be computed so far. */
  public long cacheMisses() {
    return cache.misses();
  }

  /**
   * Starts serving {@code store} on {@code host:port} (port 0 picks a free port) with the default
   * number of database connections ({@code max(4, 2 × processors)}).
   */
  public static DossierServer start(Store store, String host, int port) {
    return start(store, host, port, StoreService.DEFAULT_CONNECTIONS);
  }

  /**
   * Starts serving {@code store} on {@code host:port}, answering up to {@code connections} API
   * queries in parallel (1 serialises them on the store's own connection).
   *
   * @throws IllegalArgumentException when {@code connections} is outside 1..256
   */
  public static DossierServer start(Store store, String host, int port, int connections) {
    return start(store, host, port, connections, CACHE_BYTES);
  }

  /**
   * Starts serving {@code store} on {@code host:port}, answering up to {@code connections} database
   * queries in parallel and keeping up to {@code cacheBytes} of serialised answers (0: no cache).
   *
   * @throws IllegalArgumentException when {@code connections} is outside 1..256 or {@code cacheBytes} is negative
   */
  public static DossierServer start(Store store, String host, int port, int connections, long cacheBytes) {
    return start(store, host, port, connections, cacheBytes, Limits.DEFAULT);
  }

  /**
   * Bounds on what clients may hold: a connection idle (or sending its request) for longer than
   * {@code idleTimeoutMillis} is closed, at most {@code maxConnections} are accepted at once (more
   * wait in the operating system's backlog) and {@code maxThreads} threads serve requests, so slow
   * or idle clients cannot hold the server; {@code allowedHosts}, when not empty, are names the
   * {@code Host} header may carry besides the loopback names and the bound address.
   */
  public record Limits(long idleTimeoutMillis, int maxConnections, int maxThreads, java.util.List<String> allowedHosts) {
    /** 10 s idle, 1,000 connections, 200 threads, no extra host names. */
    public static final Limits DEFAULT = new Limits(10_000, 1_000, 200, java.util.List.of());

    public Limits {
      if (idleTimeoutMillis < 1 || maxConnections < 1 || maxThreads < 8) {
        throw new IllegalArgumentException("idle timeout and connections must be positive and threads at least 8");
      }
      allowedHosts = java.util.List.copyOf(allowedHosts);
    }

    /** These limits with other extra host names. */
    public Limits withAllowedHosts(java.util.List<String> hosts) {
      return new Limits(idleTimeoutMillis, maxConnections, maxThreads, hosts);
    }

    /** These limits with another idle timeout. */
    public Limits withIdleTimeout(long millis) {
      return new Limits(millis, maxConnections, maxThreads, allowedHosts);
    }
  }

  /**
   * Starts serving {@code store} on {@code host:port} within {@code limits}, answering up to
   * {@code connections} database queries in parallel and keeping up to {@code cacheBytes} of
   * serialised answers (0: no cache).
   */
  public static DossierServer start(Store store, String host, int port, int connections, long cacheBytes,
      Limits limits) {
    ResponseCache cache = new ResponseCache(cacheBytes);
    StoreService service = new StoreService(store, connections);
    service.onChange(cache::clear);
    String openApi = resource("/openapi.json");
    ObjectMapper mapper = DossierJson.mapper().copy();
    HostCheck hosts = HostCheck.of(host, limits.allowedHosts());
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // Jetty reads requests without holding a thread, but a slow reader of a response holds one
      // while writing: threads are bounded, and connections, idle ones included, time out
      config.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(limits.maxThreads(), 8, 60_000);
      config.jetty.modifyServer(server -> server.addBean(
          new org.eclipse.jetty.server.ConnectionLimit(limits.maxConnections(), server)));
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/static";
        s.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      if (hosts != null && !hosts.allows(ctx.header("Host"))) {
        // DNS rebinding: another site's page reaching this server under its own name
        throw new ApiError(403, "host " + HostCheck.name(ctx.header("Host")) + " is not served here (serve"
            + " --allow-host NAME to allow it)");
      }
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS) {
        throw new ApiError(405, "the API is read-only: " + ctx.method() + " is not allowed");
      }
    });
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      BadQueryException bad = badQuery(e);
      if (bad != null) { // the author's query, not the server, is at fault: say what is wrong with it
        error(ctx, 400, bad.getMessage());
      } else {
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      }
    });
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        error(ctx, 404, "no such endpoint: " + ctx.path());
      }
    });
    Api.register(app, service, openApi, cache, mapper);
    try {
      app.start(host, port);
      for (org.eclipse.jetty.server.Connector c : app.jettyServer().server().getConnectors()) {
        if (c instanceof org.eclipse.jetty.server.AbstractConnector ac) {
          ac.setIdleTimeout(limits.idleTimeoutMillis()); // Jetty's default is 30 s
        }
      }
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
    return new DossierServer(app, service, cache);
  }

  /** The bad full-text query behind {@code e} (thrown directly or wrapped), or null. */
  static BadQueryException badQuery(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BadQueryException b) {
        return b;
      }
    }
    return null;
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", Map.of("code", status, "message", message)));
  }

  static String resource(String path) {
    try (InputStream in = DossierServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default number of database connections: {@code max(4, 2 × processors)}. */
  public static int defaultConnections() {
    return StoreService.DEFAULT_CONNECTIONS;
  }

  /**
   * Tells the server that its store changed (documents written by this process): the next request
   * rebuilds the read model and empties the response cache. Changes are also noticed without it,
   * from the store's files, within a second or two.
   */
  public void storeChanged() {
    service.reload();
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      service.close();
    }
  }
}
