package org.banyan.common.error;

import org.springframework.http.HttpStatus;

/**
 * Stable machine-readable codes carried in the {@code code} member of every problem+json
 * response. Clients branch on the code, never on the human-readable detail.
 */
public enum ProblemCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "The request body cannot be read"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication is required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed for this caller"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Representation not available"),
    CONFLICT(HttpStatus.CONFLICT, "Conflicts with the current state"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable"),
    TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "Upstream timed out"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final HttpStatus status;
    private final String title;

    ProblemCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
