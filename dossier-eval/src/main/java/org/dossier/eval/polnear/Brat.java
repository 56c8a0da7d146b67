package org.dossier.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff attributions: text-bound annotations
 * ({@code T1<TAB>Source 89 106<TAB>text}, discontinuous spans as {@code 315 448;463 553}) and
 * attribution events ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}). Offsets are
 * code points of the article text.
 *
 * <p>Stateless and thread-safe.
 */
final class Brat {
  private Brat() {}

  /**
   * One gold attribution: content fragments, source fragments (empty when unsourced), the source's
   * text and the cue's text (empty when none).
   */
  record Attribution(List<Frag> content, List<Frag> source, String sourceText, String cueText) {}

  /** A fragment {@code [begin, end)}. */
  record Frag(int begin, int end) {
    boolean overlaps(Frag o) {
      return begin < o.end && o.begin < end;
    }
  }

  private record Text(String label, List<Frag> frags, String text) {}

  static List<Attribution> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static List<Attribution> parse(List<String> lines, String name) throws IOException {
    Map<String, Text> texts = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols[0].startsWith("T")) {
        if (cols.length < 2) {
          throw new IOException(name + ":" + n + ": malformed text-bound annotation: " + line);
        }
        int sp = cols[1].indexOf(' ');
        if (sp < 0) {
          throw new IOException(name + ":" + n + ": malformed text-bound annotation: " + line);
        }
        List<Frag> frags = new ArrayList<>();
        for (String f : cols[1].substring(sp + 1).split(";")) {
          String[] be = f.trim().split(" ");
          try {
            frags.add(new Frag(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
          } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(name + ":" + n + ": malformed offsets: " + line, e);
          }
        }
        texts.put(cols[0], new Text(cols[1].substring(0, sp), frags, cols.length > 2 ? cols[2] : ""));
      } else if (cols[0].startsWith("E") && cols.length > 1) {
        events.add(cols[1].trim().split("\\s+"));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] args : events) {
      if (!args[0].startsWith("Attribution")) {
        continue;
      }
      List<Frag> content = new ArrayList<>();
      List<Frag> source = new ArrayList<>();
      StringBuilder sourceText = new StringBuilder();
      StringBuilder cueText = new StringBuilder();
      for (int i = 1; i < args.length; i++) {
        int c = args[i].indexOf(':');
        if (c < 0) {
          continue;
        }
        String role = args[i].substring(0, c).replaceAll("\\d+$", "");
        Text t = texts.get(args[i].substring(c + 1));
        if (t == null) {
          continue;
        }
        if ("Content".equals(role)) {
          content.addAll(t.frags());
        } else if ("Source".equals(role)) {
          source.addAll(t.frags());
          sourceText.append(sourceText.length() > 0 ? " " : "").append(t.text());
        } else if ("Cue".equals(role)) {
          cueText.append(cueText.length() > 0 ? " " : "").append(t.text());
        }
      }
      if (!content.isEmpty()) {
        out.add(new Attribution(List.copyOf(content), List.copyOf(source), sourceText.toString(),
            cueText.toString()));
      }
    }
    return out;
  }
}
