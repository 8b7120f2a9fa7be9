package org.banyan.simulator.engine;

import org.banyan.simulator.app.AppActivity;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.credit.CardServicer;
import org.banyan.simulator.credit.Lending;
import org.banyan.simulator.response.Offers;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.transaction.Ledger;
import org.banyan.simulator.transaction.Planted;
import org.banyan.simulator.transaction.Recurring;
import org.banyan.simulator.transaction.Spending;

/**
 * One customer's day. Each concern draws from its own random stream (derived from seed, customer, day),
 * so adding behaviour to one concern does not reshuffle the others. Money intents are posted last, in
 * time order.
 */
final class CustomerDay {

    private static final long CHANGES = 1;
    private static final long RECURRING = 2;
    private static final long SPENDING = 3;
    private static final long LENDING = 4;
    private static final long OFFERS = 5;
    private static final long APP = 6;

    private final long seed;
    private final Spending spending;
    private final CardServicer cards;
    private final Lending lending;
    private final Offers offers;
    private final AppActivity app;

    CustomerDay(long seed, Spending spending, CardServicer cards, Lending lending, Offers offers, AppActivity app) {
        this.seed = seed;
        this.spending = spending;
        this.cards = cards;
        this.lending = lending;
        this.offers = offers;
        this.app = app;
    }

    void simulate(CustomerState s, Day day, DayOut out) {
        if (day.index() < s.joinDay) {
            return;
        }
        out.startCustomer();
        int id = s.customer.index();
        CustomerChanges.day(s, day, stream(CHANGES, id, day), out);
        Recurring.generate(s, day, stream(RECURRING, id, day), out);
        spending.generate(s, day, stream(SPENDING, id, day), out);
        Planted.generate(s, day, seed, out);
        cards.service(s, day, out);
        lending.day(s, day, stream(LENDING, id, day), out);
        offers.day(s, day, stream(OFFERS, id, day), out);
        app.generate(s, day, stream(APP, id, day), out);
        Ledger.post(s, day, out);
    }

    private Rng stream(long stream, int customer, Day day) {
        return Rng.of(seed, stream, customer, day.index());
    }
}
