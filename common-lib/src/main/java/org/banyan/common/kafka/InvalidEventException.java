package org.banyan.common.kafka;

/**
 * A record that can never be processed however often it is retried (unparseable, failing its
 * contract, unknown topic). The error handler sends it to the DLQ at once instead of retrying.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
