package org.dossier.cli;

import java.time.LocalDate;
import org.dossier.nlp.input.FieldChecks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values shared by commands; each failure is a usage error (exit status 2). */
final class CliChecks {
  private CliChecks() {}

  /** A publication date given on the command line is held to the same range as dates read from input. */
  static void checkDate(CommandSpec spec, String option, LocalDate date) {
    String problem = date == null ? null : FieldChecks.dateProblem(date);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), option + " " + date + " is outside "
          + FieldChecks.MIN_DATE + ".." + FieldChecks.MAX_DATE);
    }
  }

  /** A per-document time budget of at least one second. */
  static void checkTimeout(CommandSpec spec, int seconds) {
    if (seconds < 1) {
      throw new ParameterException(spec.commandLine(), "--doc-timeout must be at least 1 second, got: " + seconds);
    }
  }
}
