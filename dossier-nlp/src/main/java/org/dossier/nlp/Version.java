package org.dossier.nlp;

/** Dossier's own version, for provenance. */
public final class Version {
  private Version() {}

  /** The version of this build. */
  public static final String DOSSIER = readVersion();

  private static String readVersion() {
    String v = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
