package org.dossier.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office held by a knowledge-base person for a period.
 *
 * @param personId  the holder's entity id
 * @param title     the office as commonly written ("President", "Minister of Foreign Affairs")
 * @param of        what it is of, as a name ("Russia", "NATO")
 * @param ofId      the entity id of {@code of}, or null
 * @param country   ISO alpha-3 of the country the office belongs to, or null
 * @param code      CAMEO actor code for the holder while in office ({@code RUSGOV}, {@code USAMIL}), or null
 * @param validFrom first day in office, or null when unknown
 * @param validTo   last day in office, or null while still in office (as of the file's as-of date)
 * @param source    where the fact comes from
 */
public record KbRole(String personId, String title, String of, String ofId, String country, String code,
    LocalDate validFrom, LocalDate validTo, String source) {
  public KbRole {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(title, () -> "title of role of " + personId);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("role " + title + " of " + personId + " ends (" + validTo
          + ") before it starts (" + validFrom + ")");
    }
  }

  /** Whether the role is held on {@code date} (an unknown start counts as held). */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }
}
