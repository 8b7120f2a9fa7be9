package org.banyan.profile.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.banyan.common.security.CustomerAccess;
import org.banyan.profile.tagging.Profile;
import org.banyan.profile.tagging.ProfileEngine;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marketing consent (ADMIN, FRONTLINE, or the customer's own app) and erasure (ADMIN only, per the
 * role matrix).
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}")
class PrivacyController {

    private final ProfileEngine engine;
    private final Erasure erasure;
    private final CustomerAccess access;

    PrivacyController(ProfileEngine engine, Erasure erasure, CustomerAccess access) {
        this.engine = engine;
        this.erasure = erasure;
        this.access = access;
    }

    @PutMapping("/consent")
    ConsentView consent(@PathVariable String customerId, @Valid @RequestBody Consent consent) {
        access.requireAccessTo(customerId);
        Profile profile = engine.setConsent(customerId, consent.marketingEmail(), consent.marketingSms(),
                consent.marketingPush(), consent.dataSharing());
        return new ConsentView(customerId, profile.profileVersion(),
                (Boolean) profile.tags().get("consent_marketing_email"),
                (Boolean) profile.tags().get("consent_marketing_sms"),
                (Boolean) profile.tags().get("consent_marketing_push"),
                (Boolean) profile.tags().get("consent_data_sharing"),
                (Boolean) profile.tags().get("marketing_contactable"));
    }

    @DeleteMapping
    Erasure.Erased erase(@PathVariable String customerId) {
        return erasure.erase(customerId);
    }

    record Consent(@NotNull Boolean marketingEmail, @NotNull Boolean marketingSms, @NotNull Boolean marketingPush,
            @NotNull Boolean dataSharing) {
    }

    record ConsentView(String customerId, long profileVersion, Boolean marketingEmail, Boolean marketingSms,
            Boolean marketingPush, Boolean dataSharing, Boolean marketingContactable) {
    }
}
