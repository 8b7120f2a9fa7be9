package org.banyan.profile.catalog;

/**
 * A tag expression or segment definition that cannot be accepted: malformed, naming an unknown tag,
 * mixing types or too expensive. Answered as a 400 problem that names the field and the position
 * (0-based character offset into the text, or -1 when the fault is not at one place).
 */
public class ExpressionError extends RuntimeException {

    private final String field;
    private final int position;

    public ExpressionError(String field, int position, String message) {
        super(message);
        this.field = field;
        this.position = position;
    }

    public String field() {
        return field;
    }

    public int position() {
        return position;
    }
}
