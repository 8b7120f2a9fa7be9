package org.banyan.simulator.engine;

import org.banyan.simulator.rows.Row;

import java.util.Arrays;

/**
 * Sorts a day's rows into {@link Row#ORDER}. Rows arrive ordered by customer and sequence (shards are
 * contiguous customer ranges, each customer's rows in sequence order), and are stamped on whole seconds
 * of the day, so a stable counting sort by second yields exactly Row.ORDER in linear time. Anything else
 * (a row off the day or with milliseconds) falls back to a comparison sort with the same result.
 */
final class TimeOrder {

    private static final int SECONDS = 86_400;

    private TimeOrder() {
    }

    static <R extends Row> void sort(R[] rows, long dayStartMillis) {
        int[] seconds = rows.length < 64 ? null : seconds(rows, dayStartMillis);
        if (seconds == null) {
            Arrays.sort(rows, Row.ORDER);
            return;
        }
        int[] start = new int[SECONDS + 1];
        for (int s : seconds) {
            start[s + 1]++;
        }
        for (int s = 0; s < SECONDS; s++) {
            start[s + 1] += start[s];
        }
        R[] copy = rows.clone();
        for (int i = 0; i < copy.length; i++) {
            rows[start[seconds[i]]++] = copy[i];
        }
    }

    /** Each row's second of the day, or null if the rows do not meet the counting sort's preconditions. */
    private static <R extends Row> int[] seconds(R[] rows, long dayStartMillis) {
        int[] seconds = new int[rows.length];
        int lastCustomer = -1;
        int lastSeq = -1;
        for (int i = 0; i < rows.length; i++) {
            R r = rows[i];
            long offset = r.at() - dayStartMillis;
            boolean inOrder = r.customer() > lastCustomer || (r.customer() == lastCustomer && r.seq() > lastSeq);
            if (offset < 0 || offset >= SECONDS * 1000L || !inOrder) {
                return null;
            }
            int millis = (int) offset;
            int second = millis / 1000;
            if (second * 1000 != millis) {
                return null;
            }
            seconds[i] = second;
            lastCustomer = r.customer();
            lastSeq = r.seq();
        }
        return seconds;
    }
}
