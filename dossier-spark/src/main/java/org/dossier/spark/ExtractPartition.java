package org.dossier.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.nlp.Extractor;
import org.dossier.nlp.InputException;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;

/**
 * Runs the extraction over one partition of input rows, lazily (one document in memory at a
 * time), with the executor JVM's shared {@link Extractor}. Emits {@link #SCHEMA} rows: the
 * document's {@code dossier/1} JSON and token count, or the one-line error that stopped it. A bad
 * document never fails the task.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = new StructType()
      .add("origin", DataTypes.StringType, false)
      .add("doc_id", DataTypes.StringType, true)
      .add("tokens", DataTypes.IntegerType, false)
      .add("dossier", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  private final boolean parse;
  private final String defaultDate;

  ExtractPartition(boolean parse, LocalDate defaultDate) {
    this.parse = parse;
    this.defaultDate = defaultDate == null ? null : defaultDate.toString();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Extractor extractor = ExtractorHolder.get(parse);
    LocalDate date = defaultDate == null ? null : LocalDate.parse(defaultDate);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        return extract(extractor, input.next(), date);
      }
    };
  }

  static Row extract(Extractor extractor, Row in, LocalDate date) {
    String origin = in.getString(0);
    if (in.getString(7) != null) {
      return RowFactory.create(origin, in.getString(1), 0, null, in.getString(7));
    }
    String id = in.getString(1);
    try {
      var info = InputRows.document(in, date);
      id = info.id();
      Doc doc = extractor.annotate(info);
      Dossier dossier = extractor.assemble(doc);
      int tokens = doc.find(Layers.TOKENS).map(List::size).orElse(0);
      return RowFactory.create(origin, id, tokens, DossierJson.toJson(dossier), null);
    } catch (InputException | IllegalArgumentException e) {
      String m = e.getMessage();
      return RowFactory.create(origin, id, 0, null, m != null && m.startsWith(origin) ? m : origin + ": " + m);
    } catch (RuntimeException | StackOverflowError e) {
      return RowFactory.create(origin, id, 0, null, origin + ": internal error (" + e + ")");
    }
  }
}
