package org.banyan.simulator.state;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

/** Short-hands for the common shapes of intent, all domestic, in the customer's city. */
public final class Intents {

    private Intents() {
    }

    public static void credit(CustomerState s, DayOut out, int second, Kind kind, Channel channel, long cents,
            String counterparty) {
        credit(s, out, second, kind, channel, cents, counterparty, Target.CURRENT);
    }

    public static void credit(CustomerState s, DayOut out, int second, Kind kind, Channel channel, long cents,
            String counterparty, Target target) {
        if (cents <= 0) {
            return;
        }
        out.intent(new TxnIntent(second, out.nextIntentOrder(), kind, Direction.CREDIT, channel, cents, target, null,
                counterparty, "CN", s.customer.city().name(), null, null, Flex.MANDATORY));
    }

    public static void debit(CustomerState s, DayOut out, int second, Kind kind, Channel channel, long cents,
            String mcc, String merchant, Flex flex) {
        debit(s, out, second, kind, channel, cents, mcc, merchant, flex, Target.CURRENT);
    }

    public static void debit(CustomerState s, DayOut out, int second, Kind kind, Channel channel, long cents,
            String mcc, String merchant, Flex flex, Target target) {
        if (cents <= 0) {
            return;
        }
        out.intent(new TxnIntent(second, out.nextIntentOrder(), kind, Direction.DEBIT, channel, cents, target, mcc,
                merchant, "CN", s.customer.city().name(), null, null, flex));
    }

    /** Whole yuan, in cents: what people type for transfers and bills. */
    public static long yuan(double cny) {
        return Math.max(1, Math.round(cny)) * 100;
    }

    /** Yuan and fen, in cents: card tickets. */
    public static long cents(double cny) {
        return Math.max(100, Math.round(cny * 100));
    }
}
