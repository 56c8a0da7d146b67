package org.dossier.nlp.input;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes, never holding more than {@code maxBytes} of one line: a
 * longer line is skipped to its end and reported as too long, so a file without line breaks (or a
 * device) cannot exhaust memory. Decoding is the caller's, per line, so that one bad line costs
 * only itself. Not thread-safe.
 */
final class LineReader implements Closeable {
  /** One line: its bytes (without the line break), or {@code tooLong} with the bytes seen. */
  record Line(int number, byte[] bytes, boolean tooLong, long length, boolean binary) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[65_536];
  private int pos;
  private int limit;
  private int number;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line, or null at the end. A too-long line that holds a NUL byte is binary: reading stops
   * there (the caller reports it and reads no further), because a binary stream may never end.
   */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long length = 0;
    boolean nul = false;
    boolean sawAny = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      sawAny = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        nul |= buffer[pos] == 0;
        pos++;
      }
      int n = pos - start;
      if (length + n <= maxBytes) {
        line.write(buffer, start, n);
      } else if (length <= maxBytes) {
        line.write(buffer, start, (int) (maxBytes - length));
      }
      length += n;
      if (length > maxBytes && nul) {
        number++;
        return new Line(number, null, true, length, true);
      }
      if (pos < limit) {
        pos++; // the line break
        break;
      }
    }
    if (!sawAny) {
      return null;
    }
    number++;
    if (length > maxBytes) {
      return new Line(number, null, true, length, nul);
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    return new Line(number, bytes, false, length, nul);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
