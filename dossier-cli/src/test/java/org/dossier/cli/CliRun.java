package org.dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, as the tests see it: the exit status and what was
 * printed on standard output and standard error.
 *
 * @param status the exit status {@link DossierCli#run} returned
 * @param out    standard output
 * @param err    standard error
 */
record CliRun(int status, String out, String err) {
  /** Runs {@code dossier args...} in this JVM and captures its output. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DossierCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
