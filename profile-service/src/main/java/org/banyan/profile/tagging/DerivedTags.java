package org.banyan.profile.tagging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The built-in tags derived from other tags (computation EXPRESSION), in dependency order. */
final class DerivedTags {

    private DerivedTags() {
    }

    static void compute(Map<String, Object> t, Integer recencyDays) {
        BigDecimal income = num(t, "income_monthly");
        BigDecimal salary = num(t, "salary_monthly_avg_90d");
        BigDecimal monthly = max(income, salary != null && salary.signum() > 0 ? salary : null);
        BigDecimal annual = monthly == null ? null : monthly.multiply(BigDecimal.valueOf(12)).setScale(2);
        t.put("income_annual_est", annual);
        BigDecimal balance = num(t, "balance_latest");
        t.put("balance_band", balance == null ? null : band(balance, new long[] {10_000, 50_000, 200_000, 1_000_000},
                new String[] {"UNDER_10K", "10K_50K", "50K_200K", "200K_1M", "1M_PLUS"}));
        rfm(t, recencyDays);
        BigDecimal clv = clv(t);
        t.put("estimated_clv", clv);
        t.put("clv_band", clv == null ? null : clv.compareTo(BigDecimal.valueOf(100_000)) >= 0 ? "TOP"
                : clv.compareTo(BigDecimal.valueOf(20_000)) >= 0 ? "HIGH"
                : clv.compareTo(BigDecimal.valueOf(5_000)) >= 0 ? "MEDIUM" : "LOW");
        t.put("value_tier", valueTier(num(t, "balance_avg_90d"), clv));
        t.put("wealth_potential", wealth(t));
        t.put("cross_sell_ready", num(t, "products_held_count").intValue() <= 2
                && t.get("value_tier") != null && !"BRONZE".equals(t.get("value_tier"))
                && is(t, "digital_active_30d") && is(t, "marketing_contactable"));
        BigDecimal utilisation = num(t, "card_utilisation");
        t.put("card_upgrade_candidate", is(t, "holds_credit_card") && utilisation != null
                && utilisation.compareTo(new BigDecimal("0.3")) < 0
                && num(t, "spend_total_amount_90d").compareTo(BigDecimal.valueOf(15_000)) >= 0);
        BigDecimal age = num(t, "age");
        t.put("mortgage_prospect", age != null && age.intValue() >= 25 && age.intValue() <= 45 && is(t, "is_married")
                && !is(t, "holds_mortgage")
                && ("HIGH".equals(t.get("income_band")) || "VERY_HIGH".equals(t.get("income_band"))));
        BigDecimal dpd = num(t, "loan_max_dpd_current");
        t.put("dpd_bucket", dpd == null ? null : dpd.intValue() == 0 ? "CURRENT" : dpd.intValue() <= 30 ? "DPD_1_30"
                : dpd.intValue() <= 60 ? "DPD_31_60" : dpd.intValue() <= 90 ? "DPD_61_90" : "DPD_90_PLUS");
        BigDecimal debt = num(t, "loan_outstanding_total");
        BigDecimal dti = debt == null || annual == null || annual.signum() == 0 ? null
                : debt.divide(annual, TagComputer.RATIO_SCALE, RoundingMode.HALF_EVEN);
        t.put("debt_to_income", dti);
        t.put("debt_burden_band", dti == null ? null : dti.compareTo(new BigDecimal("0.5")) < 0 ? "LOW"
                : dti.compareTo(BigDecimal.TWO) < 0 ? "MODERATE"
                : dti.compareTo(BigDecimal.valueOf(4)) < 0 ? "HIGH" : "SEVERE");
        BigDecimal trend = num(t, "balance_trend_30d");
        t.put("balance_drop_flag", trend != null && trend.compareTo(new BigDecimal("-0.5")) < 0);
        t.put("risk_level", riskLevel(t, dpd));
    }

