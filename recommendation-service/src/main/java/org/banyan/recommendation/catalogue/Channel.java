package org.banyan.recommendation.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an offer reaches the customer. Inbound channels show offers while the customer is with us
 * (app, web, branch, call centre); outbound channels contact the customer and each needs its own
 * explicit marketing consent, named by the profile tag in {@link #consentTag()}.
 */
public enum Channel {
    MOBILE(null),
    WEB(null),
    BRANCH(null),
    CALL_CENTRE(null),
    SMS("consent_marketing_sms"),
    EMAIL("consent_marketing_email"),
    PUSH("consent_marketing_push");

    private final String consentTag;

    Channel(String consentTag) {
        this.consentTag = consentTag;
    }

    /** The profile tag holding the customer's consent to be contacted here; empty for inbound channels. */
    public Optional<String> consentTag() {
        return Optional.ofNullable(consentTag);
    }

    public boolean outbound() {
        return consentTag != null;
    }

    /** Case-insensitive lookup, for channel names arriving in events from other systems. */
    public static Optional<Channel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
