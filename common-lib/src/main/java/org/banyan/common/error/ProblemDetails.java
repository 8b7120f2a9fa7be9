package org.banyan.common.error;

import org.springframework.http.ProblemDetail;

import java.util.List;

/** Builds RFC 9457 problem details carrying Banyan's {@code code} (and {@code errors} when fields are at fault). */
public final class ProblemDetails {

    public static final String CODE = "code";
    public static final String ERRORS = "errors";
    public static final String REQUEST_ID = "requestId";

    private ProblemDetails() {
    }

    public static ProblemDetail of(ProblemCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setTitle(code.title());
        problem.setProperty(CODE, code.name());
        return problem;
    }

    public static ProblemDetail invalidFields(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(ProblemCode.VALIDATION_FAILED, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }
}
