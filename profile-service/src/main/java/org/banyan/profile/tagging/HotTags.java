package org.banyan.profile.tagging;

import java.util.List;
import java.util.Optional;

/**
 * The tags segments use most, kept beside the JSONB map as typed columns of the narrow table
 * {@code profile_hot} (column name = tag code). A segment over these tags only scans ~100 bytes per
 * customer instead of a ~10 KB tag map. Changing this list needs a migration adding the column.
 */
public final class HotTags {

    public static final List<String> CODES = List.of("age", "age_band", "gender", "city", "city_tier", "income_band",
            "income_monthly", "marital_status", "life_stage", "tenure_months", "consent_marketing_email",
            "consent_marketing_sms", "consent_marketing_push", "marketing_contactable", "value_tier", "rfm_segment",
            "risk_level", "gambling_flag", "salary_detected", "spend_total_amount_90d", "balance_avg_90d",
            "digital_active_30d", "dpd_bucket", "estimated_clv");

    private HotTags() {
    }

    /** The typed column of a hot tag; its name is our own constant, never text from a request. */
    public static Optional<String> column(String code) {
        return CODES.contains(code) ? Optional.of(CODES.get(CODES.indexOf(code))) : Optional.empty();
    }
}
