package org.banyan.simulator.output;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.customer.Customer;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.rows.AccountRow;
import org.banyan.simulator.rows.AppEventRow;
import org.banyan.simulator.rows.ApplicationRow;
import org.banyan.simulator.rows.CustomerRow;
import org.banyan.simulator.rows.LoanEventRow;
import org.banyan.simulator.rows.TransactionRow;

/**
 * Columns of the daily extract files. Published entities carry the Kafka event id, so a warehouse load
 * can be reconciled with the stream. Amounts are yuan with two decimals, instants UTC ISO-8601.
 */
public final class Extracts {

    public static final String[] CUSTOMERS = {"event_id", "occurred_at", "customer_id", "birth_date", "gender", "city",
            "city_tier", "occupation", "education", "marital_status", "income_monthly", "kyc_level",
            "consent_marketing_email", "consent_marketing_sms", "consent_marketing_push", "consent_data_sharing",
            "join_date", "national_id", "phone", "address", "dependents", "risk_tolerance"};
    public static final String[] ACCOUNTS = {"account_id", "customer_id", "recorded_at", "product_id",
            "product_type", "risk_level", "opened_date", "credit_limit", "balance", "status"};
    public static final String[] TRANSACTIONS = {"event_id", "transaction_id", "occurred_at", "customer_id",
            "account_id", "amount", "currency", "direction", "kind", "channel", "merchant_category", "merchant_id",
            "country", "city", "balance_after"};
    public static final String[] APP_EVENTS = {"event_id", "occurred_at", "customer_id", "session_id", "name",
            "product_id", "page", "device_id", "channel"};
    public static final String[] LOAN_EVENTS = {"event_id", "occurred_at", "customer_id", "loan_id", "event_type",
            "product_type", "amount", "days_past_due", "outstanding", "due_date", "installment_number"};
    public static final String[] LOAN_APPLICATIONS = {"application_id", "submitted_at", "customer_id", "loan_id",
            "product_id", "amount", "term_months", "purpose", "annual_rate", "installment", "employment_length",
            "employment_years", "housing", "existing_credits", "monthly_income", "monthly_debt_payments",
            "dependents", "age", "phone", "device_id", "address", "channel"};

    private Extracts() {
    }

    public static void customer(CustomerRow r, long seed, long epochDay, CsvBuffer b) {
        Customer c = r.snapshot();
        b.uuid(EventIds.of(seed, r, epochDay)).instant(r.at()).text(c.id()).date(c.birthDate()).text(c.gender().name())
                .text(c.city().name()).num(c.city().tier()).text(c.occupation().label()).text(c.education().name())
                .text(c.maritalStatus().name()).money(c.incomeCents()).num(c.kycLevel())
                .bool(c.consent().marketingEmail()).bool(c.consent().marketingSms())
                .bool(c.consent().marketingPush()).bool(c.consent().dataSharing()).date(c.joinDate())
                .text(c.nationalId()).text(c.phone()).text(c.address()).num(c.dependents())
                .text("R" + c.riskTolerance()).end();
    }

    public static void account(AccountRow r, CsvBuffer b) {
        b.ascii(r.accountId()).customerId(r.customer()).instant(r.at()).ascii(r.product().id())
                .ascii(r.product().type().name()).ascii(r.product().riskLabel()).date(r.opened());
        if (r.limitCents() > 0) {
            b.money(r.limitCents());
        } else {
            b.nil();
        }
        b.money(r.balanceCents()).ascii(r.status()).end();
    }

    public static void transaction(TransactionRow r, long seed, long epochDay, CsvBuffer b) {
        b.uuid(EventIds.of(seed, r, epochDay)).ascii(r.transactionId()).instant(r.at()).customerId(r.customer())
                .ascii(r.accountId()).money(r.amountCents()).ascii("CNY").ascii(r.direction().name())
                .ascii(r.kind().name()).ascii(r.channel().name()).ascii(r.mcc()).ascii(r.merchantId()).ascii(r.country())
                .ascii(r.city()).money(r.balanceAfterCents()).end();
    }

    public static void appEvent(AppEventRow r, long seed, long epochDay, CsvBuffer b) {
        b.uuid(EventIds.of(seed, r, epochDay)).instant(r.at()).customerId(r.customer()).ascii(r.sessionId())
                .ascii(r.name()).ascii(r.productId()).ascii(r.page()).ascii(r.deviceId()).ascii(r.channel().name()).end();
    }

    public static void loanEvent(LoanEventRow r, long seed, long epochDay, CsvBuffer b) {
        b.uuid(EventIds.of(seed, r, epochDay)).instant(r.at()).customerId(r.customer()).ascii(r.loanId())
                .ascii(r.eventType().name()).ascii(r.productType().name()).money(r.amountCents()).num(r.daysPastDue())
                .money(r.outstandingCents()).date(r.dueDate());
        if (r.instalment() == null) {
            b.nil();
        } else {
            b.num(r.instalment());
        }
        b.end();
    }

    public static void application(ApplicationRow r, CsvBuffer b) {
        LoanApplication a = r.loan().application();
        b.text(a.applicationId()).instant(a.submittedAt()).text(Ids.customerId(a.customer())).text(a.loanId())
                .text(a.product().id()).money(a.amountCents()).num(a.termMonths()).text(a.purpose().name())
                .decimal(a.annualRate(), 4).money(a.installmentCents()).text(a.employmentLength().name())
                .decimal(a.employmentYears(), 1).text(a.housing().name()).num(a.existingCredits())
                .money(a.monthlyIncomeCents()).money(a.monthlyDebtCents()).num(a.dependents()).num(a.age())
                .text(a.phone()).text(a.deviceId()).text(a.address()).text(a.channel()).end();
    }
}
