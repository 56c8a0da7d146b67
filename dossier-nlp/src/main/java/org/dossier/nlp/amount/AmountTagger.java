package org.dossier.nlp.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Amount;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.pipeline.Component;
import org.dossier.nlp.time.NumberWords;
import org.dossier.nlp.time.TimeTagger;
import org.dossier.nlp.time.Timex;
import org.dossier.nlp.time.Words;

/**
 * Finds amounts: numbers with a unit ("$11.1bn", "20 percent", "13.68 points", "1.2 million
 * barrels a day") or a counted object ("five deputy prime ministers", "over 40 times"). Modifiers
 * such as "over", "more than", "about", "nearly", "at least" stay in the text span; the value is the
 * number they modify.
 *
 * <p>Conventions: money takes its ISO 4217 code as the unit ("USD"); scale words multiply
 * ("$11.1bn" is 1.11e10); vague magnitudes ("billions of dollars", "hundreds of people") have a
 * null value; rates keep their period in the unit ("barrels a day"). Numbers inside time
 * expressions (dates, durations such as "three years") are not amounts, nor are bare numbers
 * without unit or object.
 *
 * <p>Stateless and thread-safe.
 */
public final class AmountTagger implements Component {
  private static final Map<String, String> CURRENCY_SYMBOLS = Map.ofEntries(Map.entry("$", "USD"),
      Map.entry("us$", "USD"), Map.entry("c$", "CAD"), Map.entry("a$", "AUD"), Map.entry("hk$", "HKD"),
      Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"),
      Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("usd", "USD"),
      Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"));
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollar", "USD"),
      Map.entry("dollars", "USD"), Map.entry("dlrs", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("ruble", "RUB"),
      Map.entry("rubles", "RUB"), Map.entry("rouble", "RUB"), Map.entry("roubles", "RUB"),
      Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("sterling", "GBP"),
      Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("francs", "CHF"), Map.entry("won", "KRW"),
      Map.entry("hryvnias", "UAH"), Map.entry("shekels", "ILS"), Map.entry("lira", "TRY"), Map.entry("riyals", "SAR"),
      Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"));
  private static final Set<String> MEASURES = Set.of("times", "points", "point", "barrels", "barrel", "tons", "tonnes",
      "ton", "tonne", "kilometers", "kilometres", "km", "miles", "mile", "meters", "metres", "feet", "foot", "kg",
      "kilograms", "acres", "hectares", "gallons", "liters", "litres", "megawatts", "mw", "gigawatts", "gw", "cubic",
      "square", "percentage", "basis", "bpd", "mph", "degrees", "votes", "seats");
  private static final Set<String> VAGUE = Set.of("hundreds", "thousands", "millions", "billions", "trillions",
      "dozens", "tens", "scores");
  private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "his", "her", "their", "our",
      "my", "your", "both", "all", "'s");
  private static final Set<String> RATE_PERIODS = Set.of("day", "year", "week", "month", "hour", "minute", "second",
      "annum", "capita", "person", "head");

  @Override
  public String name() {
    return "amounts";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, TimeTagger.TIMEX);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.AMOUNTS);
  }

  @Override
  public Doc apply(Doc doc) {
    List<Token> tokens = doc.get(Layers.TOKENS);
    boolean[] inTime = new boolean[tokens.size()];
    for (Timex t : doc.find(TimeTagger.TIMEX).orElse(List.of())) {
      for (int k = t.firstToken(); k < t.endToken() && k < inTime.length; k++) {
        inTime[k] = true;
      }
    }
    List<Amount> out = new ArrayList<>();
    for (Sentence s : doc.get(Layers.SENTENCES)) {
      if (s.size() <= 0 || s.endToken() > tokens.size()) {
        continue;
      }
      Words w = Words.of(doc.text(), tokens, s);
      int i = 0;
      while (i < w.size()) {
        Found f = inTime[w.firstToken(i)] ? null : at(w, i, inTime);
        if (f == null) {
          i++;
          continue;
        }
        int b = w.begin(f.from);
        int e = w.end(f.to - 1);
        out.add(new Amount(doc.text(b, e), f.value, f.unit, doc.offsets().toCodePoint(b), doc.offsets().toCodePoint(e)));
        i = f.to;
      }
    }
    return doc.with(Layers.AMOUNTS, List.copyOf(out));
  }

  private record Found(int from, int to, Number value, String unit) {}

  /** The amount starting at word {@code i}, or null. */
  static Found at(Words w, int i, boolean[] inTime) {
    int k = modifier(w, i);
    String currency = CURRENCY_SYMBOLS.get(w.w(k));
    if (currency != null) {
      k++;
    }
    // the number: digits or words, with a scale word ("11.1 bn", "two hundred", "a million")
    Double n = null;
    boolean vague = false;
    int j = k;
    String x = w.w(j);
    if (j < w.size() && inTime[w.firstToken(j)]) {
      return null;
    }
    if (VAGUE.contains(x) && "of".equals(w.w(j + 1))) {
      vague = true;
      j += 2;
      if ("thousands".equals(w.w(j)) || "millions".equals(w.w(j)) || "billions".equals(w.w(j))) {
        j += "of".equals(w.w(j + 1)) ? 2 : 1; // "tens of thousands of"
      }
    } else {
      if (("a".equals(x) || "an".equals(x)) && NumberWords.multiplier(w.w(j + 1)) != null) {
        n = 1.0;
        j++;
      } else if ("a".equals(x) && "dozen".equals(w.w(j + 1))) {
        n = 12.0;
        j += 2;
      } else {
        if ("a".equals(x) || "an".equals(x) || "half".equals(x) || "second".equals(x) || x.isEmpty()) {
          return null;
        }
        n = NumberWords.cardinal(x);
        if (n == null || Character.isDigit(x.charAt(0)) && !"CD".equals(w.pos(j))) {
          return null;
        }
        j++;
      }
      // scale words: "two hundred thousand", "1.2 million", "11.1 bn"
      Double m;
      while ((m = NumberWords.multiplier(w.w(j))) != null && !w.w(j).endsWith("s") && (m >= 100 || currency != null)) {
        n *= m;
        j++;
      }
    }
    String unit = null;
    int to = j;
    String u = w.w(j);
    if (currency != null) {
      unit = currency;
      if (CURRENCY_WORDS.containsKey(u)) {
        to = j + 1; // "$5 million dollars"
      }
    } else if ("%".equals(u) || "percent".equals(u) || "pct".equals(u)) {
      unit = "percent";
      to = j + 1;
    } else if ("per".equals(u) && "cent".equals(w.w(j + 1))) {
      unit = "percent";
      to = j + 2;
    } else if ("percentage".equals(u) && "points".equals(w.w(j + 1)) || "basis".equals(u) && "points".equals(w.w(j + 1))) {
      unit = u + " points";
      to = j + 2;
    } else if (("u.s".equals(u) || "us".equals(u)) && CURRENCY_WORDS.containsKey(w.w(j + 1))) {
      unit = CURRENCY_WORDS.get(w.w(j + 1));
      to = j + 2;
    } else if (CURRENCY_WORDS.containsKey(u) && !("pounds".equals(u) || "pound".equals(u)) && !"won".equals(u)
        || ("pounds".equals(u) && "sterling".equals(w.w(j + 1)))) {
      unit = CURRENCY_WORDS.get(u);
      to = "sterling".equals(w.w(j + 1)) ? j + 2 : j + 1;
    } else if (MEASURES.contains(u) && !"square".equals(u) && !"cubic".equals(u)) {
      unit = u;
      to = j + 1;
    } else {
      // a counted object: modifiers up to the plural head noun ("deputy prime ministers")
      if (n != null && !vague && DETERMINERS.contains(w.w(i - 1))) {
        return null; // "the two leaders" refers, it does not count
      }
      int h = j;
      int limit = Math.min(w.size(), j + 5);
      while (h < limit) {
        String p = w.pos(h);
        if (p.equals("NNS") || p.equals("NNPS")) {
          break;
        }
        if (!(p.startsWith("JJ") || p.equals("NN") || p.equals("NNP") || p.equals("VBN") || p.equals("VBG"))
            || inTime[w.firstToken(h)]) {
          h = limit;
          break;
        }
        h++;
      }
      if (h < limit && (w.pos(h).equals("NNS") || w.pos(h).equals("NNPS")) && !inTime[w.firstToken(h)]) {
        unit = span(w, j, h + 1);
        to = h + 1;
      } else if (n != null && n == 1.0 && !vague && w.pos(j).equals("NN") && !"of".equals(w.w(j))) {
        unit = w.raw(j);
        to = j + 1;
      } else {
        return null;
      }
    }
    // "billions of dollars' worth of arms"
    if ("'".equals(w.w(to)) || "'s".equals(w.w(to))) {
      if ("worth".equals(w.w(to + 1))) {
        to += 2;
        if ("of".equals(w.w(to))) {
          int h = to + 1;
          while (h < w.size() && h < to + 5 && (w.pos(h).startsWith("JJ") || w.pos(h).startsWith("NN"))) {
            h++;
          }
          if (h > to + 1) {
            to = h;
          }
        }
      }
    }
    // rates: "1.2 million barrels a day", "$5 per share"
    if (("a".equals(w.w(to)) || "per".equals(w.w(to)) || "an".equals(w.w(to))) && RATE_PERIODS.contains(w.w(to + 1))) {
      unit = unit + " " + w.w(to) + " " + w.w(to + 1);
      to += 2;
    }
    Number value = vague || n == null ? null : whole(n);
    return new Found(i, to, value, unit);
  }

  /** Skips a leading modifier ("more than", "over", "about"); returns the index of the number. */
  private static int modifier(Words w, int i) {
    String x = w.w(i);
    String y = w.w(i + 1);
    switch (x) {
      case "more", "less", "fewer" -> {
        return "than".equals(y) ? i + 2 : i;
      }
      case "at" -> {
        return "least".equals(y) || "most".equals(y) ? i + 2 : i;
      }
      case "up" -> {
        return "to".equals(y) ? i + 2 : i;
      }
      case "as" -> {
        return ("many".equals(y) || "much".equals(y) || "few".equals(y)) && "as".equals(w.w(i + 2)) ? i + 3 : i;
      }
      case "close" -> {
        return "to".equals(y) ? i + 2 : i;
      }
      case "upwards" -> {
        return "of".equals(y) ? i + 2 : i;
      }
      case "over", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "just", "only", "under",
          "below", "above", "estimated", "an" -> {
        if ("an".equals(x)) {
          return "estimated".equals(y) ? i + 2 : i;
        }
        return i + 1;
      }
      default -> {
        return i;
      }
    }
  }

  private static String span(Words w, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(w.raw(k));
    }
    return sb.toString();
  }

  private static Number whole(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
      return (long) v;
    }
    return v;
  }
}
