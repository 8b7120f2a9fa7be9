package org.banyan.simulator.app;

import org.banyan.common.event.payload.AppEvent.Channel;
import org.banyan.simulator.core.DayType;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Devices;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;

/**
 * App and web banking sessions: a login, then page and product views (products chosen by hidden
 * affinity, so views are a learnable signal), sometimes a logout. Applications made online today get a
 * session of their own ending in apply_start and apply_submit.
 */
public final class AppActivity {

    private static final String[] PAGES = {"home", "accounts", "transfer", "bill_pay", "card_center",
            "wealth_market", "loan_center", "insurance_mall", "rewards", "settings"};
    private static final double[] PAGE_WEIGHTS = Rng.cumulative(30, 25, 15, 7, 8, 6, 4, 3, 2, 2);
    /** Sessions cluster on the commute, at lunch and in the evening. */
    private static final double[] SESSION_HOURS = Rng.cumulative(1, 0.5, 0.2, 0.1, 0.1, 0.3, 2, 6, 7, 4, 3, 4,
            7, 5, 3, 3, 3, 4, 5, 6, 8, 9, 7, 3);

    private final long seed;

    public AppActivity(long seed) {
        this.seed = seed;
    }

    public void generate(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        int sessions = rng.poisson(c.traits().digitalActivity() * (day.type() == DayType.WEEKDAY ? 1 : 1.1));
        for (int n = 0; n < sessions; n++) {
            int second = rng.pick(SESSION_HOURS) * 3600 + rng.nextInt(3600);
            browse(s, day, second, rng, out);
        }
        for (DayOut.Applied applied : out.applied) {
            if (!"BRANCH".equals(applied.channel()) && !c.deviceIds().isEmpty()) {
                apply(s, day, applied, rng, out);
            }
        }
    }

    private void browse(CustomerState s, Day day, int second, Rng rng, DayOut out) {
        Session session = open(s, day, second, rng, out);
        int views = 1 + rng.poisson(1.3);
        double[] productWeights = null;
        for (int i = 0; i < views; i++) {
            second += rng.between(5, 90);
            if (rng.chance(0.45)) {
                productWeights = productWeights == null ? s.customer.traits().affinities().viewWeights() : productWeights;
                Product p = Product.of(rng.pick(productWeights));
                s.productViews[p.ordinal()]++;
                session.event(second, "product_view", p.id(), "product_detail");
            } else {
                session.event(second, "page_view", null, PAGES[rng.pick(PAGE_WEIGHTS)]);
            }
        }
        if (rng.chance(0.3)) {
            session.event(second + rng.between(5, 60), "logout", null, null);
        }
    }

    private void apply(CustomerState s, Day day, DayOut.Applied applied, Rng rng, DayOut out) {
        int second = Math.max(0, applied.second() - rng.between(120, 900));
        Session session = open(s, day, second, rng, out);
        String product = applied.product().id();
        s.productViews[applied.product().ordinal()]++;
        session.event(second + rng.between(5, 40), "product_view", product, "product_detail");
        session.event(second + rng.between(60, 100), "apply_start", product, "application_form");
        session.event(Math.max(second + 101, applied.second()), "apply_submit", product, "application_form");
    }

    private Session open(CustomerState s, Day day, int second, Rng rng, DayOut out) {
        Customer c = s.customer;
        boolean web = c.deviceIds().isEmpty() || rng.chance(0.12);
        String device = web ? "web-" + Devices.of(seed, c.index(), 7, false)
                : c.deviceIds().get(c.deviceIds().size() > 1 && rng.chance(0.2) ? 1 : 0);
        Session session = new Session(s, day, Ids.sessionId(day.yymmdd(), c.index(), out.nextOtherSeq()), device,
                web ? Channel.WEB : Channel.MOBILE, out);
        s.sessions++;
        session.event(second, "login", null, web ? "web_login" : "app_login");
        return session;
    }

    /** Events of one session share its id, device and channel. */
    private record Session(CustomerState s, Day day, String id, String device, Channel channel, DayOut out) {

        void event(int second, String name, String productId, String page) {
            out.appEvents.add(new AppEventRow(day.at(Math.min(86_399, second)), s.customer.index(), out.nextAppSeq(),
                    id, name, productId, page, device, channel));
        }
    }
}
