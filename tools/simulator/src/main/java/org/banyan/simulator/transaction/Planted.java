package org.banyan.simulator.transaction;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.pattern.Anomaly;
import org.banyan.simulator.pattern.Pattern;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.TxnIntent;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

/** Transactions of planted anomalies, labelled with their anomaly id (ground truth only). */
public final class Planted {

    private static final String[] FRAUD_COUNTRIES = {"US", "GB", "RU", "BR", "NG", "UA", "ID", "VN", "PH", "MX"};
    private static final Mcc[] FRAUD_MCCS = {Mcc.ELECTRONICS, Mcc.JEWELRY, Mcc.MISC_RETAIL, Mcc.MONEY_TRANSFER,
            Mcc.MARKETPLACE, Mcc.DIGITAL_GAMES};
    private static final String[] GAMBLING_COUNTRIES = {"CN", "CN", "MO", "PH", "KH"};

    private Planted() {
    }

    public static void generate(CustomerState s, Day day, long seed, DayOut out) {
        for (Anomaly a : s.anomalies) {
            if (a.pattern() == Pattern.CARD_FRAUD_BURST && a.day() == day.index()) {
                fraudBurst(s, a, Rng.of(seed, 0xf4a0dL, s.customer.index(), day.index()), out);
            } else if (a.pattern() == Pattern.GAMBLING_SPIKE && day.index() >= a.day()
                    && day.index() < a.day() + a.length()) {
                gamblingNight(s, a, day.index() - a.day(), Rng.of(seed, 0x6a3bL, s.customer.index(), day.index()),
                        out);
            }
        }
    }

    /** A compromised card: a quick run of foreign card-not-present and counterfeit purchases. */
    private static void fraudBurst(CustomerState s, Anomaly a, Rng rng, DayOut out) {
        String country = rng.pick(FRAUD_COUNTRIES);
        int second = a.second();
        for (int i = 0; i < a.length(); i++) {
            Mcc mcc = rng.pick(FRAUD_MCCS);
            String where = rng.chance(0.2) ? rng.pick(FRAUD_COUNTRIES) : country;
            Channel channel = rng.chance(0.7) ? Channel.ECOMMERCE : Channel.POS;
            long amount = Math.max(1_000, Math.round(rng.logNormal(1_200, 0.8) * 100));
            out.intent(new TxnIntent(second, out.nextIntentOrder(), Kind.CARD_PURCHASE, Direction.DEBIT, channel,
                    amount, Target.CARD, mcc.code(), Merchants.foreign(where, mcc, rng), where, null, a.anomalyId(),
                    a.pattern().name(), Flex.FORCED));
            second += rng.between(20, 80);
        }
    }

    /** One night of an escalating gambling spree: stakes grow day by day; short funds are borrowed. */
    private static void gamblingNight(CustomerState s, Anomaly a, int night, Rng rng, DayOut out) {
        int bets = rng.between(1, 3) + night;
        for (int i = 0; i < bets; i++) {
            String country = rng.pick(GAMBLING_COUNTRIES);
            long amount = Math.round(Math.min(50_000, rng.logNormal(300 * StrictMath.pow(1.6, night), 0.6))) * 100;
            String merchant = "CN".equals(country)
                    ? Merchants.domestic(a.customer(), a.customer(), s.customer.city(), Mcc.LOTTERY, rng)
                    : Merchants.foreign(country, Mcc.LOTTERY, rng);
            out.intent(new TxnIntent(TimeProfile.LATE_NIGHT.secondOfDay(rng), out.nextIntentOrder(),
                    Kind.CARD_PURCHASE, Direction.DEBIT, Channel.ECOMMERCE, Math.max(100, amount), Target.CURRENT,
                    Mcc.LOTTERY.code(), merchant, country, "CN".equals(country) ? s.customer.city().name() : null,
                    a.anomalyId(), a.pattern().name(), Flex.MANDATORY));
        }
    }
}
