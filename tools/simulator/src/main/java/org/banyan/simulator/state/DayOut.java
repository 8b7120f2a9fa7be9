package org.banyan.simulator.state;

import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.rows.ApplicationRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.OfferRow;
import org.banyan.simulator.rows.TransactionRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows one worker produced for its share of customers on one day, plus per-customer sequence counters
 * and scratch space reused from customer to customer. Not shared between threads.
 */
public final class DayOut {

    public final List<TransactionRow> transactions = new ArrayList<>();
    public final List<AppEventRow> appEvents = new ArrayList<>();
    public final List<LoanEventRow> loanEvents = new ArrayList<>();
    public final List<CustomerRow> customers = new ArrayList<>();
    public final List<AccountRow> accounts = new ArrayList<>();
    public final List<ApplicationRow> applications = new ArrayList<>();
    public final List<OfferRow> offers = new ArrayList<>();
    /** Today's money movements of the customer being simulated, posted at the end of their day. */
    public final List<TxnIntent> intents = new ArrayList<>();
    /** Products the current customer applied for or took up today, for the app sessions that go with them. */
    public final List<Applied> applied = new ArrayList<>();

    /** An application or take-up made at a second of the day through a channel (MOBILE, WEB, BRANCH, ...). */
    public record Applied(org.banyan.simulator.product.Product product, int second, String channel) {
    }

    private int appSeq;
    private int loanSeq;
    private int otherSeq;

    /** Resets the counters and scratch space for the next customer. */
    public void startCustomer() {
        intents.clear();
        applied.clear();
        appSeq = 0;
        loanSeq = 0;
        otherSeq = 0;
    }

    public int nextAppSeq() {
        return appSeq++;
    }

    public int nextLoanSeq() {
        return loanSeq++;
    }

    public int nextOtherSeq() {
        return otherSeq++;
    }

    public void intent(TxnIntent intent) {
        intents.add(intent);
    }

    public int nextIntentOrder() {
        return intents.size();
    }
}
