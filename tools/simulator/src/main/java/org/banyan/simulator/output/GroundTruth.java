package org.banyan.simulator.output;

import java.time.LocalDate;
import org.banyan.simulator.customer.Bureau;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.customer.Traits;
import org.banyan.simulator.product.Product;
import org.banyan.simulator.state.CustomerState;

import java.util.ArrayList;
import java.util.List;

/** Columns of the ground-truth files: what the simulator knows and the bank never sees. */
public final class GroundTruth {

    public static final String[] ANOMALIES = {"anomaly_id", "pattern", "customer_id", "start_date", "start_at",
            "length", "ring_id", "transactions", "first_missed_payment_date"};
    public static final String[] ANOMALY_TRANSACTIONS = {"transaction_id", "event_id", "customer_id", "occurred_at",
            "anomaly_id", "pattern"};
    public static final String[] FRAUD_RINGS = {"ring_id", "customer_id", "city", "shared_attributes", "phone",
            "device_id", "address", "application_id", "loan_id", "application_date", "default_12m"};
    public static final String[] BUREAU = {"customer_id", "delinquencies_24m", "inquiries_6m", "external_loans",
            "external_debt_monthly", "oldest_account_months"};

    private GroundTruth() {
    }

    public static String[] customerColumns() {
        List<String> columns = new ArrayList<>(List.of("customer_id", "persona", "risk_propensity",
                "digital_activity", "purchase_rate", "card_share", "utilisation", "revolver", "employment_type",
                "pay_day", "hukou_city", "ring_id", "salary_stop_date"));
        for (Product p : Product.values()) {
            if (p.offerable()) {
                columns.add(p.affinityColumn());
            }
        }
        return columns.toArray(String[]::new);
    }

    public static void customer(CustomerState s, LocalDate start, CsvBuffer b) {
        Customer c = s.customer;
        Traits t = c.traits();
        b.text(c.id()).text(c.persona().label()).decimal(t.riskPropensity(), 6).decimal(t.digitalActivity(), 4)
                .decimal(t.purchaseRate(), 4).decimal(t.cardShare(), 4).decimal(t.utilisation(), 4).bool(t.revolver())
                .text(c.occupation().employment().name());
        if (c.payDay() < 0) {
            b.nil();
        } else {
            b.num(c.payDay());
        }
        b.text(c.hukouCity().name()).text(c.ringId());
        b.date(s.salaryStopDay == Integer.MAX_VALUE ? null : start.plusDays(s.salaryStopDay));
        for (Product p : Product.values()) {
            if (p.offerable()) {
                b.decimal(t.affinities().of(p), 4);
            }
        }
        b.end();
    }

    public static void bureau(Customer c, CsvBuffer b) {
        Bureau x = c.bureau();
        b.text(c.id()).num(x.delinquencies24m()).num(x.inquiries6m()).num(x.externalLoans())
                .money(x.externalDebtMonthlyCents()).num(x.oldestAccountMonths()).end();
    }
}
