package org.banyan.simulator.state;

import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.pattern.Anomaly;
import org.banyan.simulator.product.CardAccount;
import org.banyan.simulator.product.Holding;
import org.banyan.simulator.product.Product;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that changes about one customer during a run. Mutable by design (balances move every day);
 * each instance is only ever touched by the one thread simulating its customer on a given day.
 */
public final class CustomerState {

    public Customer customer;
    public final String currentAccount;
    public long currentBalance;
    public Holding savings;
    public long savingsBalance;
    public CardAccount card;
    public final List<Loan> loans = new ArrayList<>(2);
    public final List<Holding> holdings = new ArrayList<>(4);
    /** Back-book applications waiting for the plan before their paths can be drawn. */
    public List<LoanApplication> unbooked = new ArrayList<>(1);
    public long productBits;
    public final int[] productViews = new int[Product.count()];
    public int sessions;
    public int nextLoanSeq;
    public int nextHoldingSlot = 2;
    public List<Anomaly> anomalies = List.of();
    /** Window day index from which no salary arrives (planted SALARY_STOP); MAX_VALUE if never. */
    public int salaryStopDay = Integer.MAX_VALUE;
    /** Window day index of the customer's fraud-ring application; -1 if not a ring member. */
    public int ringApplicationDay = -1;
    public int ringApplicationSecond;
    /** Window day index the customer joins on (0 for customers of the initial load). */
    public int joinDay;
    /** Day of month rent, utilities and telecom bills are paid. */
    public int rentDay;
    public int utilityDay;
    public boolean smsAlerts;
    /** Whether utility and phone bills are paid by direct debit here (others pay them through payment apps). */
    public boolean utilitiesByDirectDebit;
    public boolean phoneByDirectDebit;
    public String employerId;
    /** Probability of applying for a personal loan on a given day (it depends on nothing that changes). */
    public double dailyApplicationRate;
    private long spendScaleIncome = -1;
    private double spendScale;

    public CustomerState(Customer customer, String currentAccount) {
        this.customer = customer;
        this.currentAccount = currentAccount;
    }

    public boolean holds(Product p) {
        return (productBits & p.bit()) != 0;
    }

    public void hold(Product p) {
        productBits |= p.bit();
    }

    public int productsHeld() {
        return Long.bitCount(productBits);
    }

    /** Ticket sizes grow with income (elasticity 0.3); cached because income rarely changes. */
    public double spendScale() {
        if (spendScaleIncome != customer.incomeCents()) {
            spendScaleIncome = customer.incomeCents();
            spendScale = StrictMath.pow(Math.max(spendScaleIncome, 200_000) / 800_000.0, 0.3);
        }
        return spendScale;
    }

    public boolean salaryStopped(int day) {
        return day >= salaryStopDay;
    }
}
