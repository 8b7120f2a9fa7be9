package org.banyan.monitoring.window;

import java.math.BigDecimal;

/** Count and sum of the events of one rule and subject inside a window. */
public record WindowTotals(long count, BigDecimal sum) {
}
