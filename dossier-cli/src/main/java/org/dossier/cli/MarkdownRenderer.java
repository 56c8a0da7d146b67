package org.dossier.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.Actor;
import org.dossier.model.Amount;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.Event;
import org.dossier.model.Goal;
import org.dossier.model.Quote;
import org.dossier.model.Role;
import org.dossier.model.TimeMention;

/** Renders a dossier as Markdown readable in a terminal without colour. Stateless. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(Dossier d) {
    StringBuilder sb = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    d.actors().forEach(a -> names.put(a.id(), a.name()));
    String title = d.document().title() != null ? d.document().title() : d.document().id();
    sb.append("# ").append(oneLine(title)).append('\n');
    if (d.document().published() != null) {
      sb.append("Published ").append(d.document().published()).append('\n');
    }
    if (!d.actors().isEmpty()) {
      sb.append("\n## Actors\n");
      for (Actor a : d.actors()) {
        sb.append("- **").append(oneLine(a.name())).append("** (").append(a.type());
        if (a.country() != null) {
          sb.append(", ").append(a.country());
        }
        if (a.code() != null) {
          sb.append(", ").append(a.code());
        }
        sb.append(')');
        for (Role r : a.roles()) {
          sb.append("; ").append(oneLine(r.title())).append(r.of() == null ? "" : " of " + oneLine(r.of()));
        }
        sb.append(" — ").append(a.mentions().size()).append(a.mentions().size() == 1 ? " mention" : " mentions");
        if (!a.aliases().isEmpty()) {
          sb.append("; also ").append(a.aliases().stream().map(MarkdownRenderer::oneLine)
              .collect(Collectors.joining(", ")));
        }
        sb.append('\n');
      }
    }
    if (!d.events().isEmpty()) {
      sb.append("\n## Events\n");
      for (Event e : d.events()) {
        sb.append("- ").append(e.date() == null ? "(undated)" : e.date()).append(" — ")
            .append(names(e.source(), names)).append(" → ").append(e.label() == null ? e.cameo() : e.label())
            .append(" → ").append(names(e.target(), names)).append(" [CAMEO ").append(e.cameo())
            .append(e.mode().equals("asserted") ? "" : ", " + e.mode()).append("]: “")
            .append(oneLine(e.evidence().text())).append("”\n");
      }
    }
    if (!d.quotes().isEmpty()) {
      sb.append("\n## Quotes\n");
      for (Quote q : d.quotes()) {
        sb.append("- ").append(q.speaker() == null ? "(" + q.kind() + ")" : names.getOrDefault(q.speaker(), q.speaker()))
            .append(": “").append(oneLine(q.text())).append("”\n");
      }
    }
    if (!d.claims().isEmpty()) {
      sb.append("\n## Claims\n");
      for (Claim c : d.claims()) {
        String src = c.source() != null ? names.getOrDefault(c.source(), c.source())
            : c.sourceText() != null ? c.sourceText() : "the author";
        sb.append("- ").append(oneLine(src)).append(" (").append(c.certainty()).append(c.negated() ? ", negated" : "")
            .append("): ").append(oneLine(c.text())).append('\n');
      }
    }
    if (!d.goals().isEmpty()) {
      sb.append("\n## Goals\n");
      for (Goal g : d.goals()) {
        sb.append("- ").append(names.getOrDefault(g.actor(), "?")).append(g.negated() ? " wants to avoid: " : " wants: ")
            .append(oneLine(g.text())).append('\n');
      }
    }
    if (!d.times().isEmpty()) {
      sb.append("\n## Times\n");
      for (TimeMention t : d.times()) {
        sb.append("- ").append(oneLine(t.text())).append(" = ").append(t.value() == null ? "(unresolved)" : t.value())
            .append('\n');
      }
    }
    if (!d.amounts().isEmpty()) {
      sb.append("\n## Amounts\n");
      for (Amount a : d.amounts()) {
        sb.append("- ").append(oneLine(a.text())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String names(List<String> ids, Map<String, String> names) {
    return ids.isEmpty() ? "?" : ids.stream().map(i -> names.getOrDefault(i, i)).collect(Collectors.joining(" and "));
  }

  /** Article text is untrusted: keep each item on one line so it cannot forge structure. */
  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replaceAll("\\p{Cntrl}", "");
  }
}
