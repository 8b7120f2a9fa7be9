package org.banyan.profile.tagging;

import org.banyan.common.event.payload.TransactionPosted;
import org.banyan.profile.catalog.BuiltInTags;
import org.banyan.profile.catalog.SpendCategory;
import org.banyan.profile.tagging.CustomerState.Amount;
import org.banyan.profile.tagging.CustomerState.Loan;
import org.banyan.profile.tagging.CustomerState.Stamped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes every built-in tag of one customer from its state, as of a business date. A pure
 * function: the same state and date always give the same tags, on the real-time path and in the
 * batch job alike. Every built-in code is present in the result, null when the tag has no value.
 */
final class TagComputer {

    private final java.time.ZoneId zone;

    TagComputer(java.time.ZoneId zone) {
        this.zone = zone;
    }

    static final int RATIO_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] SLOT_NAMES = {"MORNING", "AFTERNOON", "EVENING", "NIGHT"};

    Map<String, Object> compute(CustomerState s, int asOf) {
        Map<String, Object> t = new LinkedHashMap<>();
        LocalDate date = LocalDate.ofEpochDay(asOf);
        WindowSums w7 = WindowSums.over(s, asOf - 6, asOf);
        WindowSums w30 = WindowSums.over(s, asOf - 29, asOf);
        WindowSums w90 = WindowSums.over(s, asOf - 89, asOf);
        WindowSums w365 = WindowSums.over(s, asOf - 364, asOf);
        Map<Integer, WindowSums> windows = Map.of(30, w30, 90, w90, 365, w365);
        basic(s, date, t);
        spend(windows, t);
        habits(s, asOf, w90, w30, w365, windows, t);
        digital(s, asOf, w7, w30, w90, t);
        value(s, asOf, w30, w90, w365, windows, t);
        credit(s, w30, w90, w365, t);
        risk(s, asOf, w7, w30, w90, w365, t);
        LocalDate lastSpend = date(s.lastSpend);
        DerivedTags.compute(t, lastSpend == null ? null : asOf - (int) lastSpend.toEpochDay());
        return t;
    }

    private void basic(CustomerState s, LocalDate date, Map<String, Object> t) {
        CustomerState.Basic b = s.basic;
        Integer age = b == null ? null : (int) ChronoUnit.YEARS.between(b.birthDate(), date);
        t.put("age", number(age));
        t.put("age_band", age == null ? null : ageBand(age));
        t.put("generation", b == null ? null : generation(b.birthDate().getYear()));
        t.put("gender", b == null ? null : b.gender());
        t.put("birth_date", b == null ? null : b.birthDate());
        t.put("birth_month", b == null ? null : number(b.birthDate().getMonthValue()));
        t.put("birthday_within_30d", b == null ? null : birthdayWithin(b.birthDate(), date, 30));
        t.put("city", b == null ? null : b.city());
        t.put("city_tier", b == null ? null : number(b.cityTier()));
        t.put("tier1_city", b == null ? null : b.cityTier() == 1);
        t.put("occupation", b == null ? null : b.occupation());
        t.put("is_student", b == null ? null : "STUDENT".equalsIgnoreCase(b.occupation()));
        t.put("is_retired", b == null ? null : "RETIRED".equalsIgnoreCase(b.occupation()));
        t.put("education", b == null ? null : b.education());
        t.put("higher_education", b == null ? null
                : Set.of("BACHELOR", "MASTER", "DOCTORATE", "PHD").contains(b.education().toUpperCase(Locale.ROOT)));
        t.put("marital_status", b == null ? null : b.maritalStatus());
        t.put("is_married", b == null ? null : "MARRIED".equals(b.maritalStatus()));
        t.put("income_monthly", b == null ? null : b.incomeMonthly());
        t.put("income_band", b == null ? null : incomeBand(b.incomeMonthly()));
        t.put("kyc_level", b == null ? null : number(b.kycLevel()));
        t.put("kyc_full", b == null ? null : b.kycLevel() == 3);
        t.put("risk_tolerance", b == null ? null : b.riskTolerance());
        t.put("join_date", b == null ? null : b.joinDate());
        Integer tenure = b == null ? null : (int) Math.max(0, ChronoUnit.MONTHS.between(b.joinDate(), date));
        t.put("tenure_months", number(tenure));
        t.put("tenure_band", tenure == null ? null : tenureBand(tenure));
        t.put("is_new_customer", b == null ? null : ChronoUnit.DAYS.between(b.joinDate(), date) < 90);
        t.put("life_stage", b == null ? null : lifeStage(b, age));
        t.put("near_retirement", b == null ? null : age >= 55 && age <= 62 && !"RETIRED".equalsIgnoreCase(b.occupation()));
        String consent = s.consent == null ? null : s.consent.value();
        t.put("consent_marketing_email", consent == null ? null : consent.charAt(0) == '1');
        t.put("consent_marketing_sms", consent == null ? null : consent.charAt(1) == '1');
        t.put("consent_marketing_push", consent == null ? null : consent.charAt(2) == '1');
        t.put("consent_data_sharing", consent == null ? null : consent.charAt(3) == '1');
        Object doNotContact = s.external.get("do_not_contact");
        t.put("marketing_contactable", consent == null ? null
                : consent.substring(0, 3).contains("1") && !Boolean.TRUE.equals(doNotContact));
        for (String external : List.of("preferred_language", "do_not_contact", "service_segment", "relationship_manager")) {
            t.put(external, s.external.get(external));
        }
    }

    private void spend(Map<Integer, WindowSums> windows, Map<String, Object> t) {
        for (SpendCategory c : SpendCategory.values()) {
            for (int days : BuiltInTags.SPEND_WINDOWS) {
                WindowSums w = windows.get(days);
                Amount a = w.spendIn(c.name());
                t.put("spend_" + c.key() + "_amount_" + days + "d", a.amount().setScale(2));
                t.put("spend_" + c.key() + "_count_" + days + "d", number(a.count()));
                t.put("spend_" + c.key() + "_share_" + days + "d", ratio(a.amount(), w.spendTotal));
            }
        }
    }

    private void habits(CustomerState s, int asOf, WindowSums w90, WindowSums w30, WindowSums w365,
            Map<Integer, WindowSums> windows, Map<String, Object> t) {
        for (int days : BuiltInTags.SPEND_WINDOWS) {
            WindowSums w = windows.get(days);
            t.put("spend_total_amount_" + days + "d", w.spendTotal.setScale(2));
            t.put("spend_total_count_" + days + "d", number(w.spendCount));
            t.put("spend_avg_ticket_" + days + "d", w.spendCount == 0 ? null
                    : w.spendTotal.divide(BigDecimal.valueOf(w.spendCount), 2, RoundingMode.HALF_EVEN));
            t.put("top_category_" + days + "d", topCategory(w));
        }
        t.put("spend_max_ticket_90d", w90.spendMax);
        t.put("distinct_categories_90d", number((int) java.util.Arrays.stream(SpendCategory.values())
                .filter(c -> w90.spendIn(c.name()).count() > 0).count()));
        String preferred = null;
        int best = 0;
        for (TransactionPosted.Channel ch : TransactionPosted.Channel.values()) {
            int n = w90.channels.getOrDefault(ch.name(), 0);
            t.put("txn_count_" + ch.name().toLowerCase(Locale.ROOT) + "_90d", number(n));
            if (n > best) {
                best = n;
                preferred = ch.name();
            }
        }
        t.put("preferred_channel_90d", preferred);
        t.put("online_spend_share_90d", ratio(w90.spendOnline, w90.spendTotal));
        t.put("card_present_share_90d", ratio(w90.spendPos, w90.spendTotal));
        t.put("weekend_spend_share_90d", ratio(w90.spendWeekend, w90.spendTotal));
        t.put("night_txn_share_90d", ratio(BigDecimal.valueOf(w90.slots[3]), BigDecimal.valueOf(w90.txns)));
        String slot = null;
        int most = 0;
        for (int i = 0; i < 4; i++) {
            t.put("txn_count_" + SLOT_NAMES[i].toLowerCase(Locale.ROOT) + "_90d", number(w90.slots[i]));
            if (w90.slots[i] > most) {
                most = w90.slots[i];
                slot = SLOT_NAMES[i];
            }
        }
        t.put("preferred_time_of_day_90d", slot);
        t.put("active_days_30d", number(w30.activeDays));
        t.put("active_days_90d", number(w90.activeDays));
        LocalDate lastTxn = date(s.lastTxn);
        t.put("last_txn_date", lastTxn);
        t.put("days_since_last_txn", lastTxn == null ? null : number(asOf - (int) lastTxn.toEpochDay()));
        t.put("txn_frequency_band", w30.activeDays >= 20 ? "DAILY" : w30.activeDays >= 4 ? "WEEKLY"
                : w30.activeDays >= 1 ? "MONTHLY" : "DORMANT");
        t.put("abroad_txn_count_90d", number(w90.abroad));
        t.put("abroad_spend_amount_90d", w90.abroadSpend.setScale(2));
        t.put("abroad_countries_90d", number(w90.countries.size()));
        t.put("cash_withdrawal_amount_30d", w30.kind("CASH_WITHDRAWAL_DEBIT").amount().setScale(2));
        t.put("cash_withdrawal_amount_90d", w90.kind("CASH_WITHDRAWAL_DEBIT").amount().setScale(2));
        t.put("cash_withdrawal_count_90d", number(w90.kind("CASH_WITHDRAWAL_DEBIT").count()));
        t.put("bill_payment_amount_90d", w90.kind("BILL_PAYMENT_DEBIT").amount().setScale(2));
        t.put("bill_payment_count_90d", number(w90.kind("BILL_PAYMENT_DEBIT").count()));
        t.put("transfer_out_amount_90d", w90.kind("TRANSFER_OUT_DEBIT").amount().setScale(2));
        t.put("transfer_out_count_90d", number(w90.kind("TRANSFER_OUT_DEBIT").count()));
        BigDecimal travelShare = ratio(w365.spendIn("TRAVEL").amount(), w365.spendTotal);
        t.put("travel_enthusiast", (travelShare != null && travelShare.compareTo(new BigDecimal("0.15")) >= 0)
                || w90.countries.size() >= 2);
    }

    private void digital(CustomerState s, int asOf, WindowSums w7, WindowSums w30, WindowSums w90,
            Map<String, Object> t) {
        t.put("app_logins_7d", number(w7.logins));
        t.put("app_logins_30d", number(w30.logins));
        t.put("app_logins_90d", number(w90.logins));
        t.put("app_events_30d", number(w30.appEvents));
        t.put("app_page_views_30d", number(w30.pageViews));
        t.put("app_product_views_30d", number(w30.productViews));
        t.put("app_product_views_90d", number(w90.productViews));
        t.put("app_apply_starts_30d", number(w30.applyStarts));
        t.put("app_apply_starts_90d", number(w90.applyStarts));
        t.put("app_active_days_30d", number(w30.appActiveDays));
        LocalDate lastLogin = date(s.lastLogin);
        t.put("last_login_date", lastLogin);
        t.put("days_since_last_login", lastLogin == null ? null : number(asOf - (int) lastLogin.toEpochDay()));
        int mobile = w90.appChannels.getOrDefault("MOBILE", 0);
        int web = w90.appChannels.getOrDefault("WEB", 0);
        t.put("preferred_app_channel_90d", mobile + web == 0 ? null : mobile >= web ? "MOBILE" : "WEB");
        t.put("digital_active_30d", w30.logins > 0);
        t.put("app_dormant", lastLogin != null && w90.logins == 0);
        t.put("last_viewed_product", s.lastProductView == null ? null : s.lastProductView.value());
        t.put("most_viewed_product_90d", w90.viewedProducts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null));
        t.put("distinct_devices_90d", number(w90.devices.size()));
        t.put("apply_intent_30d", w30.applyStarts > 0);
    }

    private void value(CustomerState s, int asOf, WindowSums w30, WindowSums w90, WindowSums w365,
            Map<Integer, WindowSums> windows, Map<String, Object> t) {
        Amount salary90 = w90.kind("SALARY_CREDIT");
        t.put("salary_detected", salary90.count() > 0);
        t.put("salary_last_amount", s.lastSalary == null ? null : s.lastSalary.amount());
        LocalDate lastSalary = date(s.lastSalary);
        t.put("salary_last_date", lastSalary);
        t.put("days_since_last_salary", lastSalary == null ? null : number(asOf - (int) lastSalary.toEpochDay()));
        t.put("salary_monthly_avg_90d", salary90.amount().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN));
        t.put("salary_count_90d", number(salary90.count()));
        BigDecimal salaryPrior = WindowSums.over(s, asOf - 89, asOf - 30).kind("SALARY_CREDIT").amount();
        BigDecimal salaryLast = w30.kind("SALARY_CREDIT").amount();
        t.put("salary_trend_90d", salaryPrior.signum() == 0 ? null
                : ratio(salaryLast.subtract(salaryPrior.divide(BigDecimal.TWO, 6, RoundingMode.HALF_EVEN)),
                        salaryPrior.divide(BigDecimal.TWO, 6, RoundingMode.HALF_EVEN)));
        for (int days : BuiltInTags.SPEND_WINDOWS) {
            WindowSums w = windows.get(days);
            t.put("inflow_total_" + days + "d", w.inflow.setScale(2));
            t.put("outflow_total_" + days + "d", w.outflow.setScale(2));
            t.put("net_flow_" + days + "d", w.inflow.subtract(w.outflow).setScale(2));
        }
        t.put("savings_rate_90d", ratio(w90.inflow.subtract(w90.outflow), w90.inflow));
        WindowSums prior60 = WindowSums.over(s, asOf - 89, asOf - 30);
        BigDecimal net30 = w30.inflow.subtract(w30.outflow);
        BigDecimal priorNet = prior60.inflow.subtract(prior60.outflow).divide(BigDecimal.TWO, 2, RoundingMode.HALF_EVEN);
        BigDecimal monthlyIn = w90.inflow.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_EVEN);
        BigDecimal margin = monthlyIn.multiply(new BigDecimal("0.10"));
        t.put("cash_flow_trend_90d", w90.inflow.signum() == 0 && w90.outflow.signum() == 0 ? null
                : net30.subtract(priorNet).compareTo(margin) > 0 ? "GROWING"
                : net30.subtract(priorNet).compareTo(margin.negate()) < 0 ? "DECLINING" : "STABLE");
        balances(s, asOf, t);
        t.put("interest_received_365d", w365.kind("INTEREST_CREDIT").amount().setScale(2));
        t.put("fees_paid_90d", w90.kind("FEE_DEBIT").amount().setScale(2));
        products(s, asOf, w365, t);
    }

    private void balances(CustomerState s, int asOf, Map<String, Object> t) {
        t.put("balance_latest", s.balances.isEmpty() ? null
                : s.balances.values().stream().map(Stamped::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal[] endOfDay = EndOfDayBalances.of(s, asOf - 89, asOf);
        t.put("balance_avg_30d", average(endOfDay, 60));
        t.put("balance_avg_90d", average(endOfDay, 0));
        t.put("balance_min_30d", extreme(endOfDay, 60, -1));
        t.put("balance_max_90d", extreme(endOfDay, 0, 1));
        BigDecimal before = EndOfDayBalances.of(s, asOf - 30, asOf - 30)[0];
        BigDecimal now = endOfDay[89];
        t.put("balance_trend_30d", before == null || now == null || before.signum() <= 0 ? null
                : ratio(now.subtract(before), before));
        int low = 0;
        for (int i = 60; i < 90; i++) {
            low += endOfDay[i] != null && endOfDay[i].compareTo(HUNDRED) < 0 ? 1 : 0;
        }
        t.put("low_balance_days_30d", number(low));
    }

    private void products(CustomerState s, int asOf, WindowSums w365, Map<String, Object> t) {
        List<Loan> open = s.loans.values().stream().filter(Loan::open).toList();
        for (String type : List.of("PERSONAL_LOAN", "MORTGAGE", "CREDIT_CARD", "AUTO_LOAN")) {
            t.put("holds_" + type.toLowerCase(Locale.ROOT), open.stream().anyMatch(l -> l.productType().equals(type)));
        }
        t.put("active_loans_count", number(open.size()));
        long productTypes = open.stream().map(Loan::productType).distinct().count();
        t.put("products_held_count", number((int) productTypes + (s.lastTxn != null ? 1 : 0)));
        t.put("loan_outstanding_total", open.isEmpty() ? null : sum(open, null));
        t.put("mortgage_outstanding", sum(open, "MORTGAGE"));
        t.put("card_outstanding", sum(open, "CREDIT_CARD"));
        t.put("total_disbursed_365d", w365.disbursed.setScale(2));
        LocalDate firstLoan = s.firstLoanDay == null ? null : LocalDate.ofEpochDay(s.firstLoanDay);
        t.put("first_loan_date", firstLoan);
        t.put("lending_tenure_months", firstLoan == null ? null
                : number((int) Math.max(0, ChronoUnit.MONTHS.between(firstLoan, LocalDate.ofEpochDay(asOf)))));
        BigDecimal cardLimit = open.stream().filter(l -> l.productType().equals("CREDIT_CARD") && l.limit() != null)
                .map(Loan::limit).reduce(BigDecimal.ZERO, BigDecimal::add);
        t.put("card_utilisation", cardLimit.signum() == 0 ? null : ratio(sum(open, "CREDIT_CARD"), cardLimit));
        t.put("loan_max_dpd_current", open.isEmpty() ? null
                : number(open.stream().mapToInt(Loan::daysPastDue).max().orElse(0)));
        t.put("charged_off_ever", s.chargedOff);
    }

    private void credit(CustomerState s, WindowSums w30, WindowSums w90, WindowSums w365, Map<String, Object> t) {
        t.put("loan_max_dpd_90d", number(w90.maxDpd));
        t.put("loan_max_dpd_365d", number(w365.maxDpd));
        t.put("missed_payments_90d", number(w90.missed));
        t.put("missed_payments_365d", number(w365.missed));
        t.put("repayments_received_90d", number(w90.repaid));
        t.put("on_time_repayment_ratio_365d", w365.repaid + w365.missed == 0 ? null
                : ratio(BigDecimal.valueOf(w365.repaid), BigDecimal.valueOf(w365.repaid + w365.missed)));
        t.put("loans_closed_365d", number(w365.closed));
        t.put("credit_applications_30d", number(w30.applications));
        t.put("credit_applications_90d", number(w90.applications));
        t.put("credit_approvals_365d", number(w365.approvals));
        t.put("credit_declines_90d", number(w90.declines));
        t.put("credit_refers_90d", number(w90.refers));
        Stamped d = s.lastDecision;
        t.put("last_credit_decision", d == null ? null : d.value());
        t.put("last_credit_decision_date", date(d));
        t.put("last_credit_grade", d == null ? null : d.extra());
        t.put("last_credit_score", d == null ? null : number(d.score()));
        t.put("last_credit_pd", d == null ? null : d.amount().setScale(RATIO_SCALE, RoundingMode.HALF_EVEN));
        t.put("application_burst_flag", w30.applications >= 3);
    }

    private void risk(CustomerState s, int asOf, WindowSums w7, WindowSums w30, WindowSums w90, WindowSums w365,
            Map<String, Object> t) {
        t.put("gambling_spend_amount_30d", w30.spendIn(StateUpdates.GAMBLING).amount().setScale(2));
        t.put("gambling_spend_amount_90d", w90.spendIn(StateUpdates.GAMBLING).amount().setScale(2));
        t.put("gambling_txn_count_90d", number(w90.spendIn(StateUpdates.GAMBLING).count()));
        t.put("gambling_share_90d", ratio(w90.spendIn(StateUpdates.GAMBLING).amount(), w90.spendTotal));
        t.put("gambling_flag", w90.spendIn(StateUpdates.GAMBLING).count() > 0);
        t.put("abroad_txn_count_7d", number(w7.abroad));
        t.put("abroad_burst_flag", w7.maxAbroadPerDay >= 3 || w7.countries.size() >= 2);
        boolean paidBefore = WindowSums.over(s, asOf - 119, asOf - 45).kind("SALARY_CREDIT").count() > 0;
        boolean paidRecently = WindowSums.over(s, asOf - 44, asOf).kind("SALARY_CREDIT").count() > 0;
        t.put("salary_stop_flag", paidBefore && !paidRecently);
        t.put("cash_advance_count_90d", number(w90.kind("CASH_ADVANCE_DEBIT").count()));
        t.put("cash_advance_amount_90d", w90.kind("CASH_ADVANCE_DEBIT").amount().setScale(2));
        BigDecimal cash = w90.kind("CASH_WITHDRAWAL_DEBIT").amount().add(w90.kind("CASH_ADVANCE_DEBIT").amount());
        t.put("high_cash_usage_flag", w90.outflow.signum() > 0
                && cash.multiply(BigDecimal.TWO).compareTo(w90.outflow) > 0);
        t.put("risk_signals_30d", number(w30.signals));
        t.put("risk_signals_90d", number(w90.signals));
        t.put("high_severity_signals_90d", number(w90.severeSignals));
        t.put("max_signal_severity_90d", w90.maxSeverity < 0 ? null
                : org.banyan.common.event.payload.Severity.values()[w90.maxSeverity].name());
        t.put("last_risk_signal_type", s.lastSignal == null ? null : s.lastSignal.value());
        t.put("last_risk_signal_date", date(s.lastSignal));
        t.put("early_delinquency_signal_90d", w90.signalTypes.contains("EARLY_DELINQUENCY_RISK"));
        t.put("limit_freeze_active", w90.signalTypes.contains("LIMIT_FREEZE"));
        t.put("collections_entered_365d", w365.signalTypes.contains("COLLECTIONS_ENTERED"));
        t.put("fraud_suspect_flag", w90.signalTypes.stream().anyMatch(type -> type.contains("FRAUD")));
    }



    private static String topCategory(WindowSums w) {
        SpendCategory top = null;
        BigDecimal best = BigDecimal.ZERO;
        for (SpendCategory c : SpendCategory.values()) {
            BigDecimal amount = w.spendIn(c.name()).amount();
            if (amount.compareTo(best) > 0) {
                best = amount;
                top = c;
            }
        }
        return top == null ? null : top.name();
    }

    private static BigDecimal sum(List<Loan> loans, String type) {
        return loans.stream().filter(l -> type == null || l.productType().equals(type)).map(Loan::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static BigDecimal average(BigDecimal[] balances, int from) {
        BigDecimal total = BigDecimal.ZERO;
        int known = 0;
        for (int i = from; i < balances.length; i++) {
            if (balances[i] != null) {
                total = total.add(balances[i]);
                known++;
            }
        }
        return known == 0 ? null : total.divide(BigDecimal.valueOf(known), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal extreme(BigDecimal[] balances, int from, int sign) {
        BigDecimal best = null;
        for (int i = from; i < balances.length; i++) {
            if (balances[i] != null && (best == null || balances[i].compareTo(best) * sign > 0)) {
                best = balances[i];
            }
        }
        return best;
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0 ? null : part.divide(whole, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private LocalDate date(Stamped stamp) {
        return stamp == null ? null
                : java.time.Instant.ofEpochMilli(stamp.at()).atZone(zone).toLocalDate();
    }

    private static String ageBand(int age) {
        if (age < 18) {
            return "UNDER_18";
        }
        int[] bounds = {25, 35, 45, 55, 65};
        String[] names = {"18_24", "25_34", "35_44", "45_54", "55_64"};
        for (int i = 0; i < bounds.length; i++) {
            if (age < bounds[i]) {
                return names[i];
            }
        }
        return "65_PLUS";
    }

    private static String generation(int year) {
        return year >= 1997 ? "GEN_Z" : year >= 1981 ? "MILLENNIAL" : year >= 1965 ? "GEN_X" : "BOOMER";
    }

    private static boolean birthdayWithin(LocalDate birth, LocalDate date, int days) {
        MonthDay md = MonthDay.from(birth);
        LocalDate next = md.isValidYear(date.getYear()) ? md.atYear(date.getYear()) : LocalDate.of(date.getYear(), 3, 1);
        if (next.isBefore(date)) {
            next = md.isValidYear(date.getYear() + 1) ? md.atYear(date.getYear() + 1) : LocalDate.of(date.getYear() + 1, 3, 1);
        }
        return ChronoUnit.DAYS.between(date, next) <= days;
    }

    private static String incomeBand(BigDecimal income) {
        return income.compareTo(BigDecimal.valueOf(5000)) < 0 ? "LOW"
                : income.compareTo(BigDecimal.valueOf(15000)) < 0 ? "MEDIUM"
                : income.compareTo(BigDecimal.valueOf(40000)) < 0 ? "HIGH" : "VERY_HIGH";
    }

    private static String tenureBand(int months) {
        return months < 12 ? "UNDER_1Y" : months < 36 ? "1_3Y" : months < 60 ? "3_5Y" : months < 120 ? "5_10Y"
                : "10Y_PLUS";
    }

    private static String lifeStage(CustomerState.Basic b, int age) {
        if ("STUDENT".equalsIgnoreCase(b.occupation())) {
            return "STUDENT";
        }
        if ("RETIRED".equalsIgnoreCase(b.occupation()) || age >= 65) {
            return "RETIRED";
        }
        if (age >= 55) {
            return "PRE_RETIREMENT";
        }
        boolean family = "MARRIED".equals(b.maritalStatus());
        if (age < 35) {
            return family ? "YOUNG_FAMILY" : "YOUNG_SINGLE";
        }
        return family ? "ESTABLISHED_FAMILY" : "ESTABLISHED_SINGLE";
    }
}
