package org.banyan.simulator.transaction;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Direction;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.DayType;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Persona;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.Intents;
import org.banyan.simulator.state.TxnIntent;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

/**
 * Discretionary money movements: card and QR purchases (persona mix, log-normal tickets, time of day,
 * more after payday and on holidays), ATM withdrawals, person-to-person transfers, cash advances, and
 * purchases abroad during a Golden Week trip.
 */
public final class Spending {

    private static final String[] TRIP_COUNTRIES = {"JP", "TH", "KR", "SG", "MY", "FR", "IT", "US", "AU", "AE"};
    private static final int[] ATM_NOTES = {100, 200, 300, 500, 1_000, 2_000, 3_000};
    private static final double[] ATM_WEIGHTS = Rng.cumulative(6, 10, 6, 20, 25, 10, 4);

    private final SpendMix mix = new SpendMix();
    private final long seed;

    public Spending(long seed) {
        this.seed = seed;
    }

    public void generate(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        double lambda = c.traits().purchaseRate() * day.type().activity() * paydayEffect(s, day)
                * (s.salaryStopped(day.index()) ? 0.6 : 1);
        int purchases = rng.poisson(lambda);
        String abroad = purchases > 0 ? tripCountry(s, day) : null;
        for (int i = 0; i < purchases; i++) {
            purchase(s, day, mix.pick(c.persona(), day.type(), rng), abroad, rng, out);
        }
        cashAndTransfers(s, day, rng, out);
    }

    private void purchase(CustomerState s, Day day, Mcc mcc, String abroad, Rng rng, DayOut out) {
        Customer c = s.customer;
        double scale = s.spendScale();
        long amount = Intents.cents(rng.logNormal(mcc.medianAmount() * scale, mcc.sigma()));
        boolean online = rng.chance(mcc.onlineShare());
        Channel channel = online ? Channel.ECOMMERCE
                : c.traits().digitalActivity() > 0 && rng.chance(0.45) ? Channel.MOBILE : Channel.POS;
        Target target = s.card != null && rng.chance(c.traits().cardShare()) ? Target.CARD : Target.CURRENT;
        boolean foreign = abroad != null && !online && rng.chance(0.8);
        String country = foreign ? abroad : "CN";
        String merchant = foreign ? Merchants.foreign(abroad, mcc, rng)
                : Merchants.domestic(seed, c.index(), c.city(), mcc, rng);
        out.intent(new TxnIntent(mcc.time().secondOfDay(rng), out.nextIntentOrder(), Kind.CARD_PURCHASE,
                Direction.DEBIT, channel, amount, target, mcc.code(), merchant, country,
                foreign ? null : c.city().name(), null, null, Flex.DISCRETIONARY));
    }

    private void cashAndTransfers(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        if (rng.chance(atmRate(c.persona()))) {
            long amount = ATM_NOTES[rng.pick(ATM_WEIGHTS)] * 100L;
            String atm = "ATM" + c.city().regionCode() + Merchants.pad4(rng.nextInt(400));
            Intents.debit(s, out, Mcc.ATM.time().secondOfDay(rng), Kind.CASH_WITHDRAWAL, Channel.ATM, amount,
                    Mcc.ATM.code(), atm, Flex.DISCRETIONARY);
        }
        double festive = day.type() == DayType.SPRING_FESTIVAL ? 3 : 1;
        Channel p2p = c.traits().digitalActivity() > 0 ? Channel.MOBILE : Channel.BRANCH;
        if (rng.chance(0.015 * festive)) {
            Intents.debit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_OUT, p2p,
                    Intents.yuan(rng.logNormal(500, 1.0)), null, null, Flex.DISCRETIONARY);
        }
        if (rng.chance(0.01 * festive)) {
            Intents.credit(s, out, TimeProfile.ONLINE.secondOfDay(rng), Kind.TRANSFER_IN, p2p,
                    Intents.yuan(rng.logNormal(400, 1.0)), null);
        }
        if (s.card != null && rng.chance(0.04 * c.traits().riskPropensity())) {
            Intents.debit(s, out, Mcc.ATM.time().secondOfDay(rng), Kind.CASH_ADVANCE, Channel.ATM,
                    Intents.yuan(rng.between(10, 50) * 100.0), Mcc.ATM.code(), null, Flex.DISCRETIONARY,
                    Target.CARD);
        }
    }

    private static double atmRate(Persona p) {
        return switch (p) {
            case RETIREE -> 0.03;
            case BLUE_COLLAR -> 0.035;
            case SMALL_BUSINESS_OWNER -> 0.02;
            case FAMILY -> 0.015;
            default -> 0.01;
        };
    }

    /** Spending jumps in the days after payday and, for tight budgets, dips while money runs out. */
    private static double paydayEffect(CustomerState s, Day day) {
        int payDay = s.customer.payDay();
        if (payDay < 0) {
            return 1;
        }
        if (day.afterPayDay(payDay)) {
            return 1.3;
        }
        boolean tight = s.customer.incomeCents() < 600_000;
        return tight && s.currentBalance < s.customer.incomeCents() / 5 ? 0.8 : 1;
    }

    /** A Golden Week trip abroad for customers who like travel; decided once per customer and year. */
    private String tripCountry(CustomerState s, Day day) {
        if (day.type() != DayType.GOLDEN_WEEK) {
            return null;
        }
        Customer c = s.customer;
        Rng trip = Rng.of(seed, 0x7219L, c.index(), day.date().getYear());
        double p = 0.25 * c.traits().affinities().of(Product.CARD_TRAVEL)
                * Math.min(2, c.incomeCents() / 1_000_000.0);
        return trip.chance(p) ? trip.pick(TRIP_COUNTRIES) : null;
    }
}
