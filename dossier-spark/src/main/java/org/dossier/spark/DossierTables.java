package org.dossier.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Actor;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * The relational form of {@code dossier/1}: one Parquet table per kind of fact, every row keyed by
 * {@code doc_id} and the fact's document-local id, offsets in Unicode code points as in the JSON.
 * Column names are snake_case and, like the JSON fields, may be added but never renamed.
 *
 * <p>Tables: {@code documents}, {@code actors}, {@code roles}, {@code mentions}, {@code events},
 * {@code quotes}, {@code claims}, {@code goals}, {@code times}, {@code amounts}. Arrays of actor ids
 * (event source and target) stay arrays; everything else is flat.
 *
 * <p>Stateless and thread-safe.
 */
public final class DossierTables {
  public static final String DOCUMENTS = "documents";
  public static final String ACTORS = "actors";
  public static final String ROLES = "roles";
  public static final String MENTIONS = "mentions";
  public static final String EVENTS = "events";
  public static final String QUOTES = "quotes";
  public static final String CLAIMS = "claims";
  public static final String GOALS = "goals";
  public static final String TIMES = "times";
  public static final String AMOUNTS = "amounts";

  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final DataType D = DataTypes.DoubleType;
  private static final DataType B = DataTypes.BooleanType;
  private static final DataType SA = DataTypes.createArrayType(DataTypes.StringType, false);

  private static final Map<String, StructType> SCHEMAS = schemas();

  private DossierTables() {}

  /** Every table's name, in the order they are written. */
  public static List<String> names() {
    return List.copyOf(SCHEMAS.keySet());
  }

  /** The schema of {@code table}. */
  public static StructType schema(String table) {
    StructType s = SCHEMAS.get(table);
    if (s == null) {
      throw new IllegalArgumentException("unknown table: " + table + " (known: " + SCHEMAS.keySet() + ")");
    }
    return s;
  }

