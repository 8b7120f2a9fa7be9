package org.banyan.simulator.output;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.Row;
import org.banyan.simulator.rows.TransactionRow;

import java.util.UUID;

/** Event ids of published rows: the same in the extract files and on Kafka, and on every re-run. */
public final class EventIds {

    private EventIds() {
    }

    public static UUID of(long seed, Row row, long epochDay) {
        int entity = switch (row) {
            case CustomerRow r -> 1;
            case TransactionRow r -> 2;
            case AppEventRow r -> 3;
            case LoanEventRow r -> 4;
            default -> throw new IllegalArgumentException("Not a published row: " + row.getClass().getSimpleName());
        };
        return Ids.eventId(seed, entity, row.customer(), epochDay, row.seq());
    }
}
