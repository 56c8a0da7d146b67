package org.dossier.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Reads and writes {@code dossier/1} JSON. Dates are ISO strings, nulls are written (the contract
 * shows absent values as {@code null}), whole numbers in {@code amounts} are written without a
 * fraction (see {@link WholeNumberSerializer}).
 *
 * <p>Thread-safe: the underlying mapper is configured once and shared.
 */
public final class DossierJson {
  private static final ObjectMapper MAPPER = createMapper();

  private DossierJson() {}

  /** A mapper configured for {@code dossier/1}; callers must not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One-line JSON (for JSONL). */
  public static String toJson(Dossier dossier) {
    try {
      return MAPPER.writeValueAsString(dossier);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON. */
  public static String toPrettyJson(Dossier dossier) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(dossier);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one {@code dossier/1} object. */
  public static Dossier fromJson(String json) {
    try {
      return MAPPER.readValue(json, Dossier.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper createMapper() {
    SimpleModule module = new SimpleModule("dossier");
    module.addSerializer(LocalDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider p) throws IOException {
        gen.writeString(value.toString());
      }
    });
    module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return LocalDate.parse(p.getValueAsString());
      }
    });
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(module);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return mapper;
  }
}
