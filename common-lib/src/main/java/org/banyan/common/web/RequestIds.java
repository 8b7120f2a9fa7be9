package org.banyan.common.web;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} convention: accepted when well formed, minted otherwise, kept in the
 * logging MDC while a request or a consumed record is handled, and copied onto outgoing calls and
 * Kafka records.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Letters, digits, dot, dash, underscore and colon, 8 to 128 long: enough for UUIDs and trace ids. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The candidate when well formed, else a fresh UUID. */
    public static String acceptOrMint(String candidate) {
        return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
