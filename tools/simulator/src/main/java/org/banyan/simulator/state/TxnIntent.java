package org.banyan.simulator.state;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;

/**
 * A money movement a customer means to make today. Intents are collected first and posted in time order
 * by the {@code Ledger}, which is what keeps every balance-after consistent with the order of events.
 *
 * @param order insertion order, the tie-break between intents at the same second
 */
public record TxnIntent(int second, int order, Kind kind, Direction direction, Channel channel, long amountCents,
        Target target, String mcc, String merchantId, String country, String city, String anomalyId,
        String pattern, Flex flex) {

    /** Which of the customer's accounts the movement hits. */
    public enum Target { CURRENT, CARD, SAVINGS }

    /** What happens when the account cannot cover a debit. */
    public enum Flex {
        /** A purchase: moved to the other account if that can pay, otherwise declined (not posted). */
        DISCRETIONARY,
        /** A commitment (rent, bills, instalments): the customer tops the account up first. */
        MANDATORY,
        /** Posted whatever the balance (fraud runs through limits). */
        FORCED
    }

    public TxnIntent retarget(Target to, Channel newChannel) {
        return new TxnIntent(second, order, kind, direction, newChannel, amountCents, to, mcc, merchantId, country,
                city, anomalyId, pattern, flex);
    }
}
