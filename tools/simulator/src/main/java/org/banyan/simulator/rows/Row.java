package org.banyan.simulator.rows;

import java.util.Comparator;

/**
 * Something that happened to a customer at an instant. Rows of a day are ordered by time, then customer,
 * then the sequence within the customer's day: a total order, so files and Kafka streams come out the
 * same however the work was split.
 */
public interface Row {

    Comparator<Row> ORDER = (a, b) -> {
        int c = Long.compare(a.at(), b.at());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.customer(), b.customer());
        return c != 0 ? c : Integer.compare(a.seq(), b.seq());
    };

    /** UTC epoch millis. */
    long at();

    int customer();

    /** Sequence within the customer's day for this kind of row. */
    int seq();
}
