package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.TimeMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;

/**
 * Finds time expressions and normalises them against the publication date
 * ({@link org.dossier.model.DocumentInfo#published()}), never the wall clock. Without a date,
 * relative expressions ("Thursday", "last year") keep a null value while absolute ones
 * ("March 2023") still resolve. Weekdays, bare months and month-days take the most recent such
 * date on or before the publication date unless the governing verb points to the future
 * ("will meet on Friday").
 *
 * <p>Produces {@link Layers#TIMES} ({@code dossier/1} records, code point offsets) and
 * {@link #TIMEX}, the richer layer with char offsets, token ranges, type and granularity (see
 * {@link Times} for look-ups by token range). Rule-based; stateless and thread-safe.
 */
public final class TimeTagger implements Component {
  /** Time expressions with char offsets, token ranges, type and granularity, in text order. */
  public static final Layer<List<Timex>> TIMEX = Layer.of("timex");

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TIMES, TIMEX);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Timex> timexes = tag(doc);
    List<TimeMention> mentions = new ArrayList<>(timexes.size());
    for (Timex t : timexes) {
      mentions.add(new TimeMention(t.text(), contractValue(t.value()), doc.offsets().toCodePoint(t.begin()),
          doc.offsets().toCodePoint(t.end())));
    }
    return doc.with(TIMEX, List.copyOf(timexes)).with(Layers.TIMES, List.copyOf(mentions));
  }

  /**
   * The value as {@code dossier/1} states it: ISO 8601 or null. TimeML's vague references
   * (PAST_REF, PRESENT_REF, FUTURE_REF) are not dates, so they stay in the {@link #TIMEX} layer only.
   */
  static String contractValue(String value) {
    return value == null || value.endsWith("_REF") ? null : value;
  }

  /** The time expressions of {@code doc}, which must carry tokens and sentences. */
  static List<Timex> tag(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    LocalDate ref = doc.info().published();
    String text = doc.text();
    List<Timex> out = new ArrayList<>();
    String quarterInFocus = null;
    int quarterSentence = -10;
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      if (s.size() <= 0 || s.endToken() > tokens.size()) {
        continue;
      }
      Words w = Words.of(text, tokens, s);
      for (TimeGrammar.Match m : TimeGrammar.scan(w)) {
        Timex t = toTimex(text, w, m, ref);
        if (m.yearsBack() > 0 && quarterInFocus != null && s.index() - quarterSentence <= 2 && t.value() != null) {
          // "a year earlier" after "the third quarter" is that quarter a year before
          int y = Integer.parseInt(quarterInFocus.substring(0, 4)) - m.yearsBack();
          t = new Timex(t.begin(), t.end(), t.firstToken(), t.endToken(), t.text(), t.type(),
              y + quarterInFocus.substring(4), Timex.Granularity.QUARTER, t.relative(), t.future());
        } else if (t.granularity() == Timex.Granularity.QUARTER && t.value() != null
            && QUARTER_VALUE.matcher(t.value()).matches()) {
          quarterInFocus = t.value();
          quarterSentence = s.index();
        }
        out.add(t);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern QUARTER_VALUE = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");

  static Timex toTimex(String text, Words w, TimeGrammar.Match m, LocalDate ref) {
    int dir = m.tenseSensitive() ? Tense.direction(w, m.from(), m.to()) : Tense.NONE;
    boolean future = dir == Tense.FUTURE;
    String value;
    if (m.resolver() == null) {
      value = m.fixed();
    } else if (ref == null) {
      value = null;
    } else {
      value = m.resolver().value(ref, dir);
    }
    int b = w.begin(m.from());
    int e = w.end(m.to() - 1);
    return new Timex(b, e, w.firstToken(m.from()), w.endToken(m.to() - 1), text.substring(b, e), m.type(), value,
        m.granularity(), m.relative(), future);
  }
}
