package org.banyan.simulator.response;

import org.banyan.common.event.payload.TransactionPosted.Channel;
import org.banyan.common.event.payload.TransactionPosted.Kind;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.credit.Lending;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.product.CardAccount;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.product.ProductType;
import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.OfferRow;
import org.banyan.simulator.state.Cards;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.Insurance;
import org.banyan.simulator.state.Intents;
import org.banyan.simulator.state.TxnIntent.Flex;
import org.banyan.simulator.state.TxnIntent.Target;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank's baseline marketing: now and then a consenting customer gets an untargeted offer of a random
 * product they may hold. Whether it converts follows {@link ResponseModel}; a conversion opens the product.
 * The offers, with what the bank knew, form the labelled conversion training set.
 */
public final class Offers {

    /** Offers per consenting customer per month. */
    private static final double MONTHLY_OFFERS = 0.4;

    private final Lending lending;

    public Offers(Lending lending) {
        this.lending = lending;
    }

    public void day(CustomerState s, Day day, Rng rng, DayOut out) {
        Customer c = s.customer;
        if (!c.hasMarketingConsent() || c.ringId() != null || !rng.chance(MONTHLY_OFFERS / 30)) {
            return;
        }
        List<Product> eligible = eligible(s, day);
        if (eligible.isEmpty()) {
            return;
        }
        Product product = eligible.get(rng.nextInt(eligible.size()));
        String channel = channel(c, rng);
        int second = 10 * 3600 + rng.nextInt(10 * 3600);
        ResponseModel.Response response = ResponseModel.respond(c.traits().affinities().of(product), channel, rng);
        boolean converted = response == ResponseModel.Response.CONVERSION;
        out.offers.add(offerRow(s, day, second, product, channel, response, out));
        if (converted) {
            open(s, day, product, second + rng.between(600, 7_200), "SMS".equals(channel) ? "MOBILE" : channel, rng,
                    out);
        }
    }

    private static List<Product> eligible(CustomerState s, Day day) {
        Customer c = s.customer;
        int age = c.ageAt(day.date());
        boolean creditworthy = c.kycLevel() >= 2 && age >= 18 && age <= 60 && notDelinquent(s, day);
        List<Product> out = new ArrayList<>();
        for (Product p : Product.values()) {
            if (!p.offerable() || s.holds(p) || age < 18) {
                continue;
            }
            boolean ok = switch (p.type()) {
                case CREDIT_CARD -> creditworthy && s.card == null && Cards.best(c) != null;
                case PERSONAL_LOAN -> creditworthy;
                case MORTGAGE -> creditworthy && age >= 25 && c.incomeCents() >= 500_000;
                case WEALTH -> p.riskLevel() <= c.riskTolerance();
                case SAVINGS -> s.savings == null;
                default -> true;
            };
            if (ok) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean notDelinquent(CustomerState s, Day day) {
        if (s.card != null && s.card.arrears > 0) {
            return false;
        }
        return s.loans.stream().noneMatch(l -> l.daysPastDue(day.epochDay()) > 0);
    }

    private static String channel(Customer c, Rng rng) {
        List<String> channels = new ArrayList<>(3);
        if (c.consent().marketingSms()) {
            channels.add("SMS");
        }
        if (c.consent().marketingPush()) {
            channels.add("PUSH");
        }
        if (c.consent().marketingEmail()) {
            channels.add("EMAIL");
        }
        return channels.get(rng.nextInt(channels.size()));
    }

    private static OfferRow offerRow(CustomerState s, Day day, int second, Product product, String channel,
            ResponseModel.Response response, DayOut out) {
        Customer c = s.customer;
        int tenure = (int) Math.max(0, ChronoUnit.MONTHS.between(c.joinDate(), day.date()));
        boolean converted = response == ResponseModel.Response.CONVERSION;
        boolean clicked = converted || response == ResponseModel.Response.CLICK_ONLY;
        return new OfferRow(day.at(second), c.index(), out.nextOtherSeq(), Ids.offerId(day.date(), c.index()),
                product.id(), channel, c.ageAt(day.date()), c.gender().name(), c.city().tier(), c.incomeCents(),
                c.occupation().label(), c.education().name(), c.kycLevel(), tenure, s.productsHeld(),
                s.productViews[product.ordinal()], s.sessions, clicked, converted);
    }

    /** Takes up the product: opens the account, moves the first money, or applies for the loan. */
    private void open(CustomerState s, Day day, Product product, int second, String channel, Rng rng, DayOut out) {
        Customer c = s.customer;
        switch (product.type()) {
            case PERSONAL_LOAN -> lending.apply(s, day, second, false, channel, rng, out);
            case MORTGAGE -> lending.mortgage(s, day, rng, out);
            case CREDIT_CARD -> {
                s.card = new CardAccount(Ids.creditCard(c.index(), 0), product, day.date(), Cards.limit(c, rng),
                        5 * rng.between(1, 5), 0);
                s.hold(product);
                account(s, day, second, s.card.cardNumber(), product, s.card.limitCents(), 0, out);
            }
            case INSURANCE -> {
                Holding policy = Insurance.policy(c, product, s.nextHoldingSlot++, day.date(), rng);
                s.holdings.add(policy);
                s.hold(product);
                account(s, day, second, policy.accountId(), product, 0, 0, out);
            }
            default -> invest(s, day, product, second, rng, out);
        }
        out.applied.add(new DayOut.Applied(product, second, channel));
    }

    /** Deposits and wealth products are funded from the current account (topped up if need be). */
    private static void invest(CustomerState s, Day day, Product product, int second, Rng rng, DayOut out) {
        Customer c = s.customer;
        long amount = Math.max(100_000, Math.round(rng.logNormal(20_000, 0.8) / 1_000) * 100_000);
        String accountId;
        if (product.type() == ProductType.SAVINGS) {
            s.savings = new Holding(Ids.debitAccount(c.index(), 1), product, day.date(), 0, 0, 0);
            accountId = s.savings.accountId();
            s.holdings.add(s.savings);
            Intents.credit(s, out, second + 1, Kind.TRANSFER_IN, Channel.MOBILE, amount, s.currentAccount,
                    Target.SAVINGS);
        } else {
            String prefix = product.type() == ProductType.WEALTH ? "WM" : "TD";
            Holding h = new Holding(Ids.holdingId(prefix, c.index(), s.nextHoldingSlot++), product, day.date(),
                    amount, 0, 0);
            s.holdings.add(h);
            accountId = h.accountId();
        }
        s.hold(product);
        Intents.debit(s, out, second, Kind.TRANSFER_OUT, Channel.MOBILE, amount, null, accountId, Flex.MANDATORY);
        account(s, day, second, accountId, product, 0, amount, out);
    }

    private static void account(CustomerState s, Day day, int second, String id, Product product, long limit,
            long balance, DayOut out) {
        out.accounts.add(new AccountRow(day.at(second), s.customer.index(), out.nextOtherSeq(), id, product,
                day.date(), limit, balance, "ACTIVE"));
    }
}
