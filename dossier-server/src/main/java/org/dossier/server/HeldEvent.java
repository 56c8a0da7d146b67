package org.dossier.server;

import java.time.LocalDate;
import org.dossier.store.query.Rows.EventRow;

/**
 * An event of the {@link ReadModel} with the columns filters and grouping need besides its row:
 * its date range, CAMEO code, actor ids and Goldstein score.
 */
record HeldEvent(EventRow row, LocalDate start, LocalDate end, String cameo, Integer actor1, Integer actor2,
    Double goldstein) {}
