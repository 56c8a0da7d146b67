package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.model.DossierJson;
import org.dossier.store.Store;
import org.dossier.store.query.EventFilter;
import org.dossier.store.query.Rows.ActorProfile;
import org.dossier.store.query.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier query KIND}: questions to a store, answered as a table or JSON. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Query a store.",
        "KIND: stats, actors, actor, events, mentions, quotes, claims, goals, graph, search.",
        "actor NAME: roles and timeline; events/quotes/claims/goals/graph take --actor, --from, --to, --code;"
            + " mentions EVENT_ID: every report of one event; search TEXT: full text (Lucene syntax)."})
final class QueryCommand implements Callable<Integer> {
  enum Kind { STATS, ACTORS, ACTOR, EVENTS, MENTIONS, QUOTES, CLAIMS, GOALS, GRAPH, SEARCH }

  enum Format { TABLE, JSON }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
  Kind kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT",
      description = "Actor name (actor), event id (mentions), search query (search), name filter (actors).")
  String text;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only rows involving this actor.")
  String actor;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
  LocalDate to;

  @Option(names = "--acting", description = "actors: only actors that act (persons, organisations, groups,"
      + " countries); places, which are where things happen, are left out of the ranking.")
  boolean acting;

  @Option(names = "--code", paramLabel = "CAMEO", description = "CAMEO code prefix (04 = consult).")
  String code;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--search-kind", paramLabel = "article|quote|claim", description = "search: only this kind.")
  String searchKind;

  @Option(names = "--timing", description = "Print the query's own time (without JVM start and store open) on stderr.")
  boolean timing;

  @Override
  public Integer call() {
    EventFilter filter;
    try {
      filter = new EventFilter(actor, from, to, code, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Object result;
    try (Store st = StoreDirs.openExisting(spec.commandLine(), store)) {
      StoreQuery q = st.query();
      long started = System.nanoTime();
      result = answer(q, filter);
      if (timing) {
        double cold = (System.nanoTime() - started) / 1e6;
        long again = System.nanoTime();
        answer(q, filter);
        spec.commandLine().getErr().printf(Locale.ROOT, "query: %s answered in %.1f ms (again, warm: %.1f ms)%n",
            kind.name().toLowerCase(Locale.ROOT), cold, (System.nanoTime() - again) / 1e6);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (result == null) {
      spec.commandLine().getErr().println("query: no actor matches " + (text != null ? text : actor));
      return 1;
    }
    ObjectMapper mapper = DossierJson.mapper();
    if (format == Format.JSON) {
      try {
        out.println(mapper.writeValueAsString(result));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else if (result instanceof ActorProfile p) {
      out.println(Tables.render(mapper.valueToTree(List.of(p.actor()))));
      out.println("Roles");
      out.println(Tables.render(mapper.valueToTree(p.roles())));
      out.println("Timeline");
      out.println(Tables.render(mapper.valueToTree(p.timeline())));
    } else {
      JsonNode node = mapper.valueToTree(result);
      out.println(Tables.render(node.isArray() ? node : mapper.createArrayNode().add(node)));
    }
    out.flush();
    return 0;
  }

  private Object answer(StoreQuery q, EventFilter filter) {
    Object result;
    result = switch (kind) {
      case STATS -> q.stats();
      case ACTORS -> q.actors(text != null ? text : actor, limit, acting);
      case ACTOR -> {
        String name = text != null ? text : actor;
        if (name == null) {
          throw new ParameterException(spec.commandLine(), "query actor needs a NAME");
        }
        yield q.actor(name, new EventFilter(null, from, to, code, limit));
      }
      case EVENTS -> q.events(filter);
      case MENTIONS -> {
        if (text == null || !text.matches("\\d+")) {
          throw new ParameterException(spec.commandLine(), "query mentions needs an EVENT_ID, got: " + text);
        }
        yield q.mentions(Integer.parseInt(text));
      }
      case QUOTES -> q.quotes(filter);
      case CLAIMS -> q.claims(filter);
      case GOALS -> q.goals(filter);
      case GRAPH -> q.graph(filter);
      case SEARCH -> {
        if (text == null || text.isBlank()) {
          throw new ParameterException(spec.commandLine(), "query search needs a TEXT");
        }
        try {
          yield q.search(text, searchKind, limit);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), e.getMessage());
        }
      }
    };
    return result;
  }

  /** Plain-text tables from JSON rows; long cells are shortened. */
  static final class Tables {
    private static final int MAX_CELL = 60;

    private Tables() {}

    static String render(JsonNode rows) {
      if (rows.isEmpty()) {
        return "(no rows)";
      }
      List<String> columns = new ArrayList<>();
      for (Iterator<String> it = rows.get(0).fieldNames(); it.hasNext(); ) {
        columns.add(it.next());
      }
      List<String[]> cells = new ArrayList<>();
      int[] width = new int[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        width[i] = columns.get(i).length();
      }
      for (JsonNode row : rows) {
        String[] line = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
          JsonNode v = row.get(columns.get(i));
          String s = v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
          s = s.replaceAll("\\s+", " ");
          if (s.length() > MAX_CELL) {
            s = s.substring(0, MAX_CELL - 1) + "…";
          }
          line[i] = s;
          width[i] = Math.max(width[i], s.length());
        }
        cells.add(line);
      }
      StringBuilder sb = new StringBuilder();
      appendLine(sb, columns.toArray(String[]::new), width);
      String[] rule = new String[columns.size()];
      for (int i = 0; i < rule.length; i++) {
        rule[i] = "-".repeat(width[i]);
      }
      appendLine(sb, rule, width);
      for (String[] line : cells) {
        appendLine(sb, line, width);
      }
      return sb.toString().stripTrailing();
    }

    private static void appendLine(StringBuilder sb, String[] cells, int[] width) {
      for (int i = 0; i < cells.length; i++) {
        sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s", cells[i]));
        sb.append(i + 1 < cells.length ? "  " : "\n");
      }
    }
  }
}
