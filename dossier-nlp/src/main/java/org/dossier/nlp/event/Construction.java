package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.nlp.text.DataFile;

/**
 * One row of {@code constructions.tsv}: a matrix predicate and its clausal complement coding one
 * event together (see the file's header for the columns).
 *
 * @param matrix     matrix lemmas
 * @param relation   complement relation, {@code xcomp} or {@code ccomp}
 * @param auxiliaries auxiliaries the complement must have, or empty for any
 * @param object     whether the matrix must have an object of its own ({@code obj}: "wants the
 *                   government to free", not "wants to free")
 * @param code       a CAMEO code, or {@code refusal:DEF}, {@code intent:DEF}, {@code threat:DEF}
 * @param sources    source roles in order of preference
 * @param targets    target roles in order of preference
 * @param origin     file and line
 */
record Construction(Set<String> matrix, String relation, Set<String> auxiliaries, boolean object, String code,
    List<String> sources, List<String> targets, String origin) {
  private static final String RESOURCE = "constructions.tsv";
  private static final List<Construction> BUILT_IN = parse(DataFile.text(Construction.class, RESOURCE), RESOURCE);

  static List<Construction> builtIn() {
    return BUILT_IN;
  }

  static List<Construction> parse(String text, String origin) {
    List<Construction> out = new ArrayList<>();
    for (DataFile.Row rule : DataFile.rows(text, origin)) {
      String where = rule.where();
      String[] f = rule.fields();
      if (f.length != 5) {
        throw new IllegalArgumentException(where + ": expected 5 columns, got: " + String.join("\t", f));
      }
      Set<String> aux = f[2].startsWith("aux=") ? Set.of(f[2].substring(4).split("\\|")) : Set.of();
      boolean object = f[2].equals("obj");
      if (!f[2].equals("*") && !object && aux.isEmpty()) {
        throw new IllegalArgumentException(where + ": condition must be *, obj or aux=..., got: " + f[2]);
      }
      List<String> src = List.of();
      List<String> tgt = List.of();
      for (String r : f[4].trim().split("\\s+")) {
        if (r.startsWith("src=")) {
          src = List.of(r.substring(4).split("\\|"));
        } else if (r.startsWith("tgt=")) {
          tgt = List.of(r.substring(4).split("\\|"));
        } else {
          throw new IllegalArgumentException(where + ": roles must be src=... tgt=..., got: " + r);
        }
      }
      out.add(new Construction(Set.of(f[0].toLowerCase(Locale.ROOT).split(",")), f[1], aux, object, f[3], src, tgt,
          where));
    }
    return List.copyOf(out);
  }

}