    private static void rfm(Map<String, Object> t, Integer recencyDays) {
        BigDecimal frequency = num(t, "spend_total_count_90d");
        BigDecimal monetary = num(t, "spend_total_amount_90d");
        t.put("rfm_recency_days", TagComputer.number(recencyDays));
        t.put("rfm_frequency_90d", frequency);
        t.put("rfm_monetary_90d", monetary);
        int r = recencyDays == null ? 1 : recencyDays <= 7 ? 5 : recencyDays <= 30 ? 4 : recencyDays <= 60 ? 3
                : recencyDays <= 90 ? 2 : 1;
        int f = score(frequency, 60, 30, 12, 3);
        int m = score(monetary, 30_000, 10_000, 3_000, 500);
        t.put("rfm_r_score", BigDecimal.valueOf(r));
        t.put("rfm_f_score", BigDecimal.valueOf(f));
        t.put("rfm_m_score", BigDecimal.valueOf(m));
        BigDecimal tenure = num(t, "tenure_months");
        String segment;
        if (r >= 4 && f >= 4 && m >= 4) {
            segment = "CHAMPION";
        } else if (f >= 4) {
            segment = "LOYAL";
        } else if (r >= 4 && f <= 2 && tenure != null && tenure.intValue() < 6) {
            segment = "NEW";
        } else if (r >= 4) {
            segment = "POTENTIAL";
        } else if (r >= 2 && f >= 3) {
            segment = "AT_RISK";
        } else if (r >= 2) {
            segment = "HIBERNATING";
        } else {
            segment = "LOST";
        }
        t.put("rfm_segment", segment);
    }

    private static BigDecimal clv(Map<String, Object> t) {
        BigDecimal age = num(t, "age");
        if (age == null) {
            return null;
        }
        BigDecimal balance = orZero(num(t, "balance_avg_90d"));
        BigDecimal debt = orZero(num(t, "loan_outstanding_total"));
        BigDecimal margin = num(t, "spend_total_amount_365d").multiply(new BigDecimal("0.01"))
                .add(balance.multiply(new BigDecimal("0.02"))).add(debt.multiply(new BigDecimal("0.03")));
        int years = Math.max(5, Math.min(40, 75 - age.intValue()));
        return margin.multiply(BigDecimal.valueOf(years)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String valueTier(BigDecimal balance, BigDecimal clv) {
        BigDecimal b = orZero(balance);
        BigDecimal c = orZero(clv);
        if (balance == null && clv == null) {
            return null;
        }
        if (b.compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || c.compareTo(BigDecimal.valueOf(200_000)) >= 0) {
            return "PLATINUM";
        }
        if (b.compareTo(BigDecimal.valueOf(200_000)) >= 0 || c.compareTo(BigDecimal.valueOf(50_000)) >= 0) {
            return "GOLD";
        }
        if (b.compareTo(BigDecimal.valueOf(50_000)) >= 0 || c.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return "SILVER";
        }
        return "BRONZE";
    }

    private static String wealth(Map<String, Object> t) {
        if (t.get("income_band") == null) {
            return null;
        }
        int points = 0;
        points += "HIGH".equals(t.get("income_band")) || "VERY_HIGH".equals(t.get("income_band")) ? 1 : 0;
        points += is(t, "higher_education") ? 1 : 0;
        points += is(t, "tier1_city") ? 1 : 0;
        BigDecimal age = num(t, "age");
        points += age != null && age.intValue() >= 25 && age.intValue() <= 45 ? 1 : 0;
        BigDecimal savings = num(t, "savings_rate_90d");
        points += savings != null && savings.signum() > 0 ? 1 : 0;
        return points >= 4 ? "HIGH" : points >= 2 ? "MEDIUM" : "LOW";
    }

    private static String riskLevel(Map<String, Object> t, BigDecimal dpd) {
        int d = dpd == null ? 0 : dpd.intValue();
        BigDecimal gamblingShare = num(t, "gambling_share_90d");
        if (is(t, "charged_off_ever") || d > 90 || is(t, "fraud_suspect_flag") || is(t, "collections_entered_365d")) {
            return "CRITICAL";
        }
        if (d > 30 || (gamblingShare != null && gamblingShare.compareTo(new BigDecimal("0.2")) >= 0)
                || is(t, "salary_stop_flag") || num(t, "high_severity_signals_90d").signum() > 0) {
            return "HIGH";
        }
        if (d > 0 || is(t, "gambling_flag") || is(t, "application_burst_flag") || is(t, "abroad_burst_flag")
                || is(t, "high_cash_usage_flag")) {
            return "MEDIUM";
        }
        return "LOW";
    }

    private static int score(BigDecimal value, long five, long four, long three, long two) {
        long v = value == null ? 0 : value.longValue();
        return v >= five ? 5 : v >= four ? 4 : v >= three ? 3 : v >= two ? 2 : 1;
    }

    private static String band(BigDecimal value, long[] bounds, String[] names) {
        for (int i = 0; i < bounds.length; i++) {
            if (value.compareTo(BigDecimal.valueOf(bounds[i])) < 0) {
                return names[i];
            }
        }
        return names[names.length - 1];
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal num(Map<String, Object> t, String code) {
        return (BigDecimal) t.get(code);
    }

    private static boolean is(Map<String, Object> t, String code) {
        return Boolean.TRUE.equals(t.get(code));
    }
}