  /**
   * The rows {@code dossier} contributes to each table (every table present, possibly empty).
   *
   * @param tokens the document's token count, recorded in {@code documents}
   */
  public static Map<String, List<Row>> rows(Dossier dossier, int tokens) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (String name : SCHEMAS.keySet()) {
      out.put(name, new ArrayList<>());
    }
    DocumentInfo d = dossier.document();
    String doc = d.id();
    int mentionCount = 0;
    for (Actor a : dossier.actors()) {
      mentionCount += a.mentions().size();
    }
    out.get(DOCUMENTS).add(RowFactory.create(doc, d.title(), d.published() == null ? null : d.published().toString(),
        d.source(), d.url(), d.language(), d.text(), d.text().codePointCount(0, d.text().length()), tokens,
        dossier.actors().size(), mentionCount, dossier.events().size(), dossier.quotes().size(),
        dossier.claims().size(), dossier.goals().size(),
        dossier.provenance() == null ? null : dossier.provenance().dossier()));
    for (Actor a : dossier.actors()) {
      out.get(ACTORS).add(RowFactory.create(doc, a.id(), a.name(), a.type().name(), a.kb(), a.country(), a.code(),
          a.aliases().toArray(new String[0]), a.mentions().size()));
      for (Role r : a.roles()) {
        Span e = r.evidence();
        out.get(ROLES).add(RowFactory.create(doc, a.id(), r.title(), r.of(), r.source(),
            e == null ? null : e.start(), e == null ? null : e.end(), e == null ? null : e.text()));
      }
      for (Span m : a.mentions()) {
        out.get(MENTIONS).add(RowFactory.create(doc, a.id(), m.start(), m.end(), m.text()));
      }
    }
    for (Event e : dossier.events()) {
      out.get(EVENTS).add(RowFactory.create(doc, e.id(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.label(),
          e.source().toArray(new String[0]), e.target().toArray(new String[0]), e.location(), e.date(), e.mode(),
          e.attributedTo(), e.evidence().start(), e.evidence().end(), e.evidence().text()));
    }
    for (Quote q : dossier.quotes()) {
      out.get(QUOTES).add(RowFactory.create(doc, q.id(), q.text(), q.speaker(), q.kind(), q.verb(), q.start(), q.end()));
    }
    for (Claim c : dossier.claims()) {
      out.get(CLAIMS).add(RowFactory.create(doc, c.id(), c.text(), c.source(), c.sourceText(), c.certainty(),
          c.negated(), c.start(), c.end()));
    }
    for (Goal g : dossier.goals()) {
      out.get(GOALS).add(RowFactory.create(doc, g.id(), g.actor(), g.text(), g.negated(), g.start(), g.end()));
    }
    for (TimeMention t : dossier.times()) {
      out.get(TIMES).add(RowFactory.create(doc, t.text(), t.value(), t.start(), t.end()));
    }
    for (Amount m : dossier.amounts()) {
      // Number → double: JSON reads whole numbers back as Integer, so one type keeps runs comparable
      out.get(AMOUNTS).add(RowFactory.create(doc, m.text(), m.value() == null ? null : m.value().doubleValue(),
          m.unit(), m.start(), m.end()));
    }
    for (Map.Entry<String, List<Row>> e : out.entrySet()) {
      e.setValue(Collections.unmodifiableList(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, StructType> schemas() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put(DOCUMENTS, struct("doc_id", S, false, "title", S, true, "published", S, true, "source", S, true,
        "url", S, true, "language", S, true, "text", S, false, "code_points", I, false, "tokens", I, false,
        "actors", I, false, "mentions", I, false, "events", I, false, "quotes", I, false, "claims", I, false,
        "goals", I, false, "dossier_version", S, true));
    m.put(ACTORS, struct("doc_id", S, false, "actor_id", S, false, "name", S, false, "type", S, false,
        "kb", S, true, "country", S, true, "code", S, true, "aliases", SA, false, "mentions", I, false));
    m.put(ROLES, struct("doc_id", S, false, "actor_id", S, false, "title", S, false, "of", S, true,
        "source", S, false, "start", I, true, "end", I, true, "evidence", S, true));
    m.put(MENTIONS, struct("doc_id", S, false, "actor_id", S, false, "start", I, false, "end", I, false,
        "text", S, false));
    m.put(EVENTS, struct("doc_id", S, false, "event_id", S, false, "cameo", S, false, "plover", S, true,
        "quad", I, true, "goldstein", D, true, "label", S, true, "source", SA, false, "target", SA, false,
        "location", S, true, "date", S, true, "mode", S, false, "attributed_to", S, true,
        "start", I, false, "end", I, false, "evidence", S, false));
    m.put(QUOTES, struct("doc_id", S, false, "quote_id", S, false, "text", S, false, "speaker", S, true,
        "kind", S, false, "verb", S, true, "start", I, false, "end", I, false));
    m.put(CLAIMS, struct("doc_id", S, false, "claim_id", S, false, "text", S, false, "source", S, true,
        "source_text", S, true, "certainty", S, false, "negated", B, false, "start", I, false, "end", I, false));
    m.put(GOALS, struct("doc_id", S, false, "goal_id", S, false, "actor", S, true, "text", S, false,
        "negated", B, false, "start", I, false, "end", I, false));
    m.put(TIMES, struct("doc_id", S, false, "text", S, false, "value", S, true, "start", I, false, "end", I, false));
    m.put(AMOUNTS, struct("doc_id", S, false, "text", S, false, "value", D, true, "unit", S, true,
        "start", I, false, "end", I, false));
    return Collections.unmodifiableMap(m);
  }

  private static StructType struct(Object... triples) {
    StructField[] fields = new StructField[triples.length / 3];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = new StructField((String) triples[3 * i], (DataType) triples[3 * i + 1],
          (Boolean) triples[3 * i + 2], Metadata.empty());
    }
    return new StructType(fields);
  }
}
