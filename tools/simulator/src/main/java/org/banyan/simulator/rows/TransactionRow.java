package org.banyan.simulator.rows;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;

/**
 * A posted transaction. Amounts are in cents of CNY (foreign card spend is posted converted).
 * {@code anomalyId}/{@code pattern} are ground truth, never published.
 */
public record TransactionRow(long at, int customer, int seq, String transactionId, String accountId, long amountCents,
        Direction direction, Kind kind, Channel channel, String mcc, String merchantId, String country, String city,
        long balanceAfterCents, String anomalyId, String pattern) implements Row {
}
