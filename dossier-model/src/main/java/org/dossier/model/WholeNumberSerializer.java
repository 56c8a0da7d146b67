package org.dossier.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes whole numbers without a fraction ({@code 40}, not {@code 40.0}); others as doubles. */
final class WholeNumberSerializer extends StdSerializer<Number> {
  WholeNumberSerializer() {
    super(Number.class);
  }

  @Override
  public void serialize(Number value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    double d = value.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      gen.writeNumber((long) d);
    } else {
      gen.writeNumber(d);
    }
  }
}
