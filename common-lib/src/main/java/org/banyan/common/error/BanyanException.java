package org.banyan.common.error;

/** A failure the API reports as a problem+json with a stable {@link ProblemCode}. */
public class BanyanException extends RuntimeException {

    private final ProblemCode code;

    public BanyanException(ProblemCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }

    public static BanyanException notFound(String what, Object id) {
        return new BanyanException(ProblemCode.NOT_FOUND, what + " '" + id + "' does not exist");
    }

    public static BanyanException conflict(String detail) {
        return new BanyanException(ProblemCode.CONFLICT, detail);
    }

    public static BanyanException invalid(String detail) {
        return new BanyanException(ProblemCode.VALIDATION_FAILED, detail);
    }
}
