package org.banyan.simulator.output;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.loan.ApplicantSnapshot;
import org.banyan.simulator.loan.Loan;
import org.banyan.simulator.loan.LoanApplication;
import org.banyan.simulator.loan.LoanOutcome;
import org.banyan.simulator.rows.OfferRow;
import org.banyan.simulator.rows.TransactionRow;
import org.banyan.simulator.product.Product;

import java.time.LocalDate;

/** Columns of the labelled training sets. Features first, labels last. */
public final class Labels {

    public static final String[] LOAN_APPLICATIONS = {"application_id", "customer_id", "application_date", "loan_id",
            "book", "amount", "term_months", "purpose", "annual_rate", "installment", "employment_length",
            "employment_years", "housing", "existing_credits", "monthly_income", "monthly_debt_payments",
            "debt_to_income", "dependents", "age", "channel", "gender", "marital_status", "education", "occupation",
            "city_tier", "kyc_level", "tenure_months", "card_utilisation", "savings_balance",
            "bureau_delinquencies_24m", "bureau_inquiries_6m", "external_loans", "phone", "device_id", "address",
            "default_12m", "first_missed_date", "default_date", "charged_off_date", "max_dpd_12m", "outcome_date"};
    public static final String[] OFFERS = {"offer_id", "customer_id", "offered_at", "product_id", "product_type",
            "channel", "age", "gender", "city_tier", "monthly_income", "occupation", "education", "kyc_level",
            "tenure_months", "products_held", "product_views", "app_sessions", "clicked", "converted"};
    public static final String[] TRANSACTIONS = {"transaction_id", "occurred_at", "customer_id", "account_id",
            "amount", "direction", "kind", "channel", "merchant_category", "merchant_id", "country", "city",
            "balance_after", "is_fraud", "pattern", "anomaly_id", "sample_weight"};

    private Labels() {
    }

    public static void loanApplication(Loan loan, CsvBuffer b) {
        LoanApplication a = loan.application();
        ApplicantSnapshot s = a.applicant();
        b.text(a.applicationId()).text(Ids.customerId(a.customer())).date(a.date()).text(a.loanId())
                .text(a.backBook() ? "BACK_BOOK" : "NEW").money(a.amountCents()).num(a.termMonths())
                .text(a.purpose().name()).decimal(a.annualRate(), 4).money(a.installmentCents())
                .text(a.employmentLength().name()).decimal(a.employmentYears(), 1).text(a.housing().name())
                .num(a.existingCredits()).money(a.monthlyIncomeCents()).money(a.monthlyDebtCents())
                .decimal(a.debtToIncome(), 4).num(a.dependents()).num(a.age()).text(a.channel()).text(s.gender())
                .text(s.maritalStatus()).text(s.education()).text(s.occupation()).num(s.cityTier()).num(s.kycLevel())
                .num(s.tenureMonths()).decimal(s.cardUtilisation(), 4).money(s.savingsBalanceCents())
                .num(s.bureauDelinquencies24m()).num(s.bureauInquiries6m()).num(s.externalLoans()).text(a.phone())
                .text(a.deviceId()).text(a.address());
        LoanOutcome o = loan.outcome();
        b.flag(o.default12m()).date(day(o.firstMissEpochDay())).date(day(o.defaultEpochDay()))
                .date(day(o.chargeOffEpochDay())).num(o.maxDpd12m()).date(a.date().plusDays(365)).end();
    }

    public static void offer(OfferRow r, CsvBuffer b) {
        String type = Product.byId(r.productId()).map(p -> p.type().name()).orElse("");
        b.text(r.offerId()).customerId(r.customer()).instant(r.at()).text(r.productId()).text(type)
                .text(r.channel()).num(r.age()).text(r.gender()).num(r.cityTier()).money(r.incomeCents())
                .text(r.occupation()).text(r.education()).num(r.kycLevel()).num(r.tenureMonths())
                .num(r.productsHeld()).num(r.productViews()).num(r.sessions()).flag(r.clicked()).flag(r.converted())
                .end();
    }

    public static void transaction(TransactionRow r, double weight, CsvBuffer b) {
        b.ascii(r.transactionId()).instant(r.at()).customerId(r.customer()).ascii(r.accountId())
                .money(r.amountCents()).ascii(r.direction().name()).ascii(r.kind().name()).ascii(r.channel().name())
                .ascii(r.mcc()).ascii(r.merchantId()).ascii(r.country()).ascii(r.city()).money(r.balanceAfterCents())
                .flag("CARD_FRAUD_BURST".equals(r.pattern())).ascii(r.pattern()).ascii(r.anomalyId())
                .decimal(weight, 2).end();
    }

    private static LocalDate day(long epochDay) {
        return epochDay == LoanOutcome.NONE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
