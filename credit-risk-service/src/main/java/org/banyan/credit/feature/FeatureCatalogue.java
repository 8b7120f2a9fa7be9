package org.banyan.credit.feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every feature the decision engine can supply for a live application, with its kind and the
 * stable reason code and plain-language text used when it drives a decision. A model may only use
 * features listed here (or profile tags, {@code tag.<name>}), so whatever is trained can be served.
 * Reason texts say what raised the risk; several features may share a code when a customer would
 * read them as the same reason.
 */
public final class FeatureCatalogue {

    /** Reason given for a profile tag that drives a decision. */
    public static final Reason TAG_REASON = new Reason("R90", "Information in the customer's profile");
    /** Reason given for a feature that has no entry (should not happen for a served model). */
    public static final Reason OTHER_REASON = new Reason("R99", "Other risk factors");

    private static final Map<String, Entry> ENTRIES = build(List.of(
            category("checking_status", "R01", "Balance or history of the current account",
                    "NEGATIVE", "LOW", "HIGH", "NONE"),
            number("term_months", "R02", "Long repayment term"),
            category("credit_history", "R03", "Repayment history reported by the credit bureau",
                    "NO_CREDITS_OR_ALL_PAID", "ALL_PAID_HERE", "PAID_DULY", "PAST_DELAY", "CRITICAL"),
            category("purpose", "R04", "Purpose of the loan", "CAR_NEW", "CAR_USED", "FURNITURE", "ELECTRONICS",
                    "APPLIANCES", "RENOVATION", "EDUCATION", "VACATION", "RETRAINING", "BUSINESS", "OTHER"),
            number("amount", "R05", "Amount requested"),
            category("savings", "R06", "Low savings", "LT_100", "FROM_100_TO_500", "FROM_500_TO_1000", "GE_1000",
                    "NONE"),
            number("savings_balance", "R06", "Low savings"),
            category("employment_length", "R07", "Short time in current employment",
                    "UNEMPLOYED", "LT_1Y", "Y1_TO_4", "Y4_TO_7", "GE_7Y"),
            number("employment_years", "R07", "Short time in current employment"),
            number("installment_rate", "R08", "Repayments would take a large share of income"),
            category("guarantor", "R09", "No co-applicant or guarantor", "NONE", "CO_APPLICANT", "GUARANTOR"),
            number("residence_years", "R10", "Short time at the current address"),
            category("property", "R11", "No property or other security",
                    "REAL_ESTATE", "SAVINGS_INSURANCE", "CAR_OTHER", "NONE"),
            number("age", "R12", "Limited credit experience for the applicant's age"),
            category("other_installment_plans", "R13", "Other instalment plans running", "BANK", "STORES", "NONE"),
            category("housing", "R14", "Housing situation", "RENT", "OWN", "FREE"),
            number("existing_credits", "R15", "Number of credits already held at this bank"),
            category("job", "R16", "Type of employment", "UNSKILLED_NON_RESIDENT", "UNSKILLED", "SKILLED",
                    "HIGHLY_QUALIFIED"),
            number("dependents", "R17", "Number of dependants"),
            number("has_telephone", "R18", "No registered telephone"),
            number("monthly_income", "R19", "Income is low for the amount requested"),
            number("monthly_debt", "R20", "Existing debt repayments are high"),
            number("debt_to_income", "R21", "Debt repayments would be high relative to income"),
            number("loan_to_income", "R22", "Amount requested is high relative to income"),
            number("bureau_delinquencies_24m", "R23", "Missed payments reported by the credit bureau"),
            number("bureau_inquiries_6m", "R24", "Many recent applications for credit"),
            number("bureau_external_loans", "R25", "Loans held with other lenders"),
            number("bureau_external_debt_monthly", "R20", "Existing debt repayments are high"),
            number("bureau_oldest_account_months", "R26", "Short credit history"),
            number("bureau_hit", "R27", "No credit file at the credit bureau"),
            number("linked_applications", "R28", "Shares contact details with other recent applications"),
            number("linked_customers", "R28", "Shares contact details with other recent applications"),
            number("linked_declined_applications", "R29", "Linked to applications that were declined"),
            number("linked_defaulted_customers", "R30", "Linked to customers who defaulted"),
            number("previous_default", "R31", "Previous default on a loan at this bank"),
            number("max_days_past_due", "R32", "Late payments on loans at this bank"),
            number("missed_payments", "R32", "Late payments on loans at this bank"),
            flag("blacklisted", "R33", "Customer is on the bank's internal block list"),
            flag("bureau_available", "R34", "Credit bureau could not be reached")));

    private FeatureCatalogue() {
    }

    public static Optional<Entry> entry(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }

    public static boolean servable(String name) {
        return ENTRIES.containsKey(name)
                || (name.startsWith(FeatureVector.TAG_PREFIX) && name.length() > FeatureVector.TAG_PREFIX.length());
    }

    /** The reason shown when this feature raised the risk of an application. */
    public static Reason reasonFor(String name) {
        if (name.startsWith(FeatureVector.TAG_PREFIX)) {
            return TAG_REASON;
        }
        return entry(name).map(Entry::reason).orElse(OTHER_REASON);
    }

    public static Map<String, Entry> entries() {
        return ENTRIES;
    }

    public enum Kind { NUMBER, CATEGORY, FLAG }

    public record Reason(String code, String text) {
    }

    public record Entry(String name, Kind kind, List<String> levels, Reason reason) {
    }

    private static Entry number(String name, String code, String text) {
        return new Entry(name, Kind.NUMBER, List.of(), new Reason(code, text));
    }

    private static Entry flag(String name, String code, String text) {
        return new Entry(name, Kind.FLAG, List.of(), new Reason(code, text));
    }

    private static Entry category(String name, String code, String text, String... levels) {
        return new Entry(name, Kind.CATEGORY, List.of(levels), new Reason(code, text));
    }

    private static Map<String, Entry> build(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.name(), e));
        return java.util.Collections.unmodifiableMap(map);
    }
}
