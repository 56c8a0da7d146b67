package org.dossier.nlp.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time tool: compiles the gzipped TSV written by {@code build-gazetteer.js} into the gzipped
 * binary resource {@link Gazetteer#builtIn()} loads (names, coordinates and the sorted name index
 * ready-made, so start-up parses and normalises nothing). Run by the dossier-nlp build in
 * {@code process-classes}: {@code GazetteerCompiler IN.tsv.gz OUT.bin}.
 */
public final class GazetteerCompiler {
  private GazetteerCompiler() {}

  /** Compiles {@code args[0]} (TSV, gzipped) into {@code args[1]} (binary, gzipped). */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GazetteerCompiler IN.tsv.gz OUT.bin, got " + args.length + " arguments");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
        OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
      Gazetteer.writeBinary(in, o);
    }
    System.out.println("gazetteer: " + Files.size(out) + " bytes -> " + out);
  }
}
