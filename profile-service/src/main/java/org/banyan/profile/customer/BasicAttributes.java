package org.banyan.profile.customer;

import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.TagsChanged;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's basic-attribute tags, keyed by tag code. Tag codes double as the column names of
 * the {@code customer} table, so a stored row and an incoming event compare key by key.
 */
record BasicAttributes(Map<String, Object> tags) {

    static final List<String> CODES = List.of("birth_date", "gender", "city", "city_tier", "occupation",
            "education", "marital_status", "income_monthly", "kyc_level", "join_date", "consent_marketing_email",
            "consent_marketing_sms", "consent_marketing_push", "consent_data_sharing");

    BasicAttributes {
        tags = Map.copyOf(tags);
    }

    static BasicAttributes from(CustomerUpdated customer) {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("birth_date", customer.birthDate());
        tags.put("gender", customer.gender().name());
        tags.put("city", customer.city());
        tags.put("city_tier", customer.cityTier());
        tags.put("occupation", customer.occupation());
        tags.put("education", customer.education());
        tags.put("marital_status", customer.maritalStatus().name());
        tags.put("income_monthly", customer.incomeMonthly().setScale(2, RoundingMode.HALF_EVEN));
        tags.put("kyc_level", customer.kycLevel());
        tags.put("join_date", customer.joinDate());
        tags.put("consent_marketing_email", customer.consent().marketingEmail());
        tags.put("consent_marketing_sms", customer.consent().marketingSms());
        tags.put("consent_marketing_push", customer.consent().marketingPush());
        tags.put("consent_data_sharing", customer.consent().dataSharing());
        return new BasicAttributes(tags);
    }

    /** The tags whose value differs from {@code before}, in catalogue order; all of them for a new customer. */
    List<TagsChanged.Change> changesSince(BasicAttributes before) {
        List<TagsChanged.Change> changes = new ArrayList<>();
        for (String code : CODES) {
            Object old = before == null ? null : before.tags.get(code);
            Object now = tags.get(code);
            if (!Objects.equals(old, now)) {
                changes.add(new TagsChanged.Change(code, old, now));
            }
        }
        return changes;
    }
}
