package org.dossier.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed development / test division of a suite's records, made once and by record id alone,
 * so that it never changes with the order, the number or the content of the records: a record is
 * in the development half when the CRC-32 of its id's UTF-8 bytes is even, else in the test half
 * (the same as Python's {@code zlib.crc32(id.encode()) % 2}).
 *
 * <p>Rules may be tuned on the development half; the test half is only scored. Records with the
 * same id fall into the same half.
 */
public enum Split {
  /** The half that rules may be tuned on. */
  DEV("dev"),
  /** The half that is only scored. */
  TEST("test");

  private final String label;

  Split(String label) {
    this.label = label;
  }

  /** {@code dev} or {@code test}, as metric names show it. */
  public String label() {
    return label;
  }

  /** The half of the record with {@code id}. */
  public static Split of(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? DEV : TEST;
  }

  /** {@code name} with this half's suffix: {@code "event type accuracy [dev]"}. */
  public String suffix(String name) {
    return name + " [" + label + "]";
  }
}
