package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Shared assertions on {@code dossier/1} output, used by every module's tests. */
public final class DossierAssertions {
  private static JsonSchema schema;

  private DossierAssertions() {}

  /** Asserts that {@code json} is valid against docs/dossier-1.schema.json. */
  public static void assertValidAgainstSchema(String json) {
    try {
      JsonNode node = DossierJson.mapper().readTree(json);
      Set<ValidationMessage> errors = schema().validate(node);
      assertThat(errors).as("schema violations").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that every span in the dossier slices {@code document.text} to exactly its text. */
  public static void assertOffsetsSliceText(Dossier dossier) {
    String text = dossier.document().text();
    for (Actor actor : dossier.actors()) {
      for (Span mention : actor.mentions()) {
        assertSlice(text, mention.start(), mention.end(), mention.text(), "mention of " + actor.name());
      }
      if (actor.metonymy() != null) {
        for (Span m : actor.metonymy().mentions()) {
          assertSlice(text, m.start(), m.end(), m.text(), "metonymic mention of " + actor.name());
        }
      }
      for (Role role : actor.roles()) {
        if (role.evidence() != null) {
          assertSlice(text, role.evidence().start(), role.evidence().end(), role.evidence().text(), "role evidence");
        }
      }
    }
    for (Event event : dossier.events()) {
      assertSlice(text, event.evidence().start(), event.evidence().end(), event.evidence().text(), "event " + event.id());
    }
    for (Quote q : dossier.quotes()) {
      assertSlice(text, q.start(), q.end(), q.text(), "quote " + q.id());
    }
    for (Claim c : dossier.claims()) {
      assertSlice(text, c.start(), c.end(), c.text(), "claim " + c.id());
    }
    for (Goal g : dossier.goals()) {
      assertSlice(text, g.start(), g.end(), g.text(), "goal " + g.id());
    }
    for (TimeMention t : dossier.times()) {
      assertSlice(text, t.start(), t.end(), t.text(), "time " + t.text());
    }
    for (Amount a : dossier.amounts()) {
      assertSlice(text, a.start(), a.end(), a.text(), "amount " + a.text());
    }
  }

  private static void assertSlice(String text, int start, int end, String expected, String what) {
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    assertThat(text.substring(from, to)).as(what + " at [" + start + "," + end + ")").isEqualTo(expected);
  }

  private static synchronized JsonSchema schema() throws IOException {
    if (schema == null) {
      Path path = locate("docs/dossier-1.schema.json");
      JsonNode node = DossierJson.mapper().readTree(Files.readString(path));
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
    return schema;
  }

  /** Finds a repository file from a module's working directory. */
  public static Path locate(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find " + relative + " above " + Path.of("").toAbsolutePath());
  }
}
